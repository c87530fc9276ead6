// The hostile-text corpus (test/scenarios/hostile-corpus.ts) in the notifications of the real browser: with
// notifications switched on in the options page as a user does, every incident of the corpus becomes one
// notification whose title and message, as the browser received them, are the page's text as plain text, cut
// with an ellipsis within its bound, and whose click opens only the status page. No browser reads a
// notification's text back, so the background's calls to notifications.create are recorded on their way.
import { NOTIFICATION_MESSAGE_MAX, urlOfNotification } from '../../src/background/notify';
import { MAX_BODY, MAX_TITLE, remoteText } from '../../src/core/remote-text';
import { hostileEntryOf, notificationFaults } from '../scenarios/hostile-notification';
import { hostileIncidentId } from '../scenarios/hostile';
import { HOSTILE_TEXTS, type HostileName } from '../scenarios/hostile-corpus';
import type { CreatedNotification, ExtensionDriver } from './drivers/types';
import { OPTIONS, expect, refresh, test } from './fixtures';

const ENTRIES = Object.entries(HOSTILE_TEXTS) as [HostileName, string][];
const ELLIPSIS = '\u2026';
/** Steps of the hostile scenario: 0 every entry, 1 the 10,000 updates. */
const EVERY_ENTRY = 0;
const MANY_UPDATES = 1;

// Chromium: a copy of the build that holds the optional permission from install (its prompt cannot be
// answered headless). The options page still asks for it, as for a user, and is granted at once.
test.use({ grantAtInstall: ['notifications'] });

/** Switches notifications on in the options page, as a user does, and waits until the setting is stored. */
async function switchOn(ext: ExtensionDriver) {
  const page = await ext.openExtensionPage(OPTIONS);
  await page.waitForFunction(
    () => {
      const toggle = document.querySelector<HTMLInputElement>('[data-testid="options-notifications-toggle"]');
      return toggle !== null && !toggle.disabled;
    },
    undefined,
    15_000,
  );
  await page.click('[data-testid="options-notifications-toggle"]');
  await expect
    .poll(
      async () => ((await ext.storage('settings')) as { notifications?: { enabled?: boolean } } | null)?.notifications,
    )
    .toMatchObject({ enabled: true });
  await page.close();
}

/** What every notification must be, whatever the page sent. */
function expectBounded(notification: CreatedNotification) {
  expect(notificationFaults(notification)).toEqual([]);
}

/** The notifications recorded so far, once there are `count`; the background must be the one recorded in. */
async function created(ext: ExtensionDriver, count: number): Promise<CreatedNotification[]> {
  let record = await ext.recordNotifications('read');
  await expect
    .poll(async () => {
      record = await ext.recordNotifications('read');
      return { installed: record.installed, count: record.created.length };
    })
    .toEqual({ installed: true, count });
  return record.created;
}

test('the corpus in notifications: plain text as the browser received it, cut with an ellipsis, status page only', async ({
  ext,
  server,
}) => {
  await ext.watchBackground();
  await refresh(ext);
  await switchOn(ext);
  // After the grant: in Firefox ESR a recorder installed before it saw none of the worker's calls.
  await ext.recordNotifications('install');
  server.setScenario('hostile');
  server.goTo(EVERY_ENTRY);
  await refresh(ext);

  const shown = await created(ext, ENTRIES.length);
  expect(shown.map(hostileEntryOf).sort()).toEqual(ENTRIES.map(([name]) => name).sort());
  for (const notification of shown) {
    const name = hostileEntryOf(notification)!;
    expectBounded(notification);
    // The title is the page's title as text: markup is characters, what reorders or hides text is gone.
    expect(notification.title, name).toBe(remoteText(HOSTILE_TEXTS[name], MAX_TITLE));
    const body = remoteText(HOSTILE_TEXTS[name], MAX_BODY).trim();
    if (notification.message.endsWith(body)) continue;
    // Cut: an ellipsis ends it, and what stands before it is the start of the update, unchanged.
    expect(notification.message.endsWith(ELLIPSIS), name).toBe(true);
    expect(body, name).toContain(notification.message.slice(0, -1).split('\n').at(-1));
  }
  const message = (name: HostileName) => shown.find((n) => hostileEntryOf(n) === name)!.message;
  expect(message('script')).toBe(HOSTILE_TEXTS.script);
  expect(message('imgOnerror')).toBe(`Models: Opus 4.7\n${HOSTILE_TEXTS.imgOnerror}`);
  expect(message('rtl')).toBe(HOSTILE_TEXTS.rtl);
  expect(message('emoji')).toBe(`Models: Opus 4.7\n${HOSTILE_TEXTS.emoji}`);
  expect(message('bidiOverride')).toBe('Models: Sonnet 4.6\nElevated errors on Sonnet 4.6 (fixed soon)');
  expect(message('zeroWidth')).toBe('Elevated err\u200Cors on Op\u200Dus 4.7');
  // 100 KB sent: one notification of the bound's length, cut with an ellipsis.
  for (const name of ['longWord', 'longSpaced'] as const) {
    expect(message(name)).toHaveLength(NOTIFICATION_MESSAGE_MAX);
    expect(message(name).endsWith(ELLIPSIS)).toBe(true);
  }

  // Ten thousand updates: one notification, of the newest update.
  server.goTo(MANY_UPDATES);
  await refresh(ext);
  const many = (await created(ext, ENTRIES.length + 1)).at(-1)!;
  expectBounded(many);
  expect(urlOfNotification(many.id)).toMatch(new RegExp(`/incidents/${hostileIncidentId('many')}$`));
  expect(many.message).toBe(`Models: Haiku 4.5, Opus 4.7, Sonnet 4.6\n${HOSTILE_TEXTS.script}`);

  // The browser took every one: the worker recorded it created, and Chromium lists each as shown (headless
  // Firefox closes a notification as soon as it is created, so its list is empty by then).
  const log = (await ext.storage('notified.v1')) as Record<string, { shown: boolean; delivery?: string }>;
  const deliveries = Object.values(log).filter((entry) => entry.shown);
  expect(deliveries).toHaveLength(ENTRIES.length + 1);
  expect(deliveries.every((entry) => entry.delivery === 'created')).toBe(true);
  if (ext.browserName === 'chromium') {
    const listed = await ext.inExtension(async () =>
      Object.keys(
        await (
          globalThis as unknown as { chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } } }
        ).chrome.notifications.getAll(),
      ),
    );
    expect(listed.sort()).toEqual([...shown, many].map((n) => n.id).sort());
  }
  expect(await ext.backgroundErrors()).toEqual({ installed: true, errors: [] });
});
