// The hostile-text corpus (test/scenarios/hostile-corpus.ts) in the notifications of the real browser: with
// notifications switched on in the options page as a user does, every incident of the corpus becomes one
// notification whose title and message, as the browser received them, are the page's text as plain text, cut
// with an ellipsis within its bound, and whose click opens only the status page. No browser reads a
// notification's text back, so the background's calls to notifications.create are recorded on their way.
import { NOTIFICATION_MESSAGE_MAX, urlOfNotification } from '../../src/background/notify';
import {
  CUT_ENTRIES,
  corpusTextFaults,
  ELLIPSIS,
  EVERY_ENTRY,
  hostileEntryOf,
  MANY_UPDATES,
  MANY_UPDATES_MESSAGE,
  notificationFaults,
  WHOLE_MESSAGES,
} from '../scenarios/hostile-notification';
import { hostileIncidentId } from '../scenarios/hostile';
import { HOSTILE_TEXTS, type HostileName } from '../scenarios/hostile-corpus';
import type { CreatedNotification, ExtensionDriver } from './drivers/types';
import { OPTIONS, expect, refresh, test } from './fixtures';

const ENTRIES = Object.entries(HOSTILE_TEXTS) as [HostileName, string][];

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
    expect(corpusTextFaults(name, notification), name).toEqual([]);
  }
  const message = (name: HostileName) => shown.find((n) => hostileEntryOf(n) === name)!.message;
  for (const [name, text] of Object.entries(WHOLE_MESSAGES)) expect(message(name as HostileName), name).toBe(text);
  // 100 KB sent: one notification of the bound's length, cut with an ellipsis.
  for (const name of CUT_ENTRIES) {
    expect(message(name)).toHaveLength(NOTIFICATION_MESSAGE_MAX);
    expect(message(name).endsWith(ELLIPSIS)).toBe(true);
  }

  // Ten thousand updates: one notification, of the newest update.
  server.goTo(MANY_UPDATES);
  await refresh(ext);
  const many = (await created(ext, ENTRIES.length + 1)).at(-1)!;
  expectBounded(many);
  expect(urlOfNotification(many.id)).toMatch(new RegExp(`/incidents/${hostileIncidentId('many')}$`));
  expect(many.message).toBe(MANY_UPDATES_MESSAGE);

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
