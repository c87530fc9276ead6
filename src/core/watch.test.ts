import { expect, test, vi } from 'vitest';
import { healthyData, makeIncident, NOW } from '../../test/unit/core-builders';
import type { Snapshot } from './types';
import { dueWatches, MAX_WATCH_MS, readWatchTarget, setWatch, type WatchFacts } from './watch';
import { MAX_WATCHED_INCIDENTS, noWatches, readWatches } from './watch-record';

vi.mock('./models', () => import('../../test/unit/fake-models'));

const open = makeIncident({ id: 'open1' });
const resolved = { ...makeIncident({ id: 'done1', status: 'resolved' }), seenResolvedAt: NOW };
const snapshot = (incidents = [open], recentlyResolved = [resolved]): Snapshot => ({
  data: { ...healthyData(), incidents },
  fetchedAt: NOW,
  checkedAt: NOW,
  origin: null,
  error: null,
  consecutiveFailures: 0,
  recentlyResolved,
});
const facts = (over: Partial<WatchFacts> = {}): WatchFacts => ({
  snapshot: snapshot(),
  level: 'operational',
  sessionRecovered: false,
  sessionObserved: true,
  now: NOW,
  ...over,
});
const watching = (...ids: string[]) =>
  ids.reduce((w, id) => setWatch(w, { kind: 'incident', id }, true, NOW - 1), noWatches());

test('an incident watch fires once the page marks it resolved, then is gone', () => {
  const watches = watching('open1', 'done1');
  const { fired, watches: left } = dueWatches(watches, facts());
  expect(fired).toEqual([{ kind: 'incident', incident: resolved }]);
  expect(left.incidents).toEqual({ open1: NOW - 1 });
  expect(dueWatches(left, facts()).fired).toEqual([]);
});

test('an incident still open is never reported fixed, even if an older copy is in recently resolved', () => {
  const reopened = { ...resolved, id: 'open1' };
  expect(dueWatches(watching('open1'), facts({ snapshot: snapshot([open], [reopened]) })).fired).toEqual([]);
});

test('the session watch needs both: requests succeeding again and the page operational', () => {
  const watches = setWatch(noWatches(), { kind: 'session' }, true, NOW);
  expect(dueWatches(watches, facts({ sessionRecovered: false })).fired).toEqual([]);
  for (const level of ['unknown', 'minor', 'maintenance'] as const)
    expect(dueWatches(watches, facts({ sessionRecovered: true, level })).fired, level).toEqual([]);
  // Switched off: nothing is observed any more, so the watch goes without a word.
  expect(dueWatches(watches, facts({ sessionObserved: false }))).toEqual({ fired: [], watches: noWatches() });
  const done = dueWatches(watches, facts({ sessionRecovered: true }));
  expect(done.fired).toEqual([{ kind: 'session' }]);
  expect(done.watches.session).toBeNull();
});

test('a watch that never fires is dropped after a week; a watch can be cancelled', () => {
  const watches = setWatch(watching('gone1'), { kind: 'session' }, true, NOW - MAX_WATCH_MS);
  const later = dueWatches(watches, facts({ now: NOW + MAX_WATCH_MS }));
  expect(later).toEqual({ fired: [], watches: noWatches() });
  const cancelled = setWatch(watching('open1'), { kind: 'incident', id: 'open1' }, false, NOW);
  expect(cancelled).toEqual(noWatches());
});

test('setting a watch twice keeps its first time; at most 20 incidents', () => {
  const once = watching('a1');
  expect(setWatch(once, { kind: 'incident', id: 'a1' }, true, NOW + 5)).toEqual(once);
  const full = watching(...Array.from({ length: MAX_WATCHED_INCIDENTS + 3 }, (_, i) => `i${i}`));
  expect(Object.keys(full.incidents)).toHaveLength(MAX_WATCHED_INCIDENTS);
});

test('targets from messages and stored watches are checked', () => {
  expect(readWatchTarget({ kind: 'incident', id: 'p0mgnjv3bj97' })).toEqual({ kind: 'incident', id: 'p0mgnjv3bj97' });
  expect(readWatchTarget({ kind: 'session', id: 'x' })).toEqual({ kind: 'session' });
  for (const bad of [
    null,
    'x',
    { kind: 'incident' },
    { kind: 'incident', id: '../x' },
    { kind: 'incident', id: 'a'.repeat(41) },
    { kind: 'other' },
  ])
    expect(readWatchTarget(bad), JSON.stringify(bad)).toBeNull();
  const raw = JSON.parse('{"incidents":{"ok1":5,"__proto__":1,"bad/id":2,"nan1":"x"},"session":"soon"}');
  expect(readWatches(raw)).toEqual({ incidents: { ok1: 5 }, session: null, log: [] });
  const log = [
    { key: 'incident:ok1', at: 1, delivery: 'created' },
    { key: 'https://claude.ai/x', at: 1, delivery: 'x' },
  ];
  expect(readWatches({ log }).log).toEqual([log[0]]);
  expect(readWatches(undefined)).toEqual(noWatches());
});
