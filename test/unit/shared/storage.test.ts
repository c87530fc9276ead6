import { describe, expect, it } from 'vitest';
import { sessionRecord } from '../../../src/shared/session-storage';
import {
  emptySnapshot,
  notifiedRecord,
  readSessionDismissed,
  readSessionFrame,
  readSnapshotFrame,
  sessionDismissedRecord,
  snapshotRecord,
} from '../../../src/shared/storage';
import { historyRecord, initialPollState, pollRecord } from '../../../src/shared/worker-storage';
import { p0Data, p0Final, snapshotOf } from '../content/support';

const T0 = Date.parse('2026-05-22T12:00:00Z');

/** A deep copy with one path replaced, for "one field wrong" cases. */
function withPath(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

describe('snapshot record', () => {
  const good = snapshotOf(p0Data(3), T0, { recentlyResolved: [{ ...p0Final(), seenResolvedAt: T0 }] });

  it('reads a valid snapshot back unchanged', () => {
    expect(snapshotRecord.read(structuredClone(good))).toEqual(good);
  });

  it.each([
    ['a component status the code does not know', ['data', 'components', 0, 'status'], 'melting'],
    ['an indicator that is no level', ['data', 'indicator'], 'none'],
    ['incidents that are not a list', ['data', 'incidents'], { 0: 'x' }],
    ['an incident without its models', ['data', 'incidents', 0, 'models'], undefined],
    ['an update body that is not text', ['data', 'incidents', 0, 'updates', 0, 'body'], 42],
    ['maintenances without the upcoming list', ['data', 'maintenances', 'upcoming'], null],
    ['a failure count that is not a number', ['consecutiveFailures'], '0'],
    ['an error of a kind the code does not know', ['error'], { kind: 'boom', detail: '', at: 1 }],
    ['a fetch time that is text', ['fetchedAt'], '2026-05-22'],
  ])('is empty (unknown) when it has %s', (_, path, value) => {
    expect(snapshotRecord.read(withPath(good, path, value))).toEqual(emptySnapshot());
  });

  it('drops only the malformed recently resolved entries', () => {
    const raw = withPath(good, ['recentlyResolved'], [p0Final(), { id: 'half' }, 'x']);
    expect(snapshotRecord.read(raw).recentlyResolved).toEqual([p0Final()]);
    expect(snapshotRecord.read(raw).data).toEqual(good.data);
  });

  it('the banner reads the same key (the literal its controller watches), checking only the frame', () => {
    expect(snapshotRecord.key).toBe('snapshot.v1');
    for (const raw of [undefined, null, 'x', 42, { data: null }])
      expect(readSnapshotFrame(raw)).toEqual(emptySnapshot());
  });
});

describe('poll, notified and history records', () => {
  it('poll state keeps the good fields when one is bad', () => {
    const raw = { origin: 42, notBefore: T0, summaryAt: 'soon', validators: { a: { etag: 'x' }, b: 'y' } };
    expect(pollRecord.read(raw)).toEqual({ ...initialPollState(), notBefore: T0, validators: { a: { etag: 'x' } } });
  });

  it('the notification log keeps entries with a time only', () => {
    expect(notifiedRecord.read({ a: { at: 1, shown: false, level: 'minor' }, b: { at: 'x' }, c: 3 })).toEqual({
      a: { at: 1, shown: false, level: 'minor' },
    });
  });

  it('a malformed stored history is absent, so the worker fetches it again', () => {
    const good = { fetchedAt: T0, incidents: [p0Final()], validators: { 'https://x/': { etag: 'W/"1"' } } };
    expect(historyRecord.read(structuredClone(good))).toEqual(good);
    expect(historyRecord.read({ ...good, incidents: [{ id: 'x' }] })).toBeNull();
    expect(historyRecord.read({ ...good, fetchedAt: null })).toBeNull();
    expect(historyRecord.read(undefined)).toBeNull();
  });
});

describe('session records the claude.ai banner reads', () => {
  const state = {
    window: [{ start: 1_800_000_000_000, counts: { api: { success: 7, serverError: 5, rateLimited: 0, other: 0 } } }],
    signal: { on: true, episode: { firstErrorAt: T0, onAt: T0 + 60_000, endedAt: null }, clearedAt: 0 },
  };

  it('the frame reader passes what the worker wrote and refuses what is not a session record', () => {
    expect(readSessionFrame(state)).toBe(state);
    const initial = sessionRecord.read(undefined);
    for (const raw of [undefined, null, 'x', [], { window: 'x', signal: state.signal }, { window: [] }])
      expect(readSessionFrame(raw)).toEqual(initial);
  });

  it('a dismissal is one episode start, a number, or nothing', () => {
    expect(sessionDismissedRecord.key).toBe('sessionDismissed.v1');
    expect(readSessionDismissed(T0)).toBe(T0);
    for (const raw of [undefined, null, '1', Number.NaN, Infinity, { onAt: T0 }])
      expect(readSessionDismissed(raw)).toBeNull();
  });
});
