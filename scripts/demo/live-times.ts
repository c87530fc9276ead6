// A replay of a captured incident shows "185 days ago" everywhere, which is not what a user sees while
// it happens. These move a step's timestamps so that its latest update was a moment ago; the text,
// ids, levels and components stay exactly as captured.
import type { ScenarioStep } from '../../test/scenarios';

/** Statuspage's timestamps: ISO 8601 in UTC, with or without milliseconds. */
const ISO_UTC = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z\b/g;

/** A step with any time this close to now, or later, is already placed around the present (maintenance). */
const RECENT_MS = 24 * 60 * 60_000;

/** Whether every time in the step is long past (a capture), rather than placed around `now`. */
export function isHistorical(step: ScenarioStep, now: number): boolean {
  const times = JSON.stringify(step).match(ISO_UTC) ?? [];
  return times.every((iso) => Date.parse(iso) <= now - RECENT_MS);
}

/**
 * Adds `deltaMs` to every ISO timestamp in the text, keeping each one's format; none ends later than
 * `latest` (a capture can carry later edits, such as a postmortem, that had not happened yet).
 */
export function shiftTimestamps(text: string, deltaMs: number, latest: number = Infinity): string {
  return text.replace(ISO_UTC, (iso) => {
    const shifted = new Date(Math.min(Date.parse(iso) + deltaMs, latest)).toISOString();
    return iso.includes('.') ? shifted : shifted.replace(/\.\d{3}Z$/, 'Z');
  });
}

const shiftJson = <T>(value: T, deltaMs: number, latest: number): T =>
  JSON.parse(shiftTimestamps(JSON.stringify(value), deltaMs, latest)) as T;

/** The step as if its page had been updated `agoMs` before `now`. The label keeps the real times. */
export function asIfJustHappened(step: ScenarioStep, now: number, agoMs: number): ScenarioStep {
  if (!isHistorical(step, now)) return step;
  const anchor = Date.parse(step.summary.page.updated_at);
  const latest = now - agoMs;
  const delta = latest - anchor;
  return {
    ...step, // what holds no time, such as how claude.ai's API answers, stays as it is
    summary: shiftJson(step.summary, delta, latest),
    ...(step.summaryRaw !== undefined && { summaryRaw: shiftTimestamps(step.summaryRaw, delta, latest) }),
    incidents: Object.fromEntries(
      Object.entries(step.incidents).map(([id, doc]) => [
        id,
        {
          incident: shiftJson(doc.incident, delta, latest),
          ...(doc.raw !== undefined && { raw: shiftTimestamps(doc.raw, delta, latest) }),
        },
      ]),
    ),
    maintenances: shiftJson(step.maintenances, delta, latest),
  };
}
