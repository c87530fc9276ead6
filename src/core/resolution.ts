// When an incident counts as over, and for how long it stays "recently resolved". One rule for the worker
// (which keeps the list) and the popup (which shows it).
import { isRecent } from './clock';
import { isOpenIncident } from './level';
import type { Incident, ResolvedIncident, StatusData } from './types';

/** How long a resolved incident stays in the "recently resolved" list. */
export const RECENTLY_RESOLVED_MS = 24 * 60 * 60_000;

/**
 * Since when the incident counts as resolved for "recent": when this device saw it go, else the page's
 * resolved_at. The page's stamp alone would drop a backfilled incident (resolved_at hours before it was even
 * posted) from the list the moment it ends.
 */
export function resolvedSince(incident: ResolvedIncident): number {
  return incident.seenResolvedAt ?? Date.parse(incident.resolvedAt ?? incident.lastUpdateAt);
}

export function isRecentlyResolved(incident: ResolvedIncident, now: number): boolean {
  return isRecent(resolvedSince(incident), now, RECENTLY_RESOLVED_MS);
}

/** What incidents/<id>.json said of an incident that left summary.json. */
export type DepartedAnswer =
  | { kind: 'found'; incident: Incident }
  /** 404/410: the incident was deleted; nothing to announce. */
  | { kind: 'gone' }
  /** The request failed: nobody can tell yet. */
  | { kind: 'unknown' };

/**
 * summary.json sometimes drops an incident that is still open (a cached or partial copy); only the
 * incident's own final state says it ended. Resolved or postmortem: it ended. Still open, or no answer:
 * it stays in the open list (fetched again next poll), so the badge, banner and notifications do not announce a false resolution.
 */
export function reconcileDeparted(
  data: StatusData,
  departed: readonly Incident[],
  answers: ReadonlyMap<string, DepartedAnswer>,
): { data: StatusData; resolved: Incident[] } {
  const stillOpen: Incident[] = [];
  const resolved: Incident[] = [];
  for (const previous of departed) {
    const answer = answers.get(previous.id) ?? { kind: 'unknown' };
    if (answer.kind === 'gone') continue;
    // No answer: the last copy we have stands (summary.json lists an incident as resolved for a while).
    if (answer.kind === 'unknown') (isOpenIncident(previous) ? stillOpen : resolved).push(previous);
    else if (isOpenIncident(answer.incident)) stillOpen.push(answer.incident);
    else resolved.push(answer.incident);
  }
  return stillOpen.length === 0
    ? { data, resolved }
    : { data: { ...data, incidents: [...data.incidents, ...stillOpen] }, resolved };
}
