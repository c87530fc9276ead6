// Stored stamps come from the device clock, which can go back (manual change, NTP correction, a restored
// VM). A stamp "in the future" then makes "now - stamp" negative, which every "less than N ago" check reads
// as "just now", and "stamp - now" large, which every "wait until" check reads as "much longer": both stay
// wrong until the clock catches up. Every such comparison goes through these helpers.

/**
 * How far "in the future" a stamp may lie and still count as just now: a view's clock ticks every 30 s, so
 * it can read a little before the poll it shows. Further ahead, the clock went back after the stamp.
 */
export const CLOCK_SKEW_TOLERANCE_MS = 60_000;

/**
 * Ms elapsed since `at` (never negative), or null when nobody can tell: `at` lies "in the future" beyond
 * the tolerance, or is not a number. Callers treat null as "long ago", never as "just now".
 */
export function elapsedMs(at: number, now: number): number | null {
  const age = now - at;
  // Written as a negation so a NaN counts as unknown rather than recent.
  if (!(age >= -CLOCK_SKEW_TOLERANCE_MS)) return null;
  return Math.max(0, age);
}

/** True only when `at` is known to lie less than `windowMs` ago; a stamp of unknown age is not recent. */
export function isRecent(at: number, now: number, windowMs: number): boolean {
  const age = elapsedMs(at, now);
  return age !== null && age < windowMs;
}

/**
 * Ms left until `until` (0 once it passed). `maxAheadMs` is the furthest ahead anyone sets such a stamp;
 * one further ahead than that was set before the clock went back, so its wait is over (0) instead of
 * lasting as long as the clock went back.
 */
export function remainingMs(until: number, now: number, maxAheadMs: number): number {
  const left = until - now;
  // Written as a negation so a NaN stamp is over rather than endless.
  if (!(left > 0)) return 0;
  return left > maxAheadMs + CLOCK_SKEW_TOLERANCE_MS ? 0 : left;
}
