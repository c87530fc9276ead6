// Every way the status page can fail, in one browser per project: within one poll the badge turns
// grey, the popup says why in plain words, the last good data stays with its age, the alarm backs off
// (never before a Retry-After), the background reports no uncaught error, and the next good answer
// recovers. Each check is counted; the counts land in test-results/faults-*-<browser>.json.
import { execFileSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_POLL_MS } from '../../src/core/poll-bounds';
import { INCIDENT_POLL_MS } from '../../src/core/poll-policy';
import { LEVEL_COLORS } from '../../src/core/level-colors';
import { defaultSettings } from '../../src/shared/settings';
import type { PollErrorKind, Snapshot } from '../../src/core/types';
import type { Fault, FaultHost, StatusServer } from '../server';
import { launchChromium } from './drivers/chromium';
import { launchFirefox } from './drivers/firefox';
import type { ExtensionDriver } from './drivers/types';
import type Browser from 'webextension-polyfill';
import { POPUP, expect, refresh, test } from './fixtures';

const PRIMARY = 'status.claude.com';
const FALLBACK = 'anthropic.statuspage.io';
const SUMMARY = '/api/v2/summary.json';
const STATUS = '/api/v2/status.json';
const GREY = LEVEL_COLORS.unknown.background;
const MAJOR = LEVEL_COLORS.major.background;
/** The default poll interval; with no open incident it is the base the backoff starts from. */
const INTERVAL_MS = defaultSettings.pollIntervalSec * 1000;
/** While an incident is open the worker polls at least this often; failures back off from there. */
const INCIDENT_BASE_MS = Math.min(INTERVAL_MS, INCIDENT_POLL_MS);
/** Scheduling happens a moment after the poll stamped checkedAt; this covers that moment on a busy machine. */
const SCHEDULING_SLACK_MS = 5_000;

/**
 * The policy's window for the next poll after `failures` failures in a row (src/core/poll-policy.ts):
 * never sooner than the base interval, never later than the base doubled per failure, capped at MAX_POLL_MS.
 */
const backoffWindow = (failures: number, baseMs: number) => ({
  floor: baseMs,
  ceiling: Math.min(MAX_POLL_MS, baseMs * 2 ** failures),
});

const hex = (color: number[]) =>
  '#' +
  color
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
const snapshotOf = async (ext: ExtensionDriver) => (await ext.storage('snapshot.v1')) as Snapshot | null;

/** Counts every check by case, so the README can say what was tried and what held. */
class Tally {
  readonly cases: Record<string, { tried: number; held: number; failed: string[] }> = {};
  async check(caseName: string, what: string, run: () => Promise<void>) {
    const entry = (this.cases[caseName] ??= { tried: 0, held: 0, failed: [] });
    entry.tried++;
    try {
      await run();
      entry.held++;
    } catch (error) {
      entry.failed.push(
        `${what}: ${
          error instanceof Error
            ? stripVTControlCharacters(error.message).split('\n').slice(0, 20).join(' ')
            : String(error)
        }`,
      );
    }
  }
  failures = () => Object.entries(this.cases).flatMap(([name, c]) => c.failed.map((f) => `${name}: ${f}`));
  save(file: string) {
    mkdirSync(resolve('test-results'), { recursive: true });
    writeFileSync(resolve('test-results', file), JSON.stringify(this.cases, null, 2) + '\n');
  }
}

function setFaults(server: StatusServer, faults: Partial<Record<FaultHost, Fault>>) {
  for (const host of ['*', PRIMARY, FALLBACK] as const) server.setFault(host, faults[host] ?? null);
}

async function popupText(ext: ExtensionDriver) {
  const page = await ext.openExtensionPage(POPUP);
  try {
    await page.waitForSelector('[data-testid="popup-state"]');
    return await page.evaluate(() => document.body.innerText);
  } finally {
    await page.close();
  }
}

/** The popup's words for each error kind (en), as a user reads them. */
const REASON: Record<PollErrorKind, RegExp> = {
  offline: /This device is offline\./,
  network: /The connection to the status page failed\./,
  timeout: /The status page took too long to answer\./,
  http: /The status page answered with an error/,
  'rate-limited': /The status page asked us to check less often\./,
  'waf-challenge': /The status page asked for a browser check\./,
  'not-json': /The status page sent something other than status data\./,
  'invalid-json': /The status data was damaged\./,
  schema: /The status data had an unexpected format\./,
  'too-large': /The status page sent far more data than a status can be\./,
};

/** The incident of p0mgnjv3bj97 open (badge "1", orange): the state a failure must not keep showing as current. */
async function goodState(ext: ExtensionDriver, server: StatusServer) {
  // A Refresh during the poll the install started returns that poll's answer: let it finish first.
  await expect.poll(async () => (await snapshotOf(ext))?.fetchedAt ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
  setFaults(server, {});
  server.setScenario('p0mgnjv3bj97');
  server.goTo(2);
  // A kept-alive connection the server closes just as the browser reuses it is one honest failure; ask again.
  await expect
    .poll(
      async () => {
        await refresh(ext);
        return (await ext.badge()).text;
      },
      { timeout: 30_000 },
    )
    .toBe('1');
  const good = await snapshotOf(ext);
  expect(good?.error).toBeNull();
  return good!;
}

/** The checks every failed poll must pass, given the snapshot before it. */
async function checkFailedPoll(
  tally: Tally,
  name: string,
  ext: ExtensionDriver,
  good: Snapshot,
  kind: PollErrorKind,
  { keptData = true, failures = 1, baseMs = INCIDENT_BASE_MS, retryAfterMs = 0 } = {},
) {
  const snapshot = (await snapshotOf(ext))!;
  await tally.check(name, 'badge grey ? at once', async () => {
    const badge = await ext.badge();
    expect([badge.text, hex(badge.color)]).toEqual(['?', GREY]);
    expect(badge.title).toContain("Can't reach the status page");
  });
  await tally.check(name, 'error kind recorded', async () => expect(snapshot.error?.kind).toBe(kind));
  await tally.check(name, 'popup says what happened', async () => {
    const text = await popupText(ext);
    expect(text).toContain("Claude's status is unknown");
    expect(text).toMatch(REASON[kind]);
    expect(text).toMatch(keptData ? /Showing the last good data \(/ : /No status data yet\./);
    expect(text).not.toMatch(/Claude is operational/);
  });
  if (keptData) {
    await tally.check(name, 'last good data kept with its age', async () => {
      expect(snapshot.data).toEqual(good.data);
      expect(snapshot.fetchedAt).toBe(good.fetchedAt);
    });
  }
  await tally.check(name, 'next poll backed off, within the policy', async () => {
    expect(snapshot.consecutiveFailures).toBe(failures);
    const alarm = await ext.pollAlarm();
    expect(alarm).not.toBeNull();
    const delay = alarm!.scheduledTime - snapshot.checkedAt!;
    const { floor, ceiling } = backoffWindow(failures, baseMs);
    // A Retry-After moves the whole window later: no poll before it.
    expect(delay).toBeGreaterThanOrEqual(Math.max(floor, retryAfterMs));
    expect(delay).toBeLessThanOrEqual(Math.max(ceiling, retryAfterMs) + SCHEDULING_SLACK_MS);
  });
}

async function checkRecovery(tally: Tally, name: string, ext: ExtensionDriver, server: StatusServer, origin?: string) {
  await tally.check(name, 'recovers on the next good answer', async () => {
    setFaults(server, {});
    await refresh(ext);
    const snapshot = await snapshotOf(ext);
    expect(snapshot?.error).toBeNull();
    if (origin) expect(snapshot?.origin).toBe(`https://${origin}`);
    const badge = await ext.badge();
    expect([badge.text, hex(badge.color)]).toEqual(['1', MAJOR]);
  });
}

async function checkBackground(tally: Tally, name: string, ext: ExtensionDriver) {
  await tally.check(name, 'no uncaught error in the background', async () => {
    const watch = await ext.backgroundErrors();
    expect(watch.errors).toEqual([]);
    expect(watch.installed).toBe(true);
  });
}

const SIMPLE_FAILURES: { name: string; faults: Partial<Record<FaultHost, Fault>>; kind: PollErrorKind }[] = [
  { name: 'valid JSON of the wrong shape', faults: { '*': { kind: 'wrong-shape' } }, kind: 'schema' },
  { name: 'a 10 MB body', faults: { '*': { kind: 'huge' } }, kind: 'too-large' },
  {
    name: 'a body that never ends (fallback 503)',
    faults: { [PRIMARY]: { kind: 'endless' }, [FALLBACK]: { kind: 'http', status: 503 } },
    kind: 'timeout',
  },
  {
    name: 'an answer slower than the timeout (fallback 503)',
    faults: { [PRIMARY]: { kind: 'slow', delayMs: 15_000 }, [FALLBACK]: { kind: 'http', status: 503 } },
    kind: 'timeout',
  },
  { name: 'a silent WAF challenge (202, empty)', faults: { '*': { kind: 'waf-202' } }, kind: 'waf-challenge' },
  {
    name: 'HTTP 500 with a JSON error body',
    faults: { '*': { kind: 'http', status: 500, body: '{"error":"x"}' } },
    kind: 'http',
  },
];

// Chromium throttles an extension's requests on its own (extensions/renderer/extension_throttle_entry.cc):
// per URL (scheme, host, port, path; localhost exempt), after more than two 500, 503 or 509 answers in a
// row it refuses any request to that URL for 0.7 s × 1.4^(n − 3) (n failures, up to 40 % less by jitter),
// before the request leaves the extension: fetch() rejects with "Failed to fetch" and the server sees
// nothing. A success takes one failure off n. Polls are at least a minute apart, so this only matters
// after about fifteen 503s in a row, or when Refresh is pressed again and again; the product then says
// the connection failed, which is what it could see. Tests that need every answer to arrive start a fresh
// browser (fresh counts) and, where they repeat a 503, wait out that window as a poller would.
const chromiumRefusesForMs = (failures: number) => (failures <= 2 ? 0 : 700 * 1.4 ** (failures - 3));
/** Waits out Chromium's refusal window after `failures` 5xx answers to the same URL (no-op below three). */
const paceAfter = async (failures: number) => {
  const ms = chromiumRefusesForMs(failures);
  if (ms > 0) await new Promise((done) => setTimeout(done, ms + 250));
};
/** 500 and 503 answers the server gave to one URL since the last resetStats(). */
const fiveHundreds = (server: StatusServer, host: string, path: string) =>
  server.stats().requests.filter((r) => r.host === host && r.path === path && (r.status === 500 || r.status === 503))
    .length;

test('simple faults, Retry-After and a 304 without a body: grey at once, said in words, data kept, backed off, recovered', async ({
  ext,
  server,
}) => {
  test.setTimeout(120_000);
  const tally = new Tally();
  await ext.watchBackground();

  for (const { name, faults, kind } of SIMPLE_FAILURES) {
    const good = await goodState(ext, server);
    setFaults(server, faults);
    await refresh(ext);
    await checkFailedPoll(tally, name, ext, good, kind);
    await checkRecovery(tally, name, ext, server);
    await checkBackground(tally, name, ext);
  }

  {
    const name = 'Retry-After (429, 600 s)';
    const good = await goodState(ext, server);
    setFaults(server, { '*': { kind: 'rate-limit', retryAfterSeconds: 600 } });
    await refresh(ext);
    await checkFailedPoll(tally, name, ext, good, 'rate-limited', { retryAfterMs: 600_000 });
    await tally.check(name, 'no alarm before Retry-After', async () => {
      const alarm = await ext.pollAlarm();
      expect(alarm!.scheduledTime).toBeGreaterThanOrEqual((await snapshotOf(ext))!.checkedAt! + 600_000);
    });
    await tally.check(name, 'Refresh before Retry-After sends nothing', async () => {
      server.resetStats();
      await refresh(ext);
      expect(server.stats().requests).toEqual([]);
      expect((await ext.badge()).text).toBe('?');
    });
    // Ten minutes pass: what the worker stored as "not before" is now in the past.
    await ext.inExtension(async () => {
      const api = (globalThis as unknown as { chrome: typeof Browser }).chrome;
      const { ['poll.v1']: state } = await api.storage.local.get('poll.v1');
      await api.storage.local.set({ 'poll.v1': { ...(state as object), notBefore: 0 } });
    });
    await checkRecovery(tally, name, ext, server);
    await checkBackground(tally, name, ext);
  }

  {
    const name = 'a 304 when the stored body is gone';
    await goodState(ext, server);
    // Storage lost the snapshot but kept the validators: a 304 now would mean "nothing", never "healthy".
    await ext.inExtension(async () => {
      await (globalThis as unknown as { chrome: typeof Browser }).chrome.storage.local.remove('snapshot.v1');
    });
    server.resetStats();
    setFaults(server, { '*': { kind: 'not-modified' } });
    await refresh(ext);
    await tally.check(name, 'asked for the full body (no validators sent)', async () => {
      const summaries = server.stats().requests.filter((r) => r.path === SUMMARY);
      expect(summaries.length).toBeGreaterThan(0);
      expect(summaries.every((r) => !r.ifNoneMatch && !r.ifModifiedSince)).toBe(true);
    });
    const empty = { data: null, fetchedAt: null } as unknown as Snapshot;
    // No data means no open incident: the backoff starts from the plain interval.
    await checkFailedPoll(tally, name, ext, empty, 'http', { keptData: false, baseMs: INTERVAL_MS });
    await checkRecovery(tally, name, ext, server);
    await checkBackground(tally, name, ext);
  }

  tally.save(`faults-simple-${ext.browserName}.json`);
  expect(tally.failures()).toEqual([]);
});

test('five 503s in a row: each answer reaches the extension, the backoff window doubles', async ({ ext, server }) => {
  const tally = new Tally();
  await ext.watchBackground();
  const name = 'consecutive failures back off';
  const good = await goodState(ext, server);
  setFaults(server, { '*': { kind: 'http', status: 503 } });
  server.resetStats();
  for (let failures = 1; failures <= 5; failures++) {
    await paceAfter(failures - 1);
    await refresh(ext);
    await tally.check(name, `answer ${failures} reached the server and was a 503`, async () =>
      expect(fiveHundreds(server, PRIMARY, SUMMARY)).toBe(failures),
    );
    // The failure count is part of the backoff check: the window doubles with it.
    await checkFailedPoll(tally, name, ext, good, 'http', { failures });
  }
  await paceAfter(5);
  await checkRecovery(tally, name, ext, server);
  await checkBackground(tally, name, ext);
  tally.save(`faults-backoff-${ext.browserName}.json`);
  expect(tally.failures()).toEqual([]);
});

test('primary and fallback failing and recovering in turn', async ({ ext, server }) => {
  const tally = new Tally();
  await ext.watchBackground();
  {
    const name = 'primary failing, fallback working';
    await goodState(ext, server);
    setFaults(server, { [PRIMARY]: { kind: 'http', status: 503 } });
    await refresh(ext);
    await tally.check(name, 'fallback data shown as current, not grey', async () => {
      const snapshot = await snapshotOf(ext);
      expect([snapshot?.error, snapshot?.origin]).toEqual([null, `https://${FALLBACK}`]);
      const badge = await ext.badge();
      expect([badge.text, hex(badge.color)]).toEqual(['1', MAJOR]);
    });
    await checkBackground(tally, name, ext);
    const next = 'fallback failing while the primary recovers';
    setFaults(server, { [FALLBACK]: { kind: 'http', status: 503 } });
    await refresh(ext);
    await tally.check(next, 'primary data shown as current, not grey', async () => {
      const snapshot = await snapshotOf(ext);
      expect([snapshot?.error, snapshot?.origin]).toEqual([null, `https://${PRIMARY}`]);
      expect((await ext.badge()).text).toBe('1');
    });
    await checkBackground(tally, next, ext);
  }
  for (const recovering of [PRIMARY, FALLBACK]) {
    const both = `both failing, then ${recovering === PRIMARY ? 'the primary' : 'the fallback'} recovers`;
    const good = await goodState(ext, server);
    setFaults(server, { '*': { kind: 'drop' } });
    await refresh(ext);
    await checkFailedPoll(tally, both, ext, good, 'network');
    setFaults(server, { [recovering === PRIMARY ? FALLBACK : PRIMARY]: { kind: 'drop' } });
    await tally.check(both, 'recovers from the origin that answers', async () => {
      await refresh(ext);
      const snapshot = await snapshotOf(ext);
      expect([snapshot?.error, snapshot?.origin]).toEqual([null, `https://${recovering}`]);
      expect((await ext.badge()).text).toBe('1');
    });
    await checkBackground(tally, both, ext);
  }
  tally.save(`faults-fallback-${ext.browserName}.json`);
  expect(tally.failures()).toEqual([]);
});

test('Refresh pressed again and again during 503s: Chromium refuses some requests itself, still grey', async ({
  ext,
  server,
}) => {
  const tally = new Tally();
  await ext.watchBackground();
  const name = 'Refresh again and again during 503s';
  const good = await goodState(ext, server);
  setFaults(server, { '*': { kind: 'http', status: 503 } });
  server.resetStats();
  let refused = 0;
  // The origin that answered last is asked first; its error is the one the poll reports.
  const first = new URL(good.origin!).host;
  const asked = () => server.stats().requests.filter((r) => r.host === first).length;
  for (let failures = 1; failures <= 8; failures++) {
    const before = asked();
    await refresh(ext);
    const arrived = asked() > before;
    if (!arrived) refused++;
    // What reached the server was a 503; what the browser refused never left it, a network error.
    await tally.check(name, `poll ${failures}: the kind matches what happened on the wire`, async () =>
      expect((await snapshotOf(ext))?.error?.kind).toBe(arrived ? 'http' : 'network'),
    );
    await tally.check(name, `poll ${failures}: grey, last good data kept, failures counted`, async () => {
      const badge = await ext.badge();
      expect([badge.text, hex(badge.color)]).toEqual(['?', GREY]);
      const snapshot = await snapshotOf(ext);
      expect([snapshot?.data, snapshot?.fetchedAt, snapshot?.consecutiveFailures]).toEqual([
        good.data,
        good.fetchedAt,
        failures,
      ]);
    });
  }
  await tally.check(name, 'which browser refused requests itself', async () =>
    // Firefox has no such throttle: every request reaches the server.
    expect(refused > 0).toBe(ext.browserName === 'chromium'),
  );
  await paceAfter(
    Math.max(
      ...[PRIMARY, FALLBACK].flatMap((host) => [SUMMARY, STATUS].map((path) => fiveHundreds(server, host, path))),
    ),
  );
  await checkRecovery(tally, name, ext, server);
  await checkBackground(tally, name, ext);
  tally.save(`faults-throttle-${ext.browserName}.json`);
  expect(tally.failures()).toEqual([]);
});

/**
 * Going offline for real needs a private network namespace whose only link besides loopback is veth0,
 * so that taking it down is the machine going offline without touching the host's network:
 *   unshare --net sh -c 'ip link set lo up && ip link add veth0 type veth peer name veth1 &&
 *     ip addr add 169.254.10.1/24 dev veth0 && ip link set veth1 up && ip link set veth0 up && npx playwright test'
 * Without that link (a plain `npm test`, CI) the test is skipped.
 */
function link(state: 'up' | 'down'): boolean {
  try {
    execFileSync('ip', ['link', 'set', 'veth0', state], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test('offline, then back online: grey with the reason, then the next poll recovers', async ({ ext, server }) => {
  test.skip(
    !link('up'),
    'needs a private network namespace with a veth0 link to take the machine offline (see link())',
  );
  // Firefox ESR keeps navigator.onLine true with only loopback up, and 127.0.0.1 still answers.
  test.skip(ext.browserName === 'firefox', 'Firefox does not go offline when its last link goes down');
  const tally = new Tally();
  await ext.watchBackground();
  const name = 'the browser offline, then back online';
  const good = await goodState(ext, server);
  try {
    link('down');
    await ext.inExtension(async () => {
      for (let i = 0; i < 100 && navigator.onLine; i++) await new Promise((done) => setTimeout(done, 100));
    });
    await refresh(ext);
    await checkFailedPoll(tally, name, ext, good, 'offline');
    server.resetStats();
  } finally {
    link('up');
  }
  await tally.check(name, 'back online: the next poll recovers', async () => {
    // Chromium fires no "online" event in an extension service worker, so the worker learns it at
    // its next alarm (within the first failure's backoff window) or on Refresh; Refresh here.
    const alarm = await ext.pollAlarm();
    expect(alarm!.scheduledTime - (await snapshotOf(ext))!.checkedAt!).toBeLessThanOrEqual(
      backoffWindow(1, INCIDENT_BASE_MS).ceiling + SCHEDULING_SLACK_MS,
    );
    await refresh(ext);
    expect((await snapshotOf(ext))?.error).toBeNull();
    expect((await ext.badge()).text).toBe('1');
  });
  await checkBackground(tally, name, ext);
  tally.save(`offline-${ext.browserName}.json`);
  expect(tally.failures()).toEqual([]);
});

// No fixture browser here: this one launches without "ignore certificate errors", trusting exactly
// the server's certificate, and with status.claude.com unresolvable.
test('DNS failure on the primary; wrong-host and untrusted certificates on the fallback', async ({
  server,
}, testInfo) => {
  test.setTimeout(120_000);
  server.setScenario('healthy');
  setFaults(server, {});
  server.resetStats();
  const network = { trustOnlyCertificate: server.certPem, unresolvedHosts: [PRIMARY] };
  const ext =
    testInfo.project.metadata.browser === 'firefox'
      ? await launchFirefox(resolve('dist/firefox'), network)
      : await launchChromium(resolve('dist/chrome'), server.port, network);
  const tally = new Tally();
  try {
    await ext.watchBackground();
    const name = 'DNS failure on the primary';
    await tally.check(name, 'the fallback answers through the trusted certificate', async () => {
      await expect
        .poll(async () => (await snapshotOf(ext))?.origin ?? null, { timeout: 20_000 })
        .toBe(`https://${FALLBACK}`);
      expect(server.stats().requests.some((r) => r.host === PRIMARY)).toBe(false);
    });
    await checkBackground(tally, name, ext);

    for (const kind of ['tls-wrong-host', 'tls-untrusted'] as const) {
      const tls = kind === 'tls-wrong-host' ? 'a certificate for the wrong host' : 'an untrusted certificate';
      const both = `DNS failure on the primary and ${tls} on the fallback`;
      const good = await goodState(ext, server);
      server.setFault(FALLBACK, { kind });
      server.resetStats();
      await refresh(ext);
      await tally.check(both, 'the browser refused the handshake (no request arrived)', async () =>
        expect(server.stats().requests).toEqual([]),
      );
      await checkFailedPoll(tally, both, ext, good, 'network');
      await checkRecovery(tally, both, ext, server, FALLBACK);
      await checkBackground(tally, both, ext);
    }
  } finally {
    await ext.close();
  }
  tally.save(`network-${testInfo.project.name}.json`);
  expect(tally.failures()).toEqual([]);
});
