import { LEVEL_COLORS } from '../../src/core/level-colors';
import type { Snapshot } from '../../src/core/types';
import { expect, refresh, test, waitForBadge } from './fixtures';
import type { ExtensionDriver } from './drivers/types';

const hex = (color: number[]) =>
  '#' +
  color
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
const snapshotOf = async (ext: ExtensionDriver) => (await ext.storage('snapshot.v1')) as Snapshot | null;

async function firstGoodPoll(ext: ExtensionDriver) {
  await expect.poll(async () => (await snapshotOf(ext))?.fetchedAt ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
}

test('the real incident p0mgnjv3bj97 drives the badge through its real sequence', async ({ ext, server }) => {
  await firstGoodPoll(ext);
  server.setScenario('p0mgnjv3bj97');
  const seen: { text: string; color: string }[] = [];
  for (let step = 0; step < server.stepCount; step++) {
    server.goTo(step);
    await refresh(ext);
    const badge = await ext.badge();
    seen.push({ text: badge.text, color: hex(badge.color) });
  }
  const quiet = { text: '', color: LEVEL_COLORS.operational.background };
  const major = { text: '1', color: LEVEL_COLORS.major.background };
  // Baseline, six updates while the incident is open (impact major throughout), then resolved.
  expect(seen).toEqual([quiet, major, major, major, major, major, major, quiet]);
  const snapshot = await snapshotOf(ext);
  expect(snapshot?.recentlyResolved.map((i) => i.id)).toEqual(['p0mgnjv3bj97']);
  expect(snapshot?.recentlyResolved[0]?.status).toBe('resolved');
});

test('a WAF challenge on status.claude.com falls back to anthropic.statuspage.io', async ({ ext, server }) => {
  await firstGoodPoll(ext);
  server.setFault('status.claude.com', { kind: 'waf-405' });
  server.setScenario('p0mgnjv3bj97');
  server.goTo(3);
  server.resetStats();
  await refresh(ext);
  const snapshot = await snapshotOf(ext);
  expect(snapshot?.error).toBeNull();
  expect(snapshot?.origin).toBe('https://anthropic.statuspage.io');
  expect(snapshot?.data?.incidents[0]?.id).toBe('p0mgnjv3bj97');
  expect((await ext.badge()).text).toBe('1');
  const hosts = server.stats().requests.map((r) => `${r.host} ${r.status}`);
  expect(hosts).toContain('status.claude.com 405');
  expect(hosts).toContain('anthropic.statuspage.io 200');
});

const failures = [
  { name: 'HTTP 503', fault: { kind: 'http', status: 503 }, kind: 'http' },
  { name: 'an HTML challenge page', fault: { kind: 'html' }, kind: 'not-json' },
  { name: 'truncated JSON', fault: { kind: 'truncated-json' }, kind: 'invalid-json' },
  { name: 'a dropped connection', fault: { kind: 'drop' }, kind: 'network' },
  { name: 'HTTP 429 with Retry-After', fault: { kind: 'rate-limit', retryAfterSeconds: 600 }, kind: 'rate-limited' },
] as const;

for (const { name, fault, kind } of failures) {
  test(`${name} on both origins ends in grey unknown with the last good data kept`, async ({ ext, server }) => {
    server.setScenario('p0mgnjv3bj97');
    server.goTo(2);
    await refresh(ext);
    await waitForBadge(ext, (text) => text === '1');
    const good = await snapshotOf(ext);

    server.setFault('*', fault);
    await refresh(ext);
    const snapshot = await snapshotOf(ext);
    expect(snapshot?.error?.kind).toBe(kind);
    expect(snapshot?.data).toEqual(good?.data);
    expect(snapshot?.fetchedAt).toBe(good?.fetchedAt);
    const badge = await ext.badge();
    expect(badge.text).toBe('?');
    expect(hex(badge.color)).toBe(LEVEL_COLORS.unknown.background);
    expect(badge.title).toContain("Can't reach the status page");
  });
}

test('a background killed in the middle of a poll loses nothing', async ({ ext, server }) => {
  await firstGoodPoll(ext);
  const good = await snapshotOf(ext);
  server.setScenario('p0mgnjv3bj97');
  server.goTo(2);
  server.setFault('*', { kind: 'slow', delayMs: 8_000 });
  server.resetStats();
  void refresh(ext).catch(() => {});
  const summaryRequests = () => server.stats().requests.filter((r) => r.path === '/api/v2/summary.json').length;
  await expect.poll(summaryRequests, { timeout: 10_000 }).toBeGreaterThan(0);

  await ext.stopBackground!();
  const poll = (await ext.storage('poll.v1')) as { inFlightSince: number | null };
  expect(poll.inFlightSince).not.toBeNull();
  expect((await snapshotOf(ext))?.data).toEqual(good?.data);

  server.setFault('*', null);
  // A new background starts from storage alone, and the next poll completes normally.
  await expect
    .poll(
      async () => {
        await refresh(ext).catch(() => {});
        return (await ext.badge()).text;
      },
      { timeout: 30_000 },
    )
    .toBe('1');
  const after = await snapshotOf(ext);
  expect(after?.error).toBeNull();
  expect(after?.data?.incidents[0]?.id).toBe('p0mgnjv3bj97');
});

test('a browser restart on the same profile keeps the snapshot and repaints the badge before any fetch returns', async ({
  ext,
  server,
}) => {
  server.setScenario('p0mgnjv3bj97');
  server.goTo(2);
  await refresh(ext);
  await waitForBadge(ext, (text) => text === '1');
  const before = await snapshotOf(ext);

  // After the restart the status page never answers: whatever the badge shows comes from storage.
  server.setFault('*', { kind: 'hang' });
  await ext.restart();
  await waitForBadge(ext, (text) => text === '1');
  expect((await snapshotOf(ext))?.data).toEqual(before?.data);
});
