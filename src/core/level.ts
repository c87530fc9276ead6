// One colour for the whole page. Worst-of everything we know; "unknown" is not a severity but the absence of
// trustworthy data (grey), so it sits outside the ordering and only effectiveLevel produces it.
import { elapsedMs } from './clock';
import { impactLevel } from './impact';
import type { ComponentStatus, Incident, Level, Snapshot, StatusData } from './types';

export type KnownLevel = Exclude<Level, 'unknown'>;

/** operational < maintenance < minor < major < critical. */
export const LEVEL_SEVERITY: Readonly<Record<KnownLevel, number>> = {
  operational: 0,
  maintenance: 1,
  minor: 2,
  major: 3,
  critical: 4,
};

/** A level we cannot interpret is at least a minor problem, never operational. */
export function knownLevel(level: Level): KnownLevel {
  return level === 'unknown' ? 'minor' : level;
}

export function worstLevel(levels: Iterable<Level>): KnownLevel {
  let worst: KnownLevel = 'operational';
  for (const level of levels) {
    const known = knownLevel(level);
    if (LEVEL_SEVERITY[known] > LEVEL_SEVERITY[worst]) worst = known;
  }
  return worst;
}

export function isWorse(a: Level, b: Level): boolean {
  return LEVEL_SEVERITY[knownLevel(a)] > LEVEL_SEVERITY[knownLevel(b)];
}

const COMPONENT_LEVEL: Readonly<Record<ComponentStatus, KnownLevel>> = {
  operational: 'operational',
  under_maintenance: 'maintenance',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
  unknown: 'minor',
};

export function componentLevel(status: ComponentStatus): KnownLevel {
  return COMPONENT_LEVEL[status];
}

/** Open = not resolved/postmortem; an unknown status counts as open. */
export function isOpenIncident(incident: Incident): boolean {
  return incident.status !== 'resolved' && incident.status !== 'postmortem';
}

/** How bad one incident is: its impact or its worst affected component, whichever is worse. */
export function incidentLevel(incident: Incident): KnownLevel {
  return worstLevel([
    impactLevel(incident.impact),
    ...incident.affectedComponents.map((component) => componentLevel(component.status)),
  ]);
}

export function overallLevel(data: StatusData): KnownLevel {
  return worstLevel([
    knownLevel(data.indicator),
    ...data.components.map((component) => componentLevel(component.status)),
    ...data.incidents.filter(isOpenIncident).map((incident) => impactLevel(incident.impact)),
    ...(data.maintenances.active.length > 0 ? (['maintenance'] as const) : []),
  ]);
}

/** What to show now: 'unknown' without data, after a failed poll, or when the data is too old to trust. */
export function effectiveLevel(snapshot: Snapshot, now: number, staleAfterMs: number): Level {
  if (isStale(snapshot, now, staleAfterMs) || snapshot.data === null) return 'unknown';
  return overallLevel(snapshot.data);
}

/**
 * Age of the data in ms (never negative), or null when nobody can tell: never fetched, or fetched "in the
 * future" because the clock went back. An unknown age is never fresh; the next poll sets it right.
 */
export function dataAgeMs(snapshot: Pick<Snapshot, 'fetchedAt'>, now: number): number | null {
  return snapshot.fetchedAt === null ? null : elapsedMs(snapshot.fetchedAt, now);
}

/** True when the snapshot cannot be trusted as current (no data, last poll failed, too old, or of unknown age). */
export function isStale(snapshot: Snapshot, now: number, staleAfterMs: number): boolean {
  if (snapshot.data === null || snapshot.error !== null) return true;
  const age = dataAgeMs(snapshot, now);
  // Written as a negation so a NaN limit counts as stale rather than fresh.
  return age === null || !(age <= staleAfterMs);
}
