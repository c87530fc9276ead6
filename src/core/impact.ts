// Every rule about an incident's stated impact. Statuspage states none, maintenance, minor, major or
// critical; "unknown" is what normalize reads when it states anything else. Three uses, three tables, kept
// side by side so they cannot drift apart (impact.test.ts holds them to one order).
import type { Impact, Level } from './types';

/**
 * How much harm the impact states, for "did it rise" between two updates: none and maintenance state none,
 * and an unreadable impact counts as minor, as an unknown level does.
 */
export const IMPACT_SEVERITY: Readonly<Record<Impact, number>> = {
  none: 0,
  maintenance: 0,
  minor: 1,
  unknown: 1,
  major: 2,
  critical: 3,
};

// An open incident is never operational: "impact none" incidents still had partial outages (see docs).
const OPEN_INCIDENT_LEVEL: Readonly<Record<Impact, Exclude<Level, 'operational' | 'maintenance' | 'unknown'>>> = {
  none: 'minor',
  maintenance: 'minor',
  minor: 'minor',
  major: 'major',
  critical: 'critical',
  unknown: 'minor',
};

/** The level an incident's impact gives the badge and banner while it is open. */
export function impactLevel(impact: Impact): Exclude<Level, 'unknown'> {
  return OPEN_INCIDENT_LEVEL[impact];
}

/** The colour of a past incident in the history: as impactLevel, but a maintenance posted as an incident keeps its own. */
export function historyLevel(impact: Impact): Exclude<Level, 'unknown'> {
  return impact === 'maintenance' ? 'maintenance' : impactLevel(impact);
}

/**
 * Which impact names a day with several incidents, least to most telling: by severity, and between equals the
 * one that says more ("Maintenance" over "No impact stated", a stated "Minor" over an unreadable impact).
 */
export const IMPACT_NAMING_ORDER: readonly Impact[] = ['none', 'maintenance', 'unknown', 'minor', 'major', 'critical'];
