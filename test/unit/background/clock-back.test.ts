// The device clock going back (manual change, NTP correction, a restored VM) leaves every stored stamp "in
// the future". None of them may then keep the worker from fetching, or delay a poll, until the clock
// catches up.
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS } from '../../../src/core/poll-policy';
import type { StatusServer } from '../../server';
import { startWorker, storedSnapshot, useStatusServer, type Clock } from './harness';

const DAY_MS = 24 * 60 * 60_000;
const T0 = Date.parse('2026-11-23T10:00:00Z');
let server: StatusServer;
const clock: Clock = { now: T0 };

useStatusServer(clock, (started) => (server = started));

const paths = () => server.stats().requests.map((r) => r.path.replace('/api/v2/', ''));
const self = { id: fakeBrowser.runtime.id };

describe('after the clock went back a day', () => {
  it('a forced history refresh fetches incidents.json instead of serving storage until the clock catches up', async () => {
    const worker = startWorker(server, clock);
    await worker.onMessage({ type: 'getHistory', payload: {} }, self);
    clock.now -= DAY_MS;
    await worker.onMessage({ type: 'getHistory', payload: { force: true } }, self);
    expect(paths().filter((p) => p === 'incidents.json')).toHaveLength(2);
  });

  it('history of unknown age is not served as fresh, even without force', async () => {
    const worker = startWorker(server, clock);
    await worker.onMessage({ type: 'getHistory', payload: {} }, self);
    clock.now -= DAY_MS;
    await worker.onMessage({ type: 'getHistory', payload: {} }, self);
    expect(paths().filter((p) => p === 'incidents.json')).toHaveLength(2);
  });

  it('without validators, the full summary is fetched again rather than trusting the probe until the clock catches up', async () => {
    const worker = startWorker(server, clock, { withoutValidators: true });
    await worker.pollNow();
    clock.now -= DAY_MS;
    for (let minute = 0; minute < 3; minute++) {
      await worker.pollNow();
      clock.now += 60_000;
    }
    // The full summary at once (its age is unknown), then the probe, trusted again for 10 minutes.
    expect(paths()).toEqual(['summary.json', 'summary.json', 'status.json', 'status.json']);
  });

  it('the Refresh button polls, instead of taking the "future" last check for a poll that just finished', async () => {
    const worker = startWorker(server, clock);
    await worker.pollNow();
    clock.now -= DAY_MS;
    expect(await worker.onMessage({ type: 'refresh', payload: {} }, self)).toEqual({ ok: true });
    expect(paths()).toEqual(['summary.json', 'summary.json']);
    expect((await storedSnapshot()).checkedAt).toBe(clock.now);
  });

  it('a Retry-After stamped before the jump delays polling by at most the Retry-After cap, not a day', async () => {
    server.setFault('*', { kind: 'rate-limit', retryAfterSeconds: 3600 });
    const worker = startWorker(server, clock);
    await worker.pollNow();
    const before = paths().length;
    server.setFault('*', null);
    clock.now -= DAY_MS;
    await worker.pollNow();
    // The stamp lies further ahead than any Retry-After we honour: it predates the jump, so we poll.
    expect(paths().length).toBeGreaterThan(before);
    expect((await storedSnapshot()).error).toBeNull();
    const alarm = await fakeBrowser.alarms.get('poll');
    expect(alarm!.scheduledTime - clock.now).toBeLessThanOrEqual(MAX_RETRY_AFTER_MS);
  });

  it('a Retry-After within reach is still honoured to the minute', async () => {
    server.setFault('*', { kind: 'rate-limit', retryAfterSeconds: 300 });
    const worker = startWorker(server, clock);
    await worker.pollNow();
    const before = paths().length;
    clock.now -= 2 * 60_000;
    await worker.pollNow();
    expect(paths().length).toBe(before);
    const alarm = await fakeBrowser.alarms.get('poll');
    expect(alarm!.scheduledTime - clock.now).toBe(7 * 60_000);
  });
});
