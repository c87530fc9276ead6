// What every notification made from the hostile corpus must be, whatever the page sent. One rule for the unit
// test (the worker's code on a fake browser) and the e2e test (what the real browsers were handed).
import { NOTIFICATION_MESSAGE_MAX, urlOfNotification } from '../../src/background/notify';
import { MAX_TITLE } from '../../src/core/remote-text';
import { hostileIncidentId } from './hostile';
import { HIDDEN, HOSTILE_TEXTS, LONE_SURROGATE, type HostileName } from './hostile-corpus';

export interface NotificationText {
  id: string;
  title: string;
  message: string;
}

const NAMES = Object.keys(HOSTILE_TEXTS) as HostileName[];

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
