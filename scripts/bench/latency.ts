// Detection latency over the simulated day: from a change on the status page to the poll that fetches it.
// A real day cannot run in a 6-minute benchmark, so the day runs on a simulated clock through the pure
// poll policy (the rule the worker schedules its alarm with), with the CDN's 10 s cache in front; the
// real-browser part (alarm fires → worker wakes → fetch → badge painted) is measured in Chromium and added.
import { isOpenIncident } from '../../src/core/level';
import { parseSummary } from '../../src/core/parse';
import { nextPollDelay, type PollDelayInput } from '../../src/core/poll-policy';
import type { ScenarioStep } from '../../test/server';
import type { DayPlan } from './network-day';
import { seededRandom } from './random';

/** The CDN caches the API for 10 s (max-age=10, s-maxage=10): a change reaches clients up to 10 s late. */
export const CDN_MAX_AGE_MS = 10_000;

export type Policy = (input: PollDelayInput) => number;

export const currentPolicy: Policy = nextPollDelay;
/** The 0.1.0 policy, the baseline: at most every 60 s while an incident is open (now 30 s, the alarm floor). */
export const incidentAt60s: Policy = (input) =>
  input.hasOpenIncident
    ? nextPollDelay({ ...input, hasOpenIncident: false, intervalMs: Math.min(input.intervalMs, 60_000) })
    : nextPollDelay(input);

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface LatencyResult {
  /** Seconds from the change on the origin to the badge showing it. */
  idle: Percentiles;
  incident: Percentiles;
  /** Polls (= requests on an unchanged poll) per simulated day, mean over the runs. */
  pollsPerDay: number;
  /** Of those, polls while an incident was open. */
  pollsWhileIncidentOpen: number;
  runs: number;
}

export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

/**
 * `runs` simulated days, each with the polls at another phase (the browser started at another moment)
 * and fresh CDN delays; every change of the replayed incident is one sample. A change made while no
 * incident is open (the incident's first post) is "idle"; every later one is "incident".
 */
export function simulateDetection(
  steps: readonly ScenarioStep[],
  plan: DayPlan,
  options: { intervalMs: number; runs: number; wakeToBadgeMs: readonly number[]; policy?: Policy; seed?: number },
): LatencyResult {
  const policy = options.policy ?? currentPolicy;
  const random = seededRandom(options.seed ?? 0x1a7e);
  const open = steps.map((step) => {
    const parsed = parseSummary(step.summary);
    if (!parsed.ok) throw new Error(`scenario step "${step.label}" does not parse`);
    return parsed.value.incidents.some(isOpenIncident);
  });
  const idle: number[] = [];
  const incident: number[] = [];
  let polls = 0;
  let pollsOpen = 0;
  let wake = 0;
  const wakes = options.wakeToBadgeMs.length > 0 ? options.wakeToBadgeMs : [0];
  for (let run = 0; run < options.runs; run++) {
    // When each change is visible through the CDN.
    const visibleFrom = plan.stepFrom.map((from, k) => (k === 0 ? from : from + random() * CDN_MAX_AGE_MS));
    const visibleAt = (t: number) => visibleFrom.findLastIndex((from) => from <= t);
    const detected = new Map<number, number>();
    let seen = 0;
    for (let t = plan.start + random() * options.intervalMs; t < plan.end;) {
      const step = visibleAt(t);
      polls++;
      if (open[step]) pollsOpen++;
      for (let k = seen + 1; k <= step; k++) if (!detected.has(k)) detected.set(k, t);
      seen = Math.max(seen, step);
      t += policy({
        intervalMs: options.intervalMs,
        hasOpenIncident: open[step]!,
        consecutiveFailures: 0,
        retryAfterMs: null,
        random: random(),
      });
    }
    for (const [k, at] of detected) {
      const latencyMs = at - plan.stepFrom[k]! + wakes[wake++ % wakes.length]!;
      (open[k - 1] ? incident : idle).push(latencyMs / 1000);
    }
  }
  return {
    idle: percentiles(idle),
    incident: percentiles(incident),
    pollsPerDay: polls / options.runs,
    pollsWhileIncidentOpen: pollsOpen / options.runs,
    runs: options.runs,
  };
}
