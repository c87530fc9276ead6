// The banner's dismissals and the session's state for the banner, as the worker keeps them: it is the one
// writer of both dismissal records, prunes them after good polls, and writes beside the badge what the
// badge shows of the session.
import { fakeBrowser } from '@webext-core/fake-browser';
import type Browser from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { KEYS } from '../../../src/shared/storage';
import type { StatusServer } from '../../server';
import { badge, startWorker, storage, useStatusServer, type Clock } from './harness';

let server: StatusServer;
const T0 = Date.parse('2026-05-22T06:20:00Z');
const clock: Clock = { now: T0 };
useStatusServer(clock, (started) => (server = started));

const banner = {
  id: fakeBrowser.runtime.id,
  tab: { id: 7 } as Browser.Tabs.Tab,
  frameId: 0,
  url: 'https://claude.ai/new',
} as Browser.Runtime.MessageSender;
const stored = async (key: string) => (await storage.area.get(key))[key];

describe('dismissals', () => {
  it('stores what the banner asks, keeping earlier ones', async () => {
    const worker = startWorker(server, clock);
    const send = (payload: unknown) => worker.onMessage({ type: 'dismiss', payload }, banner);
    expect(await send({ key: 'p0mgnjv3bj97', level: 'major' })).toEqual({ ok: true });
    clock.now += 1_000;
    expect(await send({ key: 'components:rwppv331jlwc', level: 'critical' })).toEqual({ ok: true });
    expect(await stored(KEYS.dismissed)).toEqual({
      p0mgnjv3bj97: { level: 'major', at: T0 },
      'components:rwppv331jlwc': { level: 'critical', at: T0 + 1_000 },
    });
    expect(await send({ sessionOnAt: T0 - 60_000 })).toEqual({ ok: true });
    expect(await stored(KEYS.sessionDismissed)).toBe(T0 - 60_000);
  });

  it('refuses anything that is not a dismissal the banner makes, and stores nothing', async () => {
    const worker = startWorker(server, clock);
    for (const payload of [
      {},
      { key: 'p0mgnjv3bj97' },
      { key: 'p0mgnjv3bj97', level: 'unknown' },
      { key: 'p0mgnjv3bj97', level: 'apocalyptic' },
      { key: 'https://claude.ai/chat/4f2a', level: 'major' },
      { key: 'x'.repeat(41), level: 'major' },
      { key: '__proto__', level: 'major' },
      { key: 5, level: 'major' },
      { sessionOnAt: Number.NaN },
      { sessionOnAt: '1' },
    ]) {
      expect(await worker.onMessage({ type: 'dismiss', payload }, banner), JSON.stringify(payload)).toEqual({
        ok: false,
      });
    }
    expect(await storage.area.get(null)).toEqual({});
  });

  it('drops dismissals of incidents that are over after a good poll, keeps them after a failed one', async () => {
    const worker = startWorker(server, clock);
    const log = {
      p0mgnjv3bj97: { level: 'major', at: T0 },
      'components:rwppv331jlwc': { level: 'major', at: T0 },
      sn3y0ldincdt: { level: 'critical', at: T0 },
    };
    await storage.area.set({ [KEYS.dismissed]: log });
    // A failed poll cannot say what is over: nothing is dropped.
    server.setFault('*', { kind: 'http', status: 503 });
    await worker.pollNow();
    expect(await stored(KEYS.dismissed)).toEqual(log);
    // p0mgnjv3bj97 is open in this step of its replay, with claude.ai degraded; the other incident is over.
    server.setFault('*', null);
    server.setScenario('p0mgnjv3bj97');
    server.goTo(5);
    clock.now += 60_000;
    await worker.pollNow();
    const kept = { p0mgnjv3bj97: log.p0mgnjv3bj97, 'components:rwppv331jlwc': log['components:rwppv331jlwc'] };
    expect(await stored(KEYS.dismissed)).toEqual(kept);
    // Back to healthy: nothing is open any more.
    server.setScenario('healthy');
    clock.now += 60_000;
    await worker.pollNow();
    expect(await stored(KEYS.dismissed)).toEqual({});
  });
});

describe('the session as the banner reads it', () => {
  it('is written beside the badge while the signal is on, and cleared with it', async () => {
    const worker = startWorker(server, clock);
    await worker.pollNow();
    expect((await stored(KEYS.sessionShown)) ?? null).toBeNull();
    const errors = {
      api: { success: 1, serverError: 5, rateLimited: 0, other: 0 },
      send: { success: 0, serverError: 5, rateLimited: 0, other: 0 },
    };
    await worker.onMessage({ type: 'sessionCounts', payload: { counts: errors } }, banner);
    expect((await badge()).text).toBe('~');
    const shown = (await stored(KEYS.sessionShown)) as Record<string, unknown>;
    expect(shown).toMatchObject({ leads: true, failed: 5, total: 6 });
    expect(typeof shown.onAt).toBe('number');
    // Off in options: nothing of the session is shown or kept.
    await storage.area.set({ [KEYS.settings]: { sessionSignal: false } });
    await worker.onStorageChanged(
      { [KEYS.settings]: { oldValue: { sessionSignal: true }, newValue: { sessionSignal: false } } },
      'local',
    );
    // The worker writes null (storage keeps it, as the browsers do), which the banner reads as no record.
    expect(await stored(KEYS.sessionShown)).toBeNull();
  });
});
