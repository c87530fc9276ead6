import { expect, POPUP, test, waitForBadge } from './fixtures';

// The skeleton's promise: the production build loads in both browsers, polls the local status server
// under the real host names, paints the badge from what it read, the popup shows the stored snapshot,
// and the content script runs on claude.ai.

test('polls the status page on install and stores a healthy snapshot', async ({ ext, server }) => {
  await expect
    .poll(async () => ((await ext.storage('snapshot.v1')) as { fetchedAt?: number } | null)?.fetchedAt ?? 0)
    .toBeGreaterThan(0);
  const snapshot = (await ext.storage('snapshot.v1')) as {
    data: { components: unknown[] };
    origin: string;
    error: unknown;
  };
  expect(snapshot.error).toBeNull();
  expect(snapshot.origin).toBe('https://status.claude.com');
  expect(snapshot.data.components).toHaveLength(6);
  expect(server.stats().byPath['/api/v2/summary.json']).toBeGreaterThanOrEqual(1);
  const badge = await ext.badge();
  expect(badge.text).toBe('');
  expect(badge.title).toContain('Operational');
});

test('the badge changes when an incident opens', async ({ ext, server }) => {
  await waitForBadge(ext, (text) => text === '');
  server.setScenario('p0mgnjv3bj97');
  server.goTo(2);
  const popup = await ext.openExtensionPage(POPUP);
  await popup.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome;
    await api.runtime.sendMessage({ type: 'refresh', payload: {} });
  });
  await waitForBadge(ext, (text) => text === '1');
  const badge = await ext.badge();
  expect(badge.title).toContain('Elevated error rate on multiple models');
});
