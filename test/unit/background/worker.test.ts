import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { FALLBACK_ORIGIN, PRIMARY_ORIGIN } from '../../../src/background/origins';
import { INTERRUPTED_POLL_MS } from '../../../src/background/worker';
import { KEYS } from '../../../src/shared/storage';
import { defaultSettings } from '../../../src/shared/settings';
import type { StatusServer } from '../../server';
import { p0mgnjv3bj97Steps } from '../../scenarios';
import { badge, resetBrowser, startWorker, storage, storedSnapshot, useStatusServer, type Clock } from './harness';

let server: StatusServer;
const clock: Clock = { now: Date.parse('2026-11-23T10:00:00Z') };

useStatusServer(clock, (started) => (server = started));

const requests = (path: string) => server.stats().requests.filter((r) => r.path === path);

describe('a poll', () => {
  it('stores a healthy snapshot, paints a quiet badge and schedules the next poll', async () => {
    await startWorker(server, clock).pollNow();
    const snapshot = await storedSnapshot();
    expect(snapshot.error).toBeNull();
    expect(snapshot.origin).toBe(PRIMARY_ORIGIN);
    expect(snapshot.fetchedAt).toBe(clock.now);
    expect(snapshot.data?.components.map((c) => c.id)).toContain('rwppv331jlwc');
    expect(await badge()).toMatchObject({ text: '' });
    expect((await badge()).title).toContain('Operational');
    const alarm = await fakeBrowser.alarms.get('poll');
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(clock.now + 30_000);
  });

  it('two polls asked for at once (an alarm and the Refresh button) run one after the other, under the lock', async () => {
    const worker = startWorker(server, clock);
    await Promise.all([worker.pollNow(), worker.pollNow()]);
    // The second began after the first had stored its validators: it asked conditionally.
    expect(requests('/api/v2/summary.json').map((r) => [r.ifNoneMatch, r.status])).toEqual([
      [false, 200],
      [true, 304],
    ]);
  });

  it('asks conditionally the second time and a 304 costs no body', async () => {
    const worker = startWorker(server, clock);
    await worker.pollNow();
    clock.now += 60_000;
    await worker.pollNow();
    const summaries = requests('/api/v2/summary.json');
    expect(summaries).toHaveLength(2);
    expect(summaries[1]!.ifNoneMatch).toBe(true);
    expect(summaries[1]!.status).toBe(304);
    expect(summaries[1]!.bytes).toBe(0);
    expect((await storedSnapshot()).fetchedAt).toBe(clock.now);
  });

  it('without validators, asks the 212-byte status.json first, and the full summary again every 10 minutes', async () => {
    const worker = startWorker(server, clock, { withoutValidators: true });
    for (let minute = 0; minute < 12; minute++) {
      await worker.pollNow();
      clock.now += 60_000;
    }
    const paths = server.stats().requests.map((r) => r.path.replace('/api/v2/', ''));
    // 0: full; 1–9: the probe; 10: trust expired, full again; 11: the probe.
    expect(paths).toEqual(['summary.json', ...Array(9).fill('status.json'), 'summary.json', 'status.json']);
  });

  it('without validators, a changed status.json brings the full summary at once', async () => {
    const worker = startWorker(server, clock, { withoutValidators: true });
    server.setScenario('p0mgnjv3bj97');
    server.goTo(1);
    await worker.pollNow();
    server.goTo(2);
    clock.now += 60_000;
    await worker.pollNow();
    expect(server.stats().requests.map((r) => r.path.replace('/api/v2/', ''))).toEqual([
      'summary.json',
      'status.json',
      'summary.json',
    ]);
    expect((await storedSnapshot()).data?.incidents[0]?.updates).toHaveLength(2);
  });

  it('follows the real incident and shows its count, models and severity', async () => {
    const worker = startWorker(server, clock);
    await worker.pollNow();
    server.setScenario('p0mgnjv3bj97');
    server.goTo(1);
    clock.now += 60_000;
    await worker.pollNow();
    const { text, title } = await badge();
    expect(text).toBe('1');
    expect(title).toContain('Elevated error rate on multiple models');
    expect(title).not.toContain('Operational');
    const color = await fakeBrowser.action.getBadgeBackgroundColor({});
    expect(color).not.toEqual([21, 128, 61, 255]); // never the operational green
  });
});

describe('model families learned from incidents', () => {
  const step = () => p0mgnjv3bj97Steps()[1]!;
  const withIncidents = (names: string[]) => {
    const base = step();
    const incidents = names.map((name, i) => ({ ...base.summary.incidents[0]!, id: `nova${i}0000000`, name }));
    return {
      ...base,
      summary: { ...base.summary, incidents },
      incidents: Object.fromEntries(incidents.map((incident) => [incident.id, { incident }])),
    };
  };
  const modelsOf = async () =>
    Object.fromEntries((await storedSnapshot()).data!.incidents.map((i) => [i.name, i.models.models]));

  it('a family one incident vouches for is stored and read in later bare mentions, across worker restarts', async () => {
    server.setScenario({
      name: 'nova',
      description: '',
      steps: [
        withIncidents(['Elevated errors on Claude Nova 6', 'Elevated errors on nova 6 for some users']),
        withIncidents(['Elevated errors on nova 6 again']),
      ],
    });
    await startWorker(server, clock).pollNow();
    expect((await storage.area.get(KEYS.families))[KEYS.families]).toEqual(['nova']);
    expect(await modelsOf()).toEqual({
      'Elevated errors on Claude Nova 6': ['Nova 6'],
      'Elevated errors on nova 6 for some users': ['Nova 6'],
    });
    server.goTo(1);
    clock.now += 60_000;
    await startWorker(server, clock).pollNow();
    expect(await modelsOf()).toEqual({ 'Elevated errors on nova 6 again': ['Nova 6'] });
  });

  it('without anything learned, a bare mention stays unnamed (the vocabulary is what reads it)', async () => {
    server.setScenario({ name: 'bare', description: '', steps: [withIncidents(['Elevated errors on nova 6 again'])] });
    await startWorker(server, clock).pollNow();
    expect(await modelsOf()).toEqual({ 'Elevated errors on nova 6 again': [] });
    expect((await storage.area.get(KEYS.families))[KEYS.families]).toBeUndefined();
  });

  it('whatever storage holds under the key, polling works and only words are used', async () => {
    await storage.area.set({ [KEYS.families]: { nova: 1, evil: '<script>' } });
    server.setScenario({ name: 'bare', description: '', steps: [withIncidents(['Elevated errors on nova 6 again'])] });
    await startWorker(server, clock).pollNow();
    expect((await storedSnapshot()).error).toBeNull();
    expect(await modelsOf()).toEqual({ 'Elevated errors on nova 6 again': [] });
  });
});

describe('origins', () => {
  it('falls back to anthropic.statuspage.io on a WAF challenge and keeps using it', async () => {
    server.setFault('status.claude.com', { kind: 'waf-405' });
    const worker = startWorker(server, clock);
    await worker.pollNow();
    let snapshot = await storedSnapshot();
    expect(snapshot.error).toBeNull();
    expect(snapshot.origin).toBe(FALLBACK_ORIGIN);
    expect(snapshot.data?.page.id).toBe('tymt9n04zgry');

    server.resetStats();
    clock.now += 60_000;
    await worker.pollNow();
    expect(server.stats().requests.map((r) => r.host)).not.toContain('status.claude.com');

    // Thirty minutes later the primary gets another chance, and wins back once it answers.
    server.setFault('status.claude.com', null);
    clock.now += 31 * 60_000;
    await worker.pollNow();
    snapshot = await storedSnapshot();
    expect(snapshot.origin).toBe(PRIMARY_ORIGIN);
  });

  for (const fault of [{ kind: 'waf-202' }, { kind: 'html' }, { kind: 'truncated-json' }, { kind: 'drop' }] as const) {
    it(`falls back on ${fault.kind}`, async () => {
      server.setFault('status.claude.com', fault);
      await startWorker(server, clock).pollNow();
      expect((await storedSnapshot()).origin).toBe(FALLBACK_ORIGIN);
    });
  }
});

describe('failures keep the last good data and show unknown, never green', () => {
  const faults = [
    { fault: { kind: 'http', status: 503 }, kind: 'http' },
    { fault: { kind: 'html' }, kind: 'not-json' },
    { fault: { kind: 'truncated-json' }, kind: 'invalid-json' },
    { fault: { kind: 'waf-405' }, kind: 'waf-challenge' },
    { fault: { kind: 'waf-202' }, kind: 'waf-challenge' },
    { fault: { kind: 'drop' }, kind: 'network' },
    { fault: { kind: 'rate-limit', retryAfterSeconds: 120 }, kind: 'rate-limited' },
  ] as const;
  for (const { fault, kind } of faults) {
    it(`${fault.kind} on both origins → ${kind}`, async () => {
      const worker = startWorker(server, clock);
      await worker.pollNow();
      const good = await storedSnapshot();
      server.setFault('*', fault);
      clock.now += 60_000;
      await worker.pollNow();
      const snapshot = await storedSnapshot();
      expect(snapshot.error?.kind).toBe(kind);
      expect(snapshot.consecutiveFailures).toBe(1);
      expect(snapshot.data).toEqual(good.data);
      expect(snapshot.fetchedAt).toBe(good.fetchedAt);
      const { text, title } = await badge();
      expect(text).toBe('?');
      expect(title).toContain("Can't reach the status page");
    });
  }

  it('a timeout ends in unknown too', async () => {
    const worker = startWorker(server, clock);
    await worker.pollNow();
    server.setFault('*', { kind: 'hang' });
    vi.spyOn(AbortSignal, 'timeout').mockImplementation(() =>
      AbortSignal.abort(new DOMException('timed out', 'TimeoutError')),
    );
    await worker.pollNow();
    expect((await storedSnapshot()).error?.kind).toBe('timeout');
    expect((await badge()).text).toBe('?');
  });

  it('offline: no request at all, and says so', async () => {
    await startWorker(server, clock, { online: () => false }).pollNow();
    expect(server.stats().requests).toHaveLength(0);
    expect((await storedSnapshot()).error?.kind).toBe('offline');
    expect((await badge()).text).toBe('?');
  });

  it('honours Retry-After: no request before it, even from the alarm', async () => {
    server.setFault('*', { kind: 'rate-limit', retryAfterSeconds: 300 });
    const worker = startWorker(server, clock);
    await worker.pollNow();
    const before = server.stats().requests.length;
    clock.now += 60_000;
    await worker.pollNow();
    expect(server.stats().requests.length).toBe(before);
    const alarm = await fakeBrowser.alarms.get('poll');
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(clock.now + 239_000);
  });

  it('backs off after repeated failures', async () => {
    server.setFault('*', { kind: 'http', status: 500 });
    const worker = startWorker(server, clock);
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      await worker.pollNow();
      delays.push((await fakeBrowser.alarms.get('poll'))!.scheduledTime - clock.now);
      clock.now += 60_000;
    }
    expect(delays[3]!).toBeGreaterThan(delays[0]!);
  });
});

describe('a worker killed mid-poll', () => {
  const pollMark = async () =>
    ((await storage.area.get(KEYS.poll))[KEYS.poll] as { inFlightSince: number | null }).inFlightSince;

  it('is polled again at the next start once its mark is older than a live poll could be', async () => {
    await startWorker(server, clock).pollNow();
    server.setScenario('p0mgnjv3bj97');
    server.goTo(2);
    server.setFault('*', { kind: 'hang' });
    clock.now += 60_000;
    const killedAt = clock.now;
    void startWorker(server, clock).pollNow();
    await vi.waitFor(() => expect(server.stats().requests.some((r) => r.fault === 'hang')).toBe(true));
    expect(await pollMark()).toBe(killedAt);
    server.setFault('*', null);
    const sent = () => server.stats().requests.length;
    const before = sent();

    // So soon, the poll may still be alive: a new start leaves it be.
    clock.now = killedAt + INTERRUPTED_POLL_MS - 1;
    expect(await startWorker(server, clock).resumeInterrupted()).toBeNull();
    expect(sent()).toBe(before);

    clock.now = killedAt + INTERRUPTED_POLL_MS;
    const snapshot = await startWorker(server, clock).resumeInterrupted();
    expect(sent()).toBeGreaterThan(before);
    expect(snapshot?.checkedAt).toBe(clock.now);
    expect(await storedSnapshot()).toEqual(snapshot);
    expect(await pollMark()).toBeNull();
    // Nothing was interrupted this time: the next start does not poll.
    const after = sent();
    clock.now += INTERRUPTED_POLL_MS;
    expect(await startWorker(server, clock).resumeInterrupted()).toBeNull();
    expect(sent()).toBe(after);
  });

  it('leaves the previous snapshot whole, and the next worker polls normally', async () => {
    await startWorker(server, clock).pollNow();
    const good = await storedSnapshot();

    // The first poll hangs; the browser kills the worker (the promise is simply abandoned).
    server.setScenario('p0mgnjv3bj97');
    server.goTo(2);
    server.setFault('*', { kind: 'hang' });
    clock.now += 60_000;
    void startWorker(server, clock).pollNow();
    await vi.waitFor(() =>
      expect(server.stats().requests.some((r) => r.status === 0 || r.fault === 'hang')).toBe(true),
    );
    const poll = (await storage.area.get(KEYS.poll))[KEYS.poll] as { inFlightSince: number | null };
    expect(poll.inFlightSince).toBe(clock.now);
    expect(await storedSnapshot()).toEqual(good);

    // A new worker starts from storage alone.
    server.setFault('*', null);
    clock.now += 60_000;
    await startWorker(server, clock).pollNow();
    const snapshot = await storedSnapshot();
    expect(snapshot.data?.incidents[0]?.id).toBe('p0mgnjv3bj97');
    expect((await badge()).text).toBe('1');
  });
});

describe('notifications over the real incident replay', () => {
  it('fires opened, escalated and resolved once each, across worker restarts', async () => {
    await storage.area.set({
      [KEYS.settings]: { ...defaultSettings, notifications: { ...defaultSettings.notifications, enabled: true } },
    });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await startWorker(server, clock).pollNow();
    server.setScenario('p0mgnjv3bj97');
    for (let step = 0; step < server.stepCount; step++) {
      server.goTo(step);
      // Poll a minute after each real update, so the incident unfolds at its real pace.
      clock.now = Date.parse(server.scenario.steps[step]!.summary.page.updated_at) + 60_000;
      // A new worker each time: the browser may well have stopped it between polls.
      await startWorker(server, clock).pollNow();
      // And a poll that finds nothing new must not repeat anything.
      await startWorker(server, clock).pollNow();
    }
    const kinds = create.mock.calls.map(
      ([id]) => (JSON.parse(id as unknown as string) as { key: string }).key.split(':')[0],
    );
    expect(kinds.filter((k) => k === 'opened')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'resolved')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'escalated')).toHaveLength(1);
    const log = (await storage.area.get(KEYS.notified))[KEYS.notified] as Record<
      string,
      { shown: boolean; delivery?: string }
    >;
    expect(
      Object.values(log)
        .filter((e) => e.shown)
        .map((e) => e.delivery),
    ).toEqual(['created', 'created', 'created']);
    const resolved = (await storedSnapshot()).recentlyResolved.map((i) => i.id);
    expect(resolved).toEqual(['p0mgnjv3bj97']);
    expect((await badge()).text).toBe('');
  });

  it('an incident missing from one summary while its own page says open is not resolved, and not re-opened', async () => {
    await storage.area.set({
      [KEYS.settings]: { ...defaultSettings, notifications: { ...defaultSettings.notifications, enabled: true } },
    });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const steps = p0mgnjv3bj97Steps();
    const open = steps[1]!;
    // The same moment, but summary.json (a stale or partial copy) no longer lists the incident.
    const dropped = { ...open, label: 'summary drops the open incident', summary: { ...open.summary, incidents: [] } };
    const final = steps.at(-1)!;
    server.setScenario({ name: 'false-departure', description: '', steps: [open, dropped, open, final] });
    const shown: string[] = [];
    for (let step = 0; step < 4; step++) {
      server.goTo(step);
      clock.now += 60_000;
      await startWorker(server, clock).pollNow();
      const snapshot = await storedSnapshot();
      shown.push(`${(await badge()).text}|${snapshot.data?.incidents.map((i) => `${i.id}:${i.status}`).join(',')}`);
    }
    expect(shown).toEqual([
      '1|p0mgnjv3bj97:investigating',
      '1|p0mgnjv3bj97:investigating',
      '1|p0mgnjv3bj97:investigating',
      '|',
    ]);
    // Looked up when it went missing (still open: kept) and when it left for good (resolved: announced).
    expect(requests('/api/v2/incidents/p0mgnjv3bj97.json').map((r) => r.status)).toEqual([200, 200]);
    const keys = create.mock.calls.map(([id]) => (JSON.parse(id as unknown as string) as { key: string }).key);
    expect(keys).toEqual(['opened:p0mgnjv3bj97:r28fdx72zfc2', 'resolved:p0mgnjv3bj97:kn2rckxbcg6d']);
  });

  it('an incident that leaves the summary and whose page is gone (404) ends quietly: no "resolved"', async () => {
    await storage.area.set({
      [KEYS.settings]: { ...defaultSettings, notifications: { ...defaultSettings.notifications, enabled: true } },
    });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    // An incident the shared history does not know either, so its page really is a 404 once deleted.
    const real = p0mgnjv3bj97Steps()[1]!;
    const incident = { ...real.summary.incidents[0]!, id: 'gone00000000' };
    const open = {
      ...real,
      summary: { ...real.summary, incidents: [incident] },
      incidents: { [incident.id]: { incident } },
    };
    const deleted = { ...open, summary: { ...open.summary, incidents: [] }, incidents: {} };
    server.setScenario({ name: 'deleted', description: '', steps: [open, deleted] });
    await startWorker(server, clock).pollNow();
    server.goTo(1);
    clock.now += 60_000;
    await startWorker(server, clock).pollNow();
    expect(requests('/api/v2/incidents/gone00000000.json').map((r) => r.status)).toEqual([404]);
    expect((await storedSnapshot()).data?.incidents).toEqual([]);
    expect((await storedSnapshot()).recentlyResolved).toEqual([]);
    const keys = create.mock.calls.map(([id]) => (JSON.parse(id as unknown as string) as { key: string }).key);
    expect(keys).toEqual(['opened:gone00000000:r28fdx72zfc2']);
  });

  it('stays silent while notifications are off, snoozed or the models are muted', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const cases = [
      defaultSettings,
      {
        ...defaultSettings,
        notifications: { ...defaultSettings.notifications, enabled: true },
        snoozeUntil: clock.now + 3_600_000,
      },
      {
        ...defaultSettings,
        notifications: { ...defaultSettings.notifications, enabled: true },
        mutedModels: ['Haiku 4.5', 'Opus 4.7', 'Sonnet 4.6'],
      },
    ];
    for (const settings of cases) {
      resetBrowser();
      await storage.area.set({ [KEYS.settings]: settings });
      server.setScenario('p0mgnjv3bj97');
      server.goTo(0);
      await startWorker(server, clock).pollNow();
      server.goTo(server.stepCount - 2);
      clock.now += 60_000;
      await startWorker(server, clock).pollNow();
    }
    expect(create).not.toHaveBeenCalled();
  });
});

describe('notification clicks and coming back online', () => {
  it('a click opens the incident page and clears the notification', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const clear = vi.spyOn(fakeBrowser.notifications, 'clear');
    const id = JSON.stringify({ key: 'opened:p0mgnjv3bj97', url: 'https://status.claude.com/incidents/p0mgnjv3bj97' });
    await startWorker(server, clock).onNotificationClicked(id);
    expect(create).toHaveBeenCalledWith({ url: 'https://status.claude.com/incidents/p0mgnjv3bj97' });
    expect(clear).toHaveBeenCalledWith(id);
  });

  it('a click on a notification without a safe page opens nothing', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await startWorker(server, clock).onNotificationClicked(JSON.stringify({ key: 'x', url: 'javascript:alert(1)' }));
    expect(create).not.toHaveBeenCalled();
  });

  it('coming back online polls at once, and recovers from the offline state', async () => {
    let online = false;
    const worker = startWorker(server, clock, { online: () => online });
    await worker.pollNow();
    expect((await storedSnapshot()).error?.kind).toBe('offline');
    online = true;
    clock.now += 5_000;
    worker.onOnline();
    await vi.waitFor(async () => expect((await storedSnapshot()).error).toBeNull());
    expect((await badge()).text).toBe('');
  });
});

describe('settings changes', () => {
  it('repaint and reschedule without fetching anything', async () => {
    const worker = startWorker(server, clock);
    await worker.pollNow();
    server.resetStats();
    const oldValue = defaultSettings;
    const newValue = { ...defaultSettings, pollIntervalSec: 900 };
    await storage.area.set({ [KEYS.settings]: newValue });
    await worker.onStorageChanged({ [KEYS.settings]: { oldValue, newValue } }, 'local');
    expect(server.stats().requests).toHaveLength(0);
    const alarm = await fakeBrowser.alarms.get('poll');
    expect(alarm!.scheduledTime - clock.now).toBeGreaterThan(5 * 60_000);
  });
});

describe('messages', () => {
  it('refresh polls now and answers when done; strangers are ignored', async () => {
    const worker = startWorker(server, clock);
    const answer = await worker.onMessage({ type: 'refresh', payload: {} }, { id: fakeBrowser.runtime.id });
    expect(answer).toEqual({ ok: true });
    expect(requests('/api/v2/summary.json')).toHaveLength(1);
    expect(worker.onMessage({ type: 'refresh', payload: {} }, { id: 'someone-else' })).toBeUndefined();
    expect(worker.onMessage({ type: 'nonsense' }, { id: fakeBrowser.runtime.id })).toBeUndefined();
  });

  it('history is fetched on demand, then served from storage for hours', async () => {
    const worker = startWorker(server, clock);
    const first = (await worker.onMessage({ type: 'getHistory', payload: {} }, { id: fakeBrowser.runtime.id })) as {
      ok: boolean;
      value: { incidents: unknown[] };
    };
    expect(first.ok).toBe(true);
    expect(first.value.incidents.length).toBeGreaterThan(10);
    clock.now += 60 * 60_000;
    await worker.onMessage({ type: 'getHistory', payload: {} }, { id: fakeBrowser.runtime.id });
    expect(requests('/api/v2/incidents.json')).toHaveLength(1);
    clock.now += 3 * 60 * 60_000;
    await worker.onMessage({ type: 'getHistory', payload: {} }, { id: fakeBrowser.runtime.id });
    const history = requests('/api/v2/incidents.json');
    expect(history).toHaveLength(2);
    expect(history[1]!.status).toBe(304);
  });
});

describe('the history request', () => {
  const own = () => ({ id: fakeBrowser.runtime.id });

  it('fails with the poll error of the status page, typed, not a free string', async () => {
    server.setFault('*', { kind: 'http', status: 503 });
    const answer = await startWorker(server, clock).onMessage({ type: 'getHistory', payload: {} }, own());
    expect(answer).toEqual({
      ok: false,
      error: { kind: 'http', status: 503, detail: expect.any(String), at: clock.now },
    });
  });

  it('names a body of the wrong shape as a schema error', async () => {
    server.setFault('*', { kind: 'wrong-shape' });
    const answer = await startWorker(server, clock).onMessage({ type: 'getHistory', payload: {} }, own());
    expect(answer).toMatchObject({ ok: false, error: { kind: 'schema', at: clock.now } });
  });
});
