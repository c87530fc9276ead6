// What every notification made from the hostile corpus must be, whatever the page sent. One rule for the unit
// test (the worker's code on a fake browser) and the e2e test (what the real browsers were handed).
import { NOTIFICATION_MESSAGE_MAX, urlOfNotification } from '../../src/background/notify';
import { MAX_BODY, MAX_TITLE, remoteText } from '../../src/core/remote-text';
import { hostileIncidentId } from './hostile';
import { HIDDEN, HOSTILE_TEXTS, LONE_SURROGATE, type HostileName } from './hostile-corpus';

export interface NotificationText {
  id: string;
  title: string;
  message: string;
}

const NAMES = Object.keys(HOSTILE_TEXTS) as HostileName[];

export const ELLIPSIS = '\u2026';
/** Steps of the hostile scenario: every entry at once, then the incident with 10,000 updates. */
export const EVERY_ENTRY = 0;
export const MANY_UPDATES = 1;

/** Messages of the entries short enough to stay whole: markup, script links and right-to-left text as written, bidi and zero-width characters gone. */
export const WHOLE_MESSAGES: Readonly<Partial<Record<HostileName, string>>> = {
  script: HOSTILE_TEXTS.script,
  imgOnerror: `Models: Opus 4.7\n${HOSTILE_TEXTS.imgOnerror}`,
  javascriptLink: HOSTILE_TEXTS.javascriptLink,
  dataLink: HOSTILE_TEXTS.dataLink,
  rtl: HOSTILE_TEXTS.rtl,
  emoji: `Models: Opus 4.7\n${HOSTILE_TEXTS.emoji}`,
  bidiOverride: 'Models: Sonnet 4.6\nElevated errors on Sonnet 4.6 (fixed soon)',
  zeroWidth: 'Elevated err\u200Cors on Op\u200Dus 4.7',
};
/** The 100 KB entries: one notification each, of the bound's length, cut with an ellipsis. */
export const CUT_ENTRIES = ['longWord', 'longSpaced'] as const satisfies readonly HostileName[];
/** The incident with 10,000 updates: the models read from the updates kept, then the newest update's text. */
export const MANY_UPDATES_MESSAGE = `Models: Haiku 4.5, Opus 4.7, Sonnet 4.6\n${HOSTILE_TEXTS.script}`;

/** The corpus entry a notification is about, read from the incident its click opens. */
export function hostileEntryOf(notification: Pick<NotificationText, 'id'>): HostileName | undefined {
  const url = urlOfNotification(notification.id);
  return NAMES.find((name) => url?.endsWith(`/incidents/${hostileIncidentId(name)}`));
}

/** What is wrong with a notification, in words; none when it is bounded plain text that opens only the status page. */
export function notificationFaults({ id, title, message }: NotificationText): string[] {
  const faults: string[] = [];
  if (title.length > MAX_TITLE) faults.push(`title of ${title.length} units, more than ${MAX_TITLE}`);
  if (message.length > NOTIFICATION_MESSAGE_MAX) {
    faults.push(`message of ${message.length} units, more than ${NOTIFICATION_MESSAGE_MAX}`);
  }
  for (const [field, text] of [
    ['title', title],
    ['message', message],
  ] as const) {
    if (HIDDEN.test(text)) faults.push(`${field} holds a character that reorders or hides text`);
    if (LONE_SURROGATE.test(text)) faults.push(`${field} holds half of a surrogate pair`);
  }
  // A click opens the incident on the status page, never a link the text carried.
  const url = urlOfNotification(id);
  if (!url || new URL(url).origin !== 'https://status.claude.com') faults.push(`a click opens ${url ?? 'nothing'}`);
  return faults;
}

/**
 * What is wrong with the text of an entry's notification, in words: the title must be the page's title as text
 * (markup is characters, what reorders or hides text is gone), and the message must end with the update's text,
 * or be cut: an ellipsis ends it, and what stands before it is the start of the update, unchanged.
 */
export function corpusTextFaults(name: HostileName, { title, message }: NotificationText): string[] {
  const faults: string[] = [];
  const expectedTitle = remoteText(HOSTILE_TEXTS[name], MAX_TITLE);
  if (title !== expectedTitle) faults.push(`title ${JSON.stringify(title)}, not ${JSON.stringify(expectedTitle)}`);
  const body = remoteText(HOSTILE_TEXTS[name], MAX_BODY).trim();
  if (message.endsWith(body)) return faults;
  if (!message.endsWith(ELLIPSIS)) faults.push('message neither ends with the update nor with an ellipsis');
  else if (!body.includes(message.slice(0, -1).split('\n').at(-1)!))
    faults.push('cut message is not the start of the update');
  return faults;
}
