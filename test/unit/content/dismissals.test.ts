import { describe, expect, it } from 'vitest';
import { componentsKey } from '../../../src/core/banner';
import { isDismissed, pruneDismissed, withDismissal } from '../../../src/core/dismissals';
import { readDismissed } from '../../../src/shared/storage';
import { healthyData, p0Data, P0_ID } from './support';

describe('readDismissed', () => {
  it('keeps well-formed entries only', () => {
    expect(
      readDismissed({
        a: { level: 'major', at: 5 },
        b: { level: 3, at: 5 },
        c: 'major',
        d: null,
        e: { level: 'minor' },
      }),
    ).toEqual({ a: { level: 'major', at: 5 } });
  });

  it('reads anything else as empty', () => {
    for (const raw of [undefined, null, 'x', 42, [{ level: 'major', at: 1 }]]) expect(readDismissed(raw)).toEqual({});
  });
});

describe('isDismissed', () => {
  const log = { x: { level: 'major', at: 1 } };
  it('holds at the same or a better level and breaks on escalation', () => {
    expect(isDismissed(log, 'x', 'minor')).toBe(true);
    expect(isDismissed(log, 'x', 'major')).toBe(true);
    expect(isDismissed(log, 'x', 'critical')).toBe(false);
  });
  it('is per key', () => {
    expect(isDismissed(log, 'y', 'minor')).toBe(false);
    expect(isDismissed(log, 'toString', 'minor')).toBe(false);
  });
});

describe('withDismissal', () => {
  it('records the level and time without touching the input', () => {
    const before = { a: { level: 'minor', at: 1 } };
    expect(withDismissal(before, 'b', 'major', 9)).toEqual({
      a: { level: 'minor', at: 1 },
      b: { level: 'major', at: 9 },
    });
    expect(before).toEqual({ a: { level: 'minor', at: 1 } });
  });
});

describe('pruneDismissed', () => {
  it('drops incidents no longer open and keeps open ones', () => {
    const log = { [P0_ID]: { level: 'major', at: 1 }, gone123: { level: 'minor', at: 1 } };
    expect(pruneDismissed(log, p0Data(5))).toEqual({ [P0_ID]: { level: 'major', at: 1 } });
    expect(pruneDismissed(log, healthyData())).toEqual({});
  });

  it('keeps component keys while one of their components is degraded', () => {
    const key = componentsKey(['rwppv331jlwc', 'k8w3r06qmzrp']);
    const log = { [key]: { level: 'major', at: 1 } };
    expect(pruneDismissed(log, p0Data(5))).toBe(log);
    expect(pruneDismissed(log, healthyData())).toEqual({});
  });

  it('returns the same object when nothing goes', () => {
    const log = { [P0_ID]: { level: 'major', at: 1 } };
    expect(pruneDismissed(log, p0Data(5))).toBe(log);
  });
});
