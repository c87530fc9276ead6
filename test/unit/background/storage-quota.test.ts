// A storage.local that refuses writes, as Chrome does past its quota ("QUOTA_BYTES quota exceeded") and Firefox
// does on a full or broken profile: every poll still ends with a badge that tells the truth, the next poll
// scheduled and nothing rejected, and no notification is shown that a later poll could show again.
import { fakeBrowser } from '@webext-core/fake-browser';
import type Browser from 'webextension-polyfill';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compactSnapshot } from '../../../src/background/compact';
import { defaultSettings } from '../../../src/shared/settings';
import { KEYS } from '../../../src/shared/storage';
import type { Snapshot } from '../../../src/core/types';
import { startStatusServer, type StatusServer } from '../../server';
import { QUOTA_ERROR } from '../fake-storage';
import { badge, resetBrowser, startWorker, storage, storedSnapshot, type Clock } from './harness';

let server: StatusServer;
const clock: Clock = { now: Date.parse('2026-11-23T10:00:00Z') };
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeAll(async () => {
  server = await startStatusServer({ port: 0, scenario: 'healthy' });
  process.on('unhandledRejection', onRejection);
});
afterAll(() => {
  process.off('unhandledRejection', onRejection);
  return server.close();
});
beforeEach(() => {
  resetBrowser();
  server.setScenario('healthy');
  server.setFault('*', null);
  server.resetStats();
  rejections.length = 0;
  clock.now = Date.parse('2026-11-23T10:00:00Z');
});
afterEach(async () => {
  // Let anything left running settle, then check nothing was left rejected.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(rejections).toEqual([]);
  vi.restoreAllMocks();
});

const local = storage.area;

const enableNotifications = () =>
  local.set({
    [KEYS.settings]: { ...defaultSettings, notifications: { ...defaultSettings.notifications, enabled: true } },
  });

const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);
const pollAlarm = () => fakeBrowser.alarms.get('poll');
const updateCounts = (snapshot: Snapshot) => snapshot.data?.incidents.map((incident) => incident.updates.length);

describe('a poll result storage refuses in full', () => {
  it('is stored with the newest update of each incident, and the badge shows it', async () => {
    server.setScenario('p0mgnjv3bj97');
    server.goTo(4);
    // Measure what the full result and its compact copy take, then allow something in between.
    await startWorker(server, clock).pollNow();
    const full = storage.bytesInUse();
    const compact = storage.bytesInUse({ ...storage.data, [KEYS.snapshot]: compactSnapshot(await storedSnapshot()) });
    expect(updateCounts(await storedSnapshot())![0]).toBeGreaterThan(1);
    expect(compact).toBeLessThan(full);
    resetBrowser();

    storage.quotaBytes = Math.floor((full + compact) / 2);
    clock.now += 60_000;
    const shown = await startWorker(server, clock).pollNow();
    expect(storage.refused).toContainEqual([KEYS.snapshot, KEYS.poll]);
    const snapshot = await storedSnapshot();
    expect(shown).toEqual(snapshot);
    expect(updateCounts(snapshot)).toEqual([1]);
    expect(snapshot.data?.incidents[0]?.id).toBe('p0mgnjv3bj97');
    expect(snapshot.fetchedAt).toBe(clock.now);
    const { text, title } = await badge();
    expect(text).toBe('1');
    expect(title).toContain(snapshot.data!.incidents[0]!.name);
    expect((await pollAlarm())?.scheduledTime).toBeGreaterThan(clock.now);
  });
});

describe('a storage that refuses every write', () => {
  it('still polls: the badge shows what was fetched and the next poll is scheduled', async () => {
    storage.refuseWrites = true;
    const worker = startWorker(server, clock);
    await worker.pollNow();
    expect(server.stats().requests.map((r) => r.path)).toContain('/api/v2/summary.json');
    expect(await storedSnapshot()).toBeUndefined();
    expect(await badge()).toMatchObject({ text: '' });
    expect((await badge()).title).toContain('Operational');
    expect((await pollAlarm())?.scheduledTime).toBeGreaterThanOrEqual(clock.now + 30_000);

    server.setScenario('p0mgnjv3bj97');
    server.goTo(4);
    clock.now += 60_000;
    const snapshot = await worker.pollNow();
    expect(snapshot.data?.incidents[0]?.id).toBe('p0mgnjv3bj97');
    expect((await badge()).text).toBe('1');
    expect((await badge()).title).not.toContain('Operational');
  });

  it('a failed poll shows grey "?" with its reason, never the last good colour', async () => {
    server.setScenario('p0mgnjv3bj97');
    server.goTo(4);
    const worker = startWorker(server, clock);
    await worker.pollNow();
    storage.refuseWrites = true;
    server.setFault('*', { kind: 'http', status: 503 });
    clock.now += 60_000;
    await worker.pollNow();
    const { text, title } = await badge();
    expect(text).toBe('?');
    expect(title).toContain("Can't reach the status page");
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba('#4B5563'));
    expect((await pollAlarm())?.scheduledTime).toBeGreaterThan(clock.now);
  });

  it('the alarm, the popup refresh, a session report and a settings change leave nothing rejected', async () => {
    await local.set({ [KEYS.settings]: { ...defaultSettings, sessionSignal: true } });
    const worker = startWorker(server, clock);
    await worker.pollNow();
    storage.refuseWrites = true;
    server.resetStats();
    clock.now += 60_000;
    worker.onAlarm({ name: 'poll', scheduledTime: clock.now } as Browser.Alarms.Alarm);
    await vi.waitFor(() => expect(server.stats().requests.length).toBeGreaterThan(0));
    await vi.waitFor(async () => expect((await pollAlarm())?.scheduledTime).toBeGreaterThan(clock.now));

    const own = fakeBrowser.runtime.id;
    expect(await worker.onMessage({ type: 'refresh', payload: {} }, { id: own })).toEqual({ ok: true });

    const sender = {
      id: own,
      tab: { id: 1 },
      frameId: 0,
      url: 'https://claude.ai/new',
    } as Browser.Runtime.MessageSender;
    const counts = { api: { success: 0, serverError: 5, rateLimited: 0, other: 0 } };
    // Not stored, so not counted: the reporter is told, and no view turns the signal on from memory alone.
    expect(await worker.onMessage({ type: 'sessionCounts', payload: { counts } }, sender)).toEqual({ ok: false });
    expect((await local.get(KEYS.session))[KEYS.session]).toBeUndefined();
    expect((await badge()).text).toBe('');
    worker.onAlarm({ name: 'session', scheduledTime: clock.now } as Browser.Alarms.Alarm);

    const history = (await worker.onMessage({ type: 'getHistory', payload: {} }, { id: own })) as {
      ok: boolean;
      value?: { incidents: unknown[] };
    };
    expect(history.ok).toBe(true);
    expect(history.value?.incidents.length).toBeGreaterThan(10);

    const off = { ...defaultSettings, sessionSignal: false };
    await worker.onStorageChanged({ [KEYS.settings]: { oldValue: { sessionSignal: true }, newValue: off } }, 'local');
    expect(await fakeBrowser.alarms.get('session')).toBeUndefined();
  });
});

describe('notifications while storage refuses their decisions', () => {
  it('are not shown, then shown once when storage takes them again', async () => {
    await enableNotifications();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const worker = startWorker(server, clock);
    await worker.pollNow();
    // Full: the incident's snapshot and the decision to notify both need room storage no longer has.
    storage.quotaBytes = storage.bytesInUse();
    server.setScenario('p0mgnjv3bj97');
    server.goTo(1);
    for (let i = 0; i < 3; i++) {
      clock.now += 60_000;
      await worker.pollNow();
      expect((await badge()).text).toBe('1');
    }
    expect(storage.refused).toContainEqual([KEYS.notified]);
    expect(create).not.toHaveBeenCalled();

    storage.quotaBytes = Infinity;
    for (let i = 0; i < 3; i++) {
      clock.now += 60_000;
      await worker.pollNow();
    }
    const keys = create.mock.calls.map(([id]) => (JSON.parse(id as unknown as string) as { key: string }).key);
    expect(keys).toEqual(['opened:p0mgnjv3bj97:r28fdx72zfc2']);
    expect((await storedSnapshot()).data?.incidents[0]?.id).toBe('p0mgnjv3bj97');
  });

  it('a refused delivery record costs nothing: the notification was decided and shown once', async () => {
    await enableNotifications();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const worker = startWorker(server, clock);
    await worker.pollNow();
    server.setScenario('p0mgnjv3bj97');
    server.goTo(1);
    const set = local.set.bind(local);
    let notifiedWrites = 0;
    // The first write of the log (the decision) passes, the second (what the browser did) is refused.
    vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (KEYS.notified in items && ++notifiedWrites === 2) throw new Error(QUOTA_ERROR);
      await set(items);
    });
    for (let i = 0; i < 2; i++) {
      clock.now += 60_000;
      await worker.pollNow();
    }
    expect(notifiedWrites).toBe(2);
    expect(create).toHaveBeenCalledTimes(1);
    const log = (await local.get(KEYS.notified))[KEYS.notified] as Record<string, { shown: boolean }>;
    expect(Object.values(log).map((entry) => entry.shown)).toEqual([true]);
  });
});
