// When to poll next. The CDN refreshes at most every ~10 s and the origin sits behind a WAF that challenged
// a 5-minute poller, so: never below 30 s, faster only while an incident is open, back off with jitter on
// failure (never sooner than the interval) so many browsers do not retry in lockstep, and never before a Retry-After.

import { DEFAULT_POLL_MS, MAX_POLL_MS, MIN_POLL_MS } from './poll-bounds';

/**
 * Poll interval while an incident is open (when the setting is slower): the alarm floor. At 60 s the badge
 * followed an update with a p95 of 63 s (npm run bench); at 30 s it is under 35 s, for about one conditional
 * request more per minute per browser, and only while an incident is open (most answer 304).
 */
export const INCIDENT_POLL_MS = 30_000;
/** A Retry-After longer than this is treated as this: a bogus header must not silence the extension for days. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

export interface PollDelayInput {
  /** The user's setting. */
  intervalMs: number;
  hasOpenIncident: boolean;
  consecutiveFailures: number;
  /** Milliseconds from now until Retry-After allows a poll (parseRetryAfter(...) - now), or null. */
  retryAfterMs: number | null;
  /** Uniform in [0, 1), from the caller (core reads no randomness). */
  random: number;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function nextPollDelay(input: PollDelayInput): number {
  const interval = Number.isFinite(input.intervalMs)
    ? clamp(input.intervalMs, MIN_POLL_MS, MAX_POLL_MS)
    : DEFAULT_POLL_MS;
  const base = input.hasOpenIncident ? Math.max(MIN_POLL_MS, Math.min(interval, INCIDENT_POLL_MS)) : interval;

  let delay = base;
  const failures = Number.isFinite(input.consecutiveFailures) ? Math.max(0, Math.floor(input.consecutiveFailures)) : 0;
  if (failures > 0) {
    // Jitter over [base, ceiling], the ceiling doubling per failure from twice the base: a failure never
    // brings the next poll sooner than the interval would have, so a 429 without Retry-After slows us down.
    // (Jitter from 30 s up gave a mean first retry of 165 s on a 5-minute interval.)
    // Math.min before the power keeps 2 ** 1000 from becoming Infinity * 0 = NaN.
    //
    // No quick retry of a network error, on purpose: the same poll already asks the fallback origin at once
    // (fetch-summary.ts), the worker polls as soon as the browser reports being online again, and the
    // views show "unknown" with the data's age right away, so a quick retry would buy little. What it would
    // cost: status pages fail under load exactly when an outage sends everyone to them, and every browser
    // retrying within seconds is the lockstep this jitter exists to prevent; a WAF that already challenged
    // a 5-minute poller would see two requests where one failed.
    const ceiling = Math.min(MAX_POLL_MS, base * 2 ** Math.min(failures, 30));
    const random = Number.isFinite(input.random) ? clamp(input.random, 0, 1) : 0.5;
    delay = base + random * Math.max(0, ceiling - base);
  }

  const retryAfter = input.retryAfterMs;
  if (retryAfter !== null && Number.isFinite(retryAfter))
    delay = Math.max(delay, Math.min(retryAfter, MAX_RETRY_AFTER_MS));
  return Math.round(Math.max(MIN_POLL_MS, delay));
}

const IMF_FIXDATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * Retry-After as the epoch ms before which not to poll (storable as a "not before"), or null. The header is
 * delta-seconds or an HTTP date in IMF-fixdate form, the one RFC 9110 requires senders to use (Date.parse
 * alone would read "5.5" as a date in 2001). A date in the past gives `now`; anything beyond
 * MAX_RETRY_AFTER_MS is capped there.
 */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  let at: number;
  if (/^\d+$/.test(value)) at = now + Number(value) * 1000;
  else if (IMF_FIXDATE.test(value)) at = Date.parse(value);
  else return null;
  return Number.isNaN(at) ? null : Math.min(Math.max(now, at), now + MAX_RETRY_AFTER_MS);
}
