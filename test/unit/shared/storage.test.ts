import { describe, expect, it } from 'vitest';
import {
  dismissedRecord,
  emptySnapshot,
  historyRecord,
  initialPollState,
  KEYS,
  load,
  notifiedRecord,
  pollRecord,
  save,
  settingsRecord,
  snapshotRecord,
  type StorageArea,
} from '../../../src/shared/storage';
import { defaultSettings } from '../../../src/shared/settings';
import { p0Data, p0Final, snapshotOf } from '../content/support';

const T0 = Date.parse('2026-05-22T12:00:00Z');

class MapArea implements StorageArea {
  readonly data = new Map<string, unknown>();
  async get(keys: string | string[] | null) {
    const wanted = keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(wanted.filter((key) => this.data.has(key)).map((key) => [key, this.data.get(key)]));
  }
  async set(items: Record<string, unknown>) {
    for (const [key, value] of Object.entries(items)) this.data.set(key, structuredClone(value));
  }
}

/** A deep copy with one path replaced, for "one field wrong" cases. */
function withPath(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

describe('every stored record', () => {
  it('reads what was saved back unchanged, and its default when nothing is stored', async () => {
    const area = new MapArea();
    const snapshot = snapshotOf(p0Data(3), T0, { recentlyResolved: [{ ...p0Final(), seenResolvedAt: T0 }] });
    const history = { fetchedAt: T0, incidents: [p0Final()], validators: { 'https://x/': { etag: 'W/"1"' } } };
    const poll = { ...initialPollState(), origin: 'https://anthropic.statuspage.io', summaryAt: T0 };
    const notified = { k: { at: T0, shown: true, level: 'major' as const, incidentId: 'i', delivery: 'created' } };
    const dismissed = { i: { level: 'major', at: T0 } };

    expect(await load(area, snapshotRecord)).toEqual(emptySnapshot());
    expect(await load(area, settingsRecord)).toEqual(defaultSettings);
    expect(await load(area, pollRecord)).toEqual(initialPollState());
    expect(await load(area, notifiedRecord)).toEqual({});
    expect(await load(area, dismissedRecord)).toEqual({});
    expect(await load(area, historyRecord)).toBeNull();

    await save(area, snapshotRecord, snapshot);
    await save(area, historyRecord, history);
    await save(area, pollRecord, poll);
    await save(area, notifiedRecord, notified);
    await save(area, dismissedRecord, dismissed);
    expect(await load(area, snapshotRecord)).toEqual(snapshot);
    expect(await load(area, historyRecord)).toEqual(history);
    expect(await load(area, pollRecord)).toEqual(poll);
    expect(await load(area, notifiedRecord)).toEqual(notified);
    expect(await load(area, dismissedRecord)).toEqual(dismissed);
  });

  it('each have their own key', () => {
    const records = [snapshotRecord, settingsRecord, pollRecord, notifiedRecord, dismissedRecord, historyRecord];
    expect(records.map((record) => record.key).sort()).toEqual(Object.values(KEYS).sort());
  });
});

describe('snapshot', () => {
  const good = snapshotOf(p0Data(3), T0, { recentlyResolved: [p0Final()] });

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

  it('reads anything that is no record as empty', () => {
    for (const raw of [undefined, null, 'x', 42, [good]]) expect(snapshotRecord.read(raw)).toEqual(emptySnapshot());
  });
});

describe('poll state', () => {
  it('keeps the good fields when one is bad', () => {
    const raw = { origin: 42, notBefore: T0, summaryAt: 'soon', validators: { a: { etag: 'x' }, b: 'y' } };
    expect(pollRecord.read(raw)).toEqual({
      ...initialPollState(),
      notBefore: T0,
      validators: { a: { etag: 'x' } },
    });
  });
});

describe('dismissed and notified logs', () => {
  it('keep well-formed entries only', () => {
    expect(
      dismissedRecord.read({
        a: { level: 'major', at: 5 },
        b: { level: 3, at: 5 },
        c: 'major',
        d: null,
        e: { level: 'minor' },
      }),
    ).toEqual({ a: { level: 'major', at: 5 } });
    expect(notifiedRecord.read({ a: { at: 1, shown: false, level: 'minor' }, b: { at: 'x' }, c: 3 })).toEqual({
      a: { at: 1, shown: false, level: 'minor' },
    });
  });

  it('read anything else as empty', () => {
    for (const raw of [undefined, null, 'x', 42, [{ level: 'major', at: 1 }]]) {
      expect(dismissedRecord.read(raw)).toEqual({});
      expect(notifiedRecord.read(raw)).toEqual({});
    }
  });
});

describe('history', () => {
  it('is absent when the stored record is malformed, so the popup fetches it again', () => {
    const good = { fetchedAt: T0, incidents: [p0Final()], validators: {} };
    expect(historyRecord.read(good)).toEqual(good);
    expect(historyRecord.read({ ...good, incidents: [{ id: 'x' }] })).toBeNull();
    expect(historyRecord.read({ ...good, fetchedAt: null })).toBeNull();
  });
});
