import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runs } from '../../test/unit/property-runs';
import { MAX_POLL_MS, MIN_POLL_MS } from './poll-bounds';
import { MAX_RETRY_AFTER_MS, nextPollDelay, parseRetryAfter, type PollDelayInput } from './poll-policy';

const S = 1000;
const MIN = 60 * S;
const base: PollDelayInput = {
  intervalMs: 5 * MIN,
  hasOpenIncident: false,
  consecutiveFailures: 0,
  retryAfterMs: null,
  random: 0.5,
};

/** Any input the policy may be handed, stored values gone wrong included (NaN, negative, huge). */
const anyInput = fc.record({
  intervalMs: fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double()),
  hasOpenIncident: fc.boolean(),
  consecutiveFailures: fc.oneof(fc.nat(1e6), fc.double()),
  retryAfterMs: fc.option(fc.oneof(fc.nat(), fc.double())),
  random: fc.oneof(fc.double({ min: 0, max: 1, maxExcluded: true }), fc.double()),
});

describe('nextPollDelay', () => {
  test.each<[string, Partial<PollDelayInput>, number]>([
    ['the setting', {}, 5 * MIN],
    ['clamped up to 30 s', { intervalMs: 5 * S }, 30 * S],
    ['clamped down to 15 min', { intervalMs: 60 * MIN }, 15 * MIN],
    ["a NaN setting → the default, 60 s, as the setting's", { intervalMs: Number.NaN }, 1 * MIN],
    ['open incident: 30 s, the alarm floor', { hasOpenIncident: true }, 30 * S],
    ['open incident with a 45 s setting: 30 s too', { hasOpenIncident: true, intervalMs: 45 * S }, 30 * S],
    ['open incident never below 30 s', { hasOpenIncident: true, intervalMs: 1 }, 30 * S],
    // Issue #15 item 10: one failure used to give full jitter over [30 s, 5 min], a mean retry of 165 s.
    ['1 failure, random 0 → the interval, never sooner', { consecutiveFailures: 1, random: 0 }, 5 * MIN],
    [
      '1 failure, random → 1: up to twice the base',
      { consecutiveFailures: 1, random: 0.999999 },
      5 * MIN + 0.999999 * 5 * MIN,
    ],
    ['2 failures: ceiling doubles', { consecutiveFailures: 2, random: 0.5 }, 5 * MIN + 0.5 * (15 * MIN - 5 * MIN)],
    [
      'many failures: capped at 15 min',
      { consecutiveFailures: 50, random: 0.999999 },
      5 * MIN + 0.999999 * (15 * MIN - 5 * MIN),
    ],
    ['absurd failure count', { consecutiveFailures: 1e9, random: 0.5 }, 5 * MIN + 0.5 * (15 * MIN - 5 * MIN)],
    [
      'a 15 min interval cannot back off further',
      { intervalMs: 15 * MIN, consecutiveFailures: 3, random: 0.9 },
      15 * MIN,
    ],
    [
      'failures during an incident back off from 30 s',
      { hasOpenIncident: true, consecutiveFailures: 2, random: 0.999999 },
      30 * S + 0.999999 * 90 * S,
    ],
    [
      'failures during an incident never retry before 30 s',
      { hasOpenIncident: true, consecutiveFailures: 1, random: 0 },
      30 * S,
    ],
    ['Retry-After later than the schedule wins', { retryAfterMs: 20 * MIN }, 20 * MIN],
    ['Retry-After earlier does not speed up', { retryAfterMs: 10 * S }, 5 * MIN],
    ['Retry-After beyond an hour is capped', { retryAfterMs: 48 * 60 * MIN }, 60 * MIN],
    ['Retry-After 0 still waits 30 s', { retryAfterMs: 0, intervalMs: 1 }, 30 * S],
  ])('%s', (_name, input, expected) => {
    expect(nextPollDelay({ ...base, ...input })).toBe(Math.round(expected));
  });

  test('property: always within [30 s, max(15 min, capped Retry-After)], an integer, never before Retry-After', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const delay = nextPollDelay(input);
        expect(Number.isInteger(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(MIN_POLL_MS);
        const retry =
          input.retryAfterMs !== null && Number.isFinite(input.retryAfterMs)
            ? Math.min(input.retryAfterMs, MAX_RETRY_AFTER_MS)
            : 0;
        expect(delay).toBeLessThanOrEqual(Math.max(MAX_POLL_MS, Math.ceil(retry)));
        expect(delay).toBeGreaterThanOrEqual(Math.floor(retry));
      }),
      runs(100),
    );
  });

  test('property: a failure never brings the next poll sooner than the interval would have been', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const healthy = nextPollDelay({ ...input, consecutiveFailures: 0 });
        expect(nextPollDelay(input)).toBeGreaterThanOrEqual(healthy);
      }),
      runs(100),
    );
  });

  test('property: more failures never bring the next poll sooner (same random draw)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 15 * 60 }),
        fc.boolean(),
        fc.nat(40),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (intervalSec, hasOpenIncident, failures, random) => {
          const at = (consecutiveFailures: number) =>
            nextPollDelay({
              intervalMs: intervalSec * S,
              hasOpenIncident,
              consecutiveFailures,
              retryAfterMs: null,
              random,
            });
          expect(at(failures + 1)).toBeGreaterThanOrEqual(at(failures));
        },
      ),
      runs(100),
    );
  });
});

describe('parseRetryAfter → epoch ms not to poll before', () => {
  const now = Date.parse('2026-09-27T15:00:00.000Z');
  test.each<[string | null, number | null]>([
    [null, null],
    ['120', now + 120 * S],
    [' 0 ', now],
    ['Sun, 27 Sep 2026 15:10:00 GMT', now + 10 * MIN],
    ['Sun, 27 Sep 2026 14:00:00 GMT', now], // in the past
    ['Mon, 27 Sep 2027 15:00:00 GMT', now + MAX_RETRY_AFTER_MS], // absurdly far
    ['9'.repeat(400), now + MAX_RETRY_AFTER_MS],
    ['5.5', null],
    ['-1', null],
    ['soon', null],
    ['2026-09-27T15:10:00Z', null],
    ['', null],
  ])('%j', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});
