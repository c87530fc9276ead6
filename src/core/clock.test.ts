import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runs } from '../../test/unit/property-runs';
import { CLOCK_SKEW_TOLERANCE_MS, elapsedMs, isRecent, remainingMs } from './clock';

const stamp = fc.integer({ min: 0, max: 2 ** 45 });
const shift = fc.integer({ min: -(2 ** 45), max: 2 ** 45 });
const span = fc.integer({ min: 1, max: 2 ** 32 });

describe('elapsedMs and isRecent', () => {
  test('a stamp is recent only while it lies between a minute "ahead" and the window ago, whatever the clock did', () => {
    fc.assert(
      fc.property(stamp, shift, span, (at, by, windowMs) => {
        const now = at + by;
        const age = elapsedMs(at, now);
        expect(age === null).toBe(by < -CLOCK_SKEW_TOLERANCE_MS);
        if (age !== null) expect(age).toBe(Math.max(0, by));
        expect(isRecent(at, now, windowMs)).toBe(by >= -CLOCK_SKEW_TOLERANCE_MS && by < windowMs);
      }),
      runs(100),
    );
  });

  test('the clock going back a day makes a stamp of unknown age, not "just now"', () => {
    const at = Date.parse('2026-12-01T12:00:00Z');
    expect(elapsedMs(at, at - 24 * 3_600_000)).toBeNull();
    expect(isRecent(at, at - 24 * 3_600_000, 10 * 60_000)).toBe(false);
  });

  test('NaN stamps and clocks are of unknown age', () => {
    expect(elapsedMs(Number.NaN, 0)).toBeNull();
    expect(elapsedMs(0, Number.NaN)).toBeNull();
    expect(isRecent(Number.NaN, 0, 60_000)).toBe(false);
  });
});

describe('remainingMs', () => {
  test('never more than the furthest anyone sets the stamp, never negative, whatever the clock did', () => {
    fc.assert(
      fc.property(stamp, shift, span, (until, by, maxAheadMs) => {
        const now = until - by;
        const left = remainingMs(until, now, maxAheadMs);
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left).toBeLessThanOrEqual(maxAheadMs + CLOCK_SKEW_TOLERANCE_MS);
        // Within reach the stamp is honoured to the millisecond; beyond it, the wait is over.
        expect(left).toBe(by > 0 && by <= maxAheadMs + CLOCK_SKEW_TOLERANCE_MS ? by : 0);
      }),
      runs(100),
    );
  });

  test('a one-hour wait stamped before the clock went back a day is over', () => {
    const until = Date.parse('2026-12-01T13:00:00Z');
    expect(remainingMs(until, until - 3_600_000, 3_600_000)).toBe(3_600_000);
    expect(remainingMs(until, until - 25 * 3_600_000, 3_600_000)).toBe(0);
  });

  test('NaN or endless stamps are over, not endless', () => {
    expect(remainingMs(Number.NaN, 0, 60_000)).toBe(0);
    expect(remainingMs(Number.POSITIVE_INFINITY, 0, 60_000)).toBe(0);
  });
});
