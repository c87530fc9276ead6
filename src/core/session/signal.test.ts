import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runs } from '../../../test/unit/property-runs';
import { classifyStatus, type RequestKind } from './classify';
import { countOne, emptyCounts } from './counts';
import { decideSignal, leadTime, QUIET_TO_CLEAR_MS, shouldRaise, succeedingAgain } from './signal';
import { initialSignal, readSignal, type SessionSignal } from './signal-record';
import type { SessionWindow } from './window';
import { mergeCounts, pruneWindow } from './window-update';

const T0 = Date.UTC(2026, 4, 22, 12, 0, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

interface Request {
  at: number;
  status: number;
  kind?: RequestKind;
}

interface Step {
  at: number;
  signal: SessionSignal;
  window: SessionWindow;
  /** The requests the decision had been told of, in the order it was told. */
  seen: readonly Request[];
}

/** Feeds requests in time order, deciding after each one and every 10 s in between, as the worker does. */
function run(requests: readonly Request[], until?: number): Step[] {
  const sorted = [...requests].sort((a, b) => a.at - b.at);
  const end = until ?? (sorted.at(-1)?.at ?? T0) + 6 * MINUTE;
  let window: SessionWindow = [];
  let signal = initialSignal();
  const steps: Step[] = [];
  let next = 0;
  for (let at = T0; at <= end; at += 10 * SECOND) {
    while (next < sorted.length && sorted[next]!.at <= at) {
      const request = sorted[next++]!;
      const counted = countOne(emptyCounts(), request.kind ?? 'api', classifyStatus(request.status));
      window = mergeCounts(window, counted, request.at, at);
      signal = decideSignal(signal, window, at);
      steps.push({ at, signal, window, seen: sorted.slice(0, next) });
    }
    window = pruneWindow(window, at);
    signal = decideSignal(signal, window, at);
    steps.push({ at, signal, window, seen: sorted.slice(0, next) });
  }
  return steps;
}

const onAt = (steps: Step[]) => steps.find((step) => step.signal.on)?.at ?? null;
const everOn = (steps: Step[]) => onAt(steps) !== null;
const final = (steps: Step[]) => steps.at(-1)!.signal;

/** The app's background traffic: a status poll and a telemetry batch answering 200. */
function healthyTraffic(from: number, to: number, everyMs = 10 * SECOND): Request[] {
  const requests: Request[] = [];
  for (let at = from; at < to; at += everyMs) requests.push({ at, status: 200 });
  return requests;
}

describe('turning on', () => {
  test('a healthy session never raises the signal', () => {
    expect(everOn(run(healthyTraffic(T0, T0 + 20 * MINUTE, 1000)))).toBe(false);
  });

  test('three server errors at 30% or more raise it', () => {
    const steps = run([
      ...healthyTraffic(T0, T0 + MINUTE, 10 * SECOND),
      { at: T0 + 61 * SECOND, status: 500 },
      { at: T0 + 70 * SECOND, status: 529 },
      { at: T0 + 78 * SECOND, status: 503 },
    ]);
    expect(onAt(steps)).toBe(T0 + 80 * SECOND);
  });

  test('a single transient 500 never raises it, however few requests there are', () => {
    expect(everOn(run([{ at: T0 + SECOND, status: 500 }]))).toBe(false);
    expect(
      everOn(
        run([
          { at: T0, status: 200 },
          { at: T0 + SECOND, status: 500 },
        ]),
      ),
    ).toBe(false);
  });

  test('two server errors alone are not enough', () => {
    expect(
      everOn(
        run([
          { at: T0 + SECOND, status: 500 },
          { at: T0 + 2 * SECOND, status: 500 },
        ]),
      ),
    ).toBe(false);
  });

  test('three errors drowned in healthy polls stay below 30% over all requests', () => {
    const requests = [
      ...healthyTraffic(T0, T0 + 5 * MINUTE, SECOND),
      { at: T0 + 60 * SECOND, status: 500 },
      { at: T0 + 120 * SECOND, status: 500 },
      { at: T0 + 180 * SECOND, status: 500 },
    ];
    expect(everOn(run(requests))).toBe(false);
  });

  test('failing sends raise it even while 1 s status polls answer 200 (the dilution case)', () => {
    const requests: Request[] = [
      ...healthyTraffic(T0, T0 + 5 * MINUTE, SECOND),
      { at: T0 + 30 * SECOND, status: 200, kind: 'send' },
      { at: T0 + 60 * SECOND, status: 529, kind: 'send' },
      { at: T0 + 68 * SECOND, status: 529, kind: 'send' },
      { at: T0 + 76 * SECOND, status: 529, kind: 'send' },
    ];
    const steps = run(requests);
    expect(onAt(steps)).toBe(T0 + 80 * SECOND);
    // The first error's bucket ends at T0 + 90 s, after the decision: capped at the decision time.
    expect(steps.find((s) => s.signal.on)!.signal.episode!.firstErrorAt).toBe(T0 + 80 * SECOND);
  });

  test('rate limits alone never raise it, even with nothing else', () => {
    const requests = Array.from({ length: 50 }, (_, i) => ({
      at: T0 + i * SECOND,
      status: 429,
      kind: 'send' as const,
    }));
    expect(everOn(run(requests))).toBe(false);
  });

  test('offline (status 0) and other 4xx never raise it and never dilute it', () => {
    const offline = Array.from({ length: 50 }, (_, i) => ({ at: T0 + i * SECOND, status: i % 2 ? 0 : 404 }));
    expect(everOn(run(offline))).toBe(false);
    const errors = [500, 500, 500].map((status, i) => ({ at: T0 + 60 * SECOND + i * SECOND, status }));
    expect(everOn(run([...offline, ...errors]))).toBe(true);
  });
});

describe('turning off', () => {
  const outage = [
    ...healthyTraffic(T0, T0 + MINUTE),
    { at: T0 + 61 * SECOND, status: 500 },
    { at: T0 + 62 * SECOND, status: 500 },
    { at: T0 + 63 * SECOND, status: 500 },
  ];

  test('clears after 2 minutes of successes with no server error', () => {
    const recovered = healthyTraffic(T0 + 70 * SECOND, T0 + 10 * MINUTE);
    const steps = run([...outage, ...recovered]);
    const off = steps.find((s, i) => i > 0 && steps[i - 1]!.signal.on && !s.signal.on)!;
    // The last error's bucket ends at T0 + 90 s; two quiet minutes after that.
    expect(off.at).toBe(T0 + 90 * SECOND + QUIET_TO_CLEAR_MS);
    expect(off.signal.episode?.endedAt).toBe(off.at);
    expect(final(steps).on).toBe(false);
  });

  test('stays on while errors continue, even when their share drops below 30%', () => {
    const continuing = [
      ...healthyTraffic(T0 + 70 * SECOND, T0 + 6 * MINUTE, 2 * SECOND),
      ...[100, 160, 220, 280, 340].map((s) => ({ at: T0 + s * SECOND, status: 500 })),
    ];
    const steps = run([...outage, ...continuing], T0 + 6 * MINUTE);
    expect(steps.filter((s) => s.at > T0 + 70 * SECOND).every((s) => s.signal.on)).toBe(true);
  });

  test('without any request, the signal ends when its errors leave the window', () => {
    const steps = run([...outage], T0 + 10 * MINUTE);
    expect(final(steps).on).toBe(false);
  });

  test('after clearing, the old errors still in the window do not raise it again', () => {
    const recovered = healthyTraffic(T0 + 70 * SECOND, T0 + 4 * MINUTE, 20 * SECOND);
    const oneMore = { at: T0 + 4 * MINUTE, status: 500 };
    const steps = run([...outage, ...recovered, oneMore], T0 + 4 * MINUTE + 30 * SECOND);
    expect(final(steps).on).toBe(false);
  });
});

describe('properties', () => {
  const requestArb = (statuses: fc.Arbitrary<number>) =>
    fc.record({
      at: fc.integer({ min: T0, max: T0 + 12 * MINUTE }),
      status: statuses,
      kind: fc.constantFrom<RequestKind>('api', 'send'),
    });
  const anyStatus = fc.oneof(fc.constantFrom(200, 204, 302, 401, 403, 404, 409, 429, 0, 500, 502, 503, 529));

  test('429s, 4xx, status 0 and successes alone never raise the signal', () => {
    fc.assert(
      fc.property(
        fc.array(requestArb(fc.constantFrom(200, 204, 0, 401, 403, 404, 409, 413, 429)), { maxLength: 80 }),
        (requests) => {
          expect(everOn(run(requests))).toBe(false);
        },
      ),
      runs(60),
    );
  });

  test('at most one server error never raises the signal', () => {
    fc.assert(
      fc.property(
        fc.array(requestArb(fc.constantFrom(200, 0, 404, 429)), { maxLength: 60 }),
        requestArb(fc.constantFrom(500, 529)),
        (requests, error) => {
          expect(everOn(run([...requests, error]))).toBe(false);
        },
      ),
      runs(60),
    );
  });

  test('no flapping: every turn-on follows 3 server errors seen after the previous turn-off, every turn-off 2 quiet minutes', () => {
    fc.assert(
      fc.property(fc.array(requestArb(anyStatus), { maxLength: 120 }), (requests) => {
        const steps = run(requests);
        for (let i = 1; i < steps.length; i++) {
          const [before, after] = [steps[i - 1]!.signal, steps[i]!.signal];
          if (!before.on && after.on) {
            const since = before.clearedAt;
            const errors = steps[i]!.seen.filter((r) => r.status >= 500 && r.at >= since - 30 * SECOND).length;
            expect(errors).toBeGreaterThanOrEqual(3);
          }
          if (before.on && !after.on) {
            // Only what the decision had been told: an error reported right after it is a new one.
            const lastError = Math.max(...steps[i]!.seen.filter((r) => r.status >= 500).map((r) => r.at));
            expect(steps[i]!.at - lastError).toBeGreaterThanOrEqual(QUIET_TO_CLEAR_MS);
          }
        }
      }),
      runs(60),
    );
  });

  test('an error reported right after a decision to clear is a new error, not a flap (found by the property above)', () => {
    const steps = run([
      { at: T0, status: 502 },
      { at: T0, status: 500 },
      { at: T0, status: 502 },
      { at: T0 + 150_001, status: 200 },
      { at: T0 + 150_002, status: 502 },
    ]);
    const cleared = steps.findIndex((step, i) => i > 0 && steps[i - 1]!.signal.on && !step.signal.on);
    expect(steps[cleared]!.seen.map((r) => r.status)).toEqual([502, 500, 502, 200]);
    expect(steps.slice(cleared).some((step) => step.signal.on)).toBe(false);
  });

  test('monotonic: more server errors never lower the decision, more successes never raise it', () => {
    fc.assert(
      fc.property(
        fc.nat(40),
        fc.nat(10),
        fc.nat(10),
        fc.nat(10),
        fc.boolean(),
        (success, serverError, rateLimited, extra, addErrors) => {
          const window = (s: number, e: number) => [
            {
              start: T0,
              counts: { api: { success: s, serverError: e, rateLimited, other: 3 }, send: emptyCounts().send },
            },
          ];
          const before = shouldRaise(window(success, serverError));
          if (addErrors) {
            if (before) expect(shouldRaise(window(success, serverError + extra))).toBe(true);
          } else if (!before) expect(shouldRaise(window(success + extra, serverError))).toBe(false);
        },
      ),
      runs(100),
    );
  });

  test('the stored signal always reads back as itself', () => {
    fc.assert(
      fc.property(fc.array(requestArb(anyStatus), { maxLength: 60 }), (requests) => {
        for (const step of run(requests))
          expect(readSignal(JSON.parse(JSON.stringify(step.signal)))).toEqual(step.signal);
      }),
      runs(20),
    );
  });
});

describe('lead time', () => {
  const on: SessionSignal = {
    on: true,
    episode: { firstErrorAt: T0, onAt: T0 + MINUTE, endedAt: null },
    clearedAt: 0,
  };

  test('an incident posted while the signal is on: how much earlier the session saw errors', () => {
    expect(leadTime(on, T0 + 23 * MINUTE)).toBe(23 * MINUTE);
  });

  test('up to 30 minutes after the signal ended, not later', () => {
    const ended = { ...on, on: false, episode: { ...on.episode!, endedAt: T0 + 10 * MINUTE } };
    expect(leadTime(ended, T0 + 40 * MINUTE)).toBe(40 * MINUTE);
    expect(leadTime(ended, T0 + 40 * MINUTE + 1)).toBeNull();
  });

  test('nothing when the page was first or the session never saw errors', () => {
    expect(leadTime(on, T0 - MINUTE)).toBeNull();
    expect(leadTime(on, T0)).toBeNull();
    expect(leadTime(initialSignal(), T0)).toBeNull();
    expect(leadTime(on, Number.NaN)).toBeNull();
  });
});

test('garbage in storage reads as the initial signal', () => {
  for (const raw of [null, 'on', { on: true }, { on: true, episode: null, clearedAt: 0 }, { on: 'yes', clearedAt: 0 }])
    expect(readSignal(raw)).toEqual(initialSignal());
});

describe('succeeding again', () => {
  const at = (window: SessionWindow, offset: number, status: number) =>
    mergeCounts(window, countOne(emptyCounts(), 'api', classifyStatus(status)), T0 + offset, T0 + offset);
  test('needs a success after the last server error', () => {
    let window = at([], 0, 200);
    expect(succeedingAgain(window)).toBe(true);
    window = at(window, 30 * SECOND, 500);
    expect(succeedingAgain(window)).toBe(false);
    // In the same bucket as the error: not known to be after it.
    expect(succeedingAgain(at(window, 31 * SECOND, 200))).toBe(false);
    expect(succeedingAgain(at(window, 61 * SECOND, 200))).toBe(true);
    expect(succeedingAgain(at(window, 61 * SECOND, 429))).toBe(false);
    expect(succeedingAgain([])).toBe(false);
  });
});
