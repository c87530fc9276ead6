// When an incident counts as over, and for how long it stays "recently resolved". One rule for the worker
// (which keeps the list) and the popup (which shows it).
import { isRecent } from './clock';
import { epochOf } from './epoch';
import type { Incident, ResolvedIncident, Snapshot } from './types';

/** How long a resolved incident stays in the "recently resolved" list. */
export const RECENTLY_RESOLVED_MS = 24 * 60 * 60_000;

/**
 * Since when the incident counts as resolved for "recent": when this device saw it go, else the page's
 * resolved_at. The page's stamp alone would drop a backfilled incident (resolved_at hours before it was even
 * posted) from the list the moment it ends. NaN when the page's stamp does not parse: never recent.
 */
export function resolvedSince(incident: ResolvedIncident): number {
  return incident.seenResolvedAt ?? epochOf(incident.resolvedAt ?? incident.lastUpdateAt) ?? Number.NaN;
}

export function isRecentlyResolved(incident: ResolvedIncident, now: number): boolean {
  return isRecent(resolvedSince(incident), now, RECENTLY_RESOLVED_MS);
}

/**
 * Every incident the snapshot knows: what summary.json lists (open, or resolved and still listed), then the
 * recently resolved ones kept from incidents/<id>.json. A search takes the first match, so the summary's
 * copy wins over the kept one. Nothing without a snapshot.
 */
export function knownIncidents(snapshot: Pick<Snapshot, 'data' | 'recentlyResolved'> | undefined): Incident[] {
  return snapshot ? [...(snapshot.data?.incidents ?? []), ...snapshot.recentlyResolved] : [];
}
