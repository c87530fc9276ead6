// Statuspage enum strings → our unions. Anything unrecognised becomes 'unknown', which every consumer
// treats as a problem, never as operational.
import type { ComponentStatus, Impact, IncidentStatus, Level, MaintenanceStatus } from './types';

/** The values Statuspage documents; with 'unknown' they are every value our unions hold. */
export const COMPONENT_STATUS_VALUES = [
  'operational',
  'under_maintenance',
  'degraded_performance',
  'partial_outage',
  'major_outage',
] as const satisfies readonly ComponentStatus[];
export const IMPACT_VALUES = ['none', 'maintenance', 'minor', 'major', 'critical'] as const satisfies readonly Impact[];
export const INCIDENT_STATUS_VALUES = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
  'postmortem',
] as const satisfies readonly IncidentStatus[];
export const MAINTENANCE_STATUS_VALUES = [
  'scheduled',
  'in_progress',
  'verifying',
  'completed',
] as const satisfies readonly MaintenanceStatus[];

// Sets, not object literals: a payload saying "constructor" must not find Object.prototype.constructor.
const COMPONENT_STATUSES: ReadonlySet<string> = new Set(COMPONENT_STATUS_VALUES);
const IMPACTS: ReadonlySet<string> = new Set(IMPACT_VALUES);
const INCIDENT_STATUSES: ReadonlySet<string> = new Set(INCIDENT_STATUS_VALUES);
const MAINTENANCE_STATUSES: ReadonlySet<string> = new Set(MAINTENANCE_STATUS_VALUES);
const INDICATOR_LEVELS: ReadonlyMap<string, Level> = new Map<string, Level>([
  ['none', 'operational'],
  ['minor', 'minor'],
  ['major', 'major'],
  ['critical', 'critical'],
  // Undocumented but real ("Service Under Maintenance").
  ['maintenance', 'maintenance'],
]);

export function toComponentStatus(value: string | null | undefined): ComponentStatus {
  return value != null && COMPONENT_STATUSES.has(value) ? (value as ComponentStatus) : 'unknown';
}
export function toImpact(value: string | null | undefined): Impact {
  return value != null && IMPACTS.has(value) ? (value as Impact) : 'unknown';
}
export function toIncidentStatus(value: string | null | undefined): IncidentStatus {
  return value != null && INCIDENT_STATUSES.has(value) ? (value as IncidentStatus) : 'unknown';
}
export function toMaintenanceStatus(value: string | null | undefined): MaintenanceStatus {
  return value != null && MAINTENANCE_STATUSES.has(value) ? (value as MaintenanceStatus) : 'unknown';
}
export function indicatorToLevel(value: string | null | undefined): Level {
  return (value != null ? INDICATOR_LEVELS.get(value) : undefined) ?? 'unknown';
}
