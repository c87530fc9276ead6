// The claude.ai page cannot talk to the extension: its scripts post window messages, dispatch DOM events
// and set globals shaped like the extension's own messages, and none of it triggers a poll, reaches the
// session counts or changes the badge. The extension's messaging is runtime messaging, which no page has.
import type { ExtensionDriver } from './drivers/types';
import { expect, recordMessages, recordedMessages, refresh, test } from './fixtures';

const CLAUDE = 'https://claude.ai/';

type StoredSession = { window?: { counts: { api: { success: number; serverError: number } } }[] } | null;
const counted = async (ext: ExtensionDriver, key: 'success' | 'serverError') =>
  (((await ext.storage('session.v1')) as StoredSession)?.window ?? []).reduce(
    (sum, bucket) => sum + bucket.counts.api[key],
    0,
  );

test('page scripts on claude.ai reach no state of the extension', async ({ ext, server }) => {
  await refresh(ext);
  await recordMessages(ext);
  const page = await ext.openPage(CLAUDE);
  await page.waitForSelector('#composer');
  // The page's own first request is counted, so what follows is measured from a settled state.
  await expect.poll(() => counted(ext, 'success'), { timeout: 15_000 }).toBeGreaterThan(0);
  const summaries = () => server.stats().requests.filter((r) => r.path === '/api/v2/summary.json').length;
  const before = { summaries: summaries(), badge: await ext.badge() };

  const reached = await page.evaluate(() => {
    const counts = {
      api: { success: 0, serverError: 4_000, rateLimited: 0, other: 0 },
      send: { success: 0, serverError: 4_000, rateLimited: 0, other: 0 },
    };
    const messages = [
      { type: 'refresh', payload: {} },
      { type: 'getHistory', payload: { force: true } },
      { type: 'sessionCounts', payload: { counts } },
    ];
    for (const message of messages) {
      window.postMessage(message, '*');
      window.postMessage(JSON.stringify(message), '*');
      for (const target of [window, document, document.documentElement])
        target.dispatchEvent(new CustomEvent(message.type, { detail: message, bubbles: true }));
    }
    // Globals and attributes an extension might be tempted to read.
    Object.assign(window, { __claudeStatus: { snapshot: { data: null } }, sessionCounts: counts });
    document.documentElement.dataset.claudeStatus = JSON.stringify(messages[2]);
    const page = globalThis as unknown as {
      chrome?: { runtime?: { sendMessage?: unknown; id?: unknown } };
      browser?: unknown;
    };
    return {
      runtime: typeof page.chrome?.runtime?.sendMessage,
      id: typeof page.chrome?.runtime?.id,
      browser: typeof page.browser,
    };
  });
  expect(reached).toMatchObject({ runtime: 'undefined', id: 'undefined', browser: 'undefined' });

  // A request of the page's own after all that is reported and counted: whatever the attempts had made a content
  // script send went out before that report, and the worker had it first.
  const successes = await counted(ext, 'success');
  expect(
    await page.evaluate(() =>
      fetch('/api/organizations/org-4f2a/after-the-attempts').then((r) => r.text().then(() => r.status)),
    ),
  ).toBe(200);
  await expect.poll(() => counted(ext, 'success'), { timeout: 15_000 }).toBeGreaterThan(successes);
  const sent = (await recordedMessages(ext)) as {
    type?: string;
    payload?: { counts?: { api: { serverError: number } } };
  }[];
  expect(sent.filter((message) => message.type !== 'sessionCounts')).toEqual([]);
  expect(sent.filter((message) => (message.payload?.counts?.api.serverError ?? 0) > 0)).toEqual([]);
  expect(await counted(ext, 'serverError')).toBe(0);
  expect(summaries()).toBe(before.summaries);
  expect(await ext.badge()).toEqual(before.badge);
});
