// The claude.ai page cannot talk to the extension: its scripts post window messages, dispatch DOM events
// and set globals shaped like the extension's own messages, and none of it triggers a poll, reaches the
// session counts or changes the badge. The extension's messaging is runtime messaging, which no page has.
import { expect, refresh, test } from './fixtures';

const CLAUDE = 'https://claude.ai/';

test('page scripts on claude.ai reach no state of the extension', async ({ ext, server }) => {
  await refresh(ext);
  const page = await ext.openPage(CLAUDE);
  await page.waitForSelector('#composer');
  // Let the page's own first requests be counted, so what follows is measured from a settled state.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
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

  // Longer than the observer's 2 s batch and than a poll takes, so anything the page had started would show.
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  expect(summaries()).toBe(before.summaries);
  expect(await ext.badge()).toEqual(before.badge);
  const session = (await ext.storage('session.v1')) as {
    window?: { counts: { api: { serverError: number } } }[];
  } | null;
  expect(session?.window?.some((bucket) => bucket.counts.api.serverError > 0) ?? false).toBe(false);
});
