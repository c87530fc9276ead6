// The on/off decision of the session signal: pure, with time as a parameter, so every rule is testable
// without a browser or a clock.
//
// Why these numbers (see docs/session-signal.md):
// - On at >= 3 server errors that are >= 30% of the answered requests in 5 minutes. One transient 500
//   (the app retries and the retry succeeds) is 1 error: never enough. Three at 30% is what a failing
//   send path produces within a minute (the app retries a failed send twice more, about 8 s apart).
// - The ratio is taken over all API requests and, separately, over message sends alone: the 1 s status
//   polls and the telemetry batches keep answering 200 while sends fail and would dilute the first ratio.
//   Either ratio may raise the signal, each only with 3 server errors of its own.
// - "Answered" counts success, server error and rate-limited. Status 0 (offline, aborted) and other 4xx
//   are ignored entirely: they neither raise the signal nor dilute it. 429 dilutes but never raises.
// - Off once no server error was seen for 2 minutes and a request succeeded since: recovery is shown only
//   when it is seen. With no requests at all, the signal ends when its last error leaves the 5-minute window.
// - No flapping: once off, only errors seen after that moment count towards turning on again.
import { BUCKET_MS, bucketStart, sumWindow, type SessionWindow } from './window';
import type { ClassCounts } from './counts';
import type { SessionSignal } from './signal-record';

export const MIN_SERVER_ERRORS = 3;
export const MIN_ERROR_RATIO = 0.3;
export const QUIET_TO_CLEAR_MS = 2 * 60_000;
/** An incident posted this long after the signal ended still gets a lead-time record. */
export const LEAD_GRACE_MS = 30 * 60_000;

const answered = (counts: ClassCounts): number => counts.success + counts.serverError + counts.rateLimited;

function raises(counts: ClassCounts): boolean {
  const total = answered(counts);
  return counts.serverError >= MIN_SERVER_ERRORS && total > 0 && counts.serverError / total >= MIN_ERROR_RATIO;
}

/** True when the requests counted in the window (from `from` on) are enough to turn the signal on. */
export function shouldRaise(window: SessionWindow, from = -Infinity): boolean {
  const sum = sumWindow(window, from);
  return raises(sum.api) || raises(sum.send);
}

/** The first error of the run of errors that ends with the newest one (gaps shorter than the quiet time). */
function firstErrorOfRun(window: SessionWindow, from: number, now: number): number {
  const errorStarts = window
    .filter((bucket) => bucket.start >= from && bucket.counts.api.serverError > 0)
    .map((b) => b.start);
  let first = errorStarts[errorStarts.length - 1] ?? bucketStart(now);
  for (let i = errorStarts.length - 2; i >= 0; i--) {
    if (first - (errorStarts[i]! + BUCKET_MS) >= QUIET_TO_CLEAR_MS) break;
    first = errorStarts[i]!;
  }
  return Math.min(first + BUCKET_MS, now);
}

/** True while on: recovered (quiet for 2 min with a success since the last error) or nothing left. */
function shouldClear(window: SessionWindow, now: number): boolean {
  const errorBuckets = window.filter((bucket) => bucket.counts.api.serverError > 0);
  const last = errorBuckets[errorBuckets.length - 1];
  if (!last) return true;
  const quietFor = now - (last.start + BUCKET_MS);
  return quietFor >= QUIET_TO_CLEAR_MS && succeedingAgain(window);
}

/** True when the newest answers in the window include a success after its last server error. */
export function succeedingAgain(window: SessionWindow): boolean {
  const lastError = window.findLast((bucket) => bucket.counts.api.serverError > 0)?.start ?? -Infinity;
  return window.some((bucket) => bucket.start > lastError && bucket.counts.api.success > 0);
}

/** The next state of the signal, given the window (already pruned to `now`). */
export function decideSignal(previous: SessionSignal, window: SessionWindow, now: number): SessionSignal {
  if (previous.on) {
    if (!shouldClear(window, now)) return previous;
    const episode = previous.episode ? { ...previous.episode, endedAt: now } : null;
    return { on: false, episode, clearedAt: now };
  }
  const from = bucketStart(previous.clearedAt);
  if (!shouldRaise(window, from)) return previous;
  return {
    on: true,
    episode: { firstErrorAt: firstErrorOfRun(window, from, now), onAt: now, endedAt: null },
    clearedAt: previous.clearedAt,
  };
}

/**
 * How much earlier the session saw errors than the status page posted an incident, or null when the
 * signal was not on when it was posted (nor ended less than 30 minutes before), or saw nothing earlier.
 */
export function leadTime(signal: SessionSignal, postedAt: number): number | null {
  const episode = signal.episode;
  if (!episode || !Number.isFinite(postedAt)) return null;
  if (episode.endedAt !== null && postedAt > episode.endedAt + LEAD_GRACE_MS) return null;
  const lead = postedAt - episode.firstErrorAt;
  return lead > 0 ? lead : null;
}
