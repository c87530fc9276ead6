import { expect, test, vi } from 'vitest';
import { countEntries, FLUSH_MS, startSessionObserver } from '../../../src/session-observer/observer';
import { sessionSignalEnabled, startSessionWatch } from '../../../src/session-observer/watch';
import { emptyCounts, type RequestCounts } from '../../../src/core/session/counts';
import { KEYS } from '../../../src/shared/storage';
import { FakeStorage } from '../fake-storage';

const ORIGIN = 'https://claude.ai';
const entry = (path: string, responseStatus?: number) => ({
  name: ORIGIN + path,
  responseStatus,
  initiatorType: 'fetch',
});
const SEND = '/api/organizations/4f2a/chat_conversations/9b1c/completion';

test('counts same-origin /api/ entries by class, sends apart, and nothing else', () => {
  const counts = countEntries(
    emptyCounts(),
    [
      entry(SEND, 529),
      entry('/api/organizations/4f2a/chat_conversations/9b1c/completion_status?poll=false', 200),
      entry('/api/event_logging/batch', 429),
      entry('/api/bootstrap'),
      entry('/new', 500),
      { name: 'https://cdn.example/api/x', responseStatus: 500 },
      { name: 42 },
      null,
    ],
    ORIGIN,
  );
  expect(counts).toEqual({
    api: { success: 1, serverError: 1, rateLimited: 1, other: 1 },
    send: { success: 0, serverError: 1, rateLimited: 0, other: 0 },
  });
});

function fakeObserverClass() {
  const instances: {
    callback: (list: { getEntries(): unknown[] }) => void;
    observed: unknown;
    disconnected: boolean;
  }[] = [];
  class FakeObserver {
    constructor(callback: (list: { getEntries(): unknown[] }) => void) {
      instances.push({ callback, observed: null, disconnected: false });
    }
    observe(options: unknown) {
      instances.at(-1)!.observed = options;
    }
    disconnect() {
      instances.at(-1)!.disconnected = true;
    }
  }
  return { FakeObserver, instances };
}

test('batches a burst into one report of numbers only, after FLUSH_MS', async () => {
  const { FakeObserver, instances } = fakeObserverClass();
  const reports: RequestCounts[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const observer = startSessionObserver({
    PerformanceObserver: FakeObserver,
    origin: ORIGIN,
    loading: true,
    report: async (counts) => void reports.push(counts),
    setTimer: (callback, ms) => timers.push({ callback, ms }),
    clearTimer: () => undefined,
  });
  expect(instances[0]!.observed).toEqual({ type: 'resource', buffered: true });
  instances[0]!.callback({ getEntries: () => [entry(SEND, 500), entry(SEND, 500)] });
  instances[0]!.callback({ getEntries: () => [entry('/api/x', 200)] });
  expect(timers).toHaveLength(1);
  expect(timers[0]!.ms).toBe(FLUSH_MS);
  timers[0]!.callback();
  expect(reports).toHaveLength(1);
  expect(JSON.stringify(reports)).not.toMatch(/claude|\/|4f2a|9b1c|completion/);
  expect(reports[0]!.send.serverError).toBe(2);
  observer.stop();
  expect(instances[0]!.disconnected).toBe(true);
});

/** The watch on a page still loading, its settings read from `area`; the observers it starts, in order. */
async function watchedPage(storage: FakeStorage, area = storage.area) {
  const { FakeObserver, instances } = fakeObserverClass();
  await startSessionWatch({
    PerformanceObserver: FakeObserver,
    origin: ORIGIN,
    loading: true,
    report: vi.fn(async () => undefined),
    storage: area,
    onChanged: storage.onChanged,
    onHide: () => undefined,
  });
  return instances;
}

test('off means no observer at all; turning it on later starts one, off again stops it', async () => {
  const storage = new FakeStorage({ [KEYS.settings]: { sessionSignal: false } });
  const instances = await watchedPage(storage);
  expect(instances).toHaveLength(0);
  await storage.external({ [KEYS.settings]: { sessionSignal: true } });
  expect(instances).toHaveLength(1);
  // The page's requests from while it was off stay uncounted: only new ones, though the page loaded at the start.
  expect(instances[0]!.observed).toEqual({ type: 'resource', buffered: false });
  await storage.external({ [KEYS.settings]: { sessionSignal: false } });
  expect(instances[0]!.disconnected).toBe(true);
  await storage.external({ [KEYS.settings]: { sessionSignal: true } });
  expect(instances[1]!.observed).toEqual({ type: 'resource', buffered: false });
});

test('a settings read that fails observes nothing, and a later switch on counts only new requests', async () => {
  const storage = new FakeStorage({});
  const unreadable = { ...storage.area, get: () => Promise.reject(new Error('the profile cannot be read')) };
  const instances = await watchedPage(storage, unreadable);
  expect(instances).toHaveLength(0);
  await storage.external({ [KEYS.settings]: { sessionSignal: true } });
  expect(instances).toHaveLength(1);
  // What the page requested while the setting could not be read stays uncounted.
  expect(instances[0]!.observed).toEqual({ type: 'resource', buffered: false });
});

test('the setting is on unless explicitly off', () => {
  expect(sessionSignalEnabled(undefined)).toBe(true);
  expect(sessionSignalEnabled({})).toBe(true);
  expect(sessionSignalEnabled({ sessionSignal: 'no' })).toBe(true);
  expect(sessionSignalEnabled({ sessionSignal: false })).toBe(false);
});

test('the observer script defaults to the shared settings default', async () => {
  const { defaultSettings } = await import('../../../src/shared/settings');
  expect(sessionSignalEnabled(undefined)).toBe(defaultSettings.sessionSignal);
});
