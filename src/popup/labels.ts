// The popup's words for the status page's states: each enum value to its message key, looked up safely.
// Apart from the view model (view-model.ts), which decides what is shown and asks these for how it is said.
import type { Translate } from '../core/i18n';
import type {
  ComponentStatus,
  Impact,
  IncidentStatus,
  Level,
  MaintenanceStatus,
  PollError,
  PollErrorKind,
} from '../core/types';

const HEADLINE_KEYS: Readonly<Record<Level, string>> = {
  operational: 'popupHeadlineOperational',
  maintenance: 'popupHeadlineMaintenance',
  minor: 'popupHeadlineMinor',
  major: 'popupHeadlineMajor',
  critical: 'popupHeadlineCritical',
  unknown: 'popupHeadlineUnknown',
};

export const REASON_KEYS: Readonly<Record<PollErrorKind, string>> = {
  offline: 'popupReasonOffline',
  network: 'popupReasonNetwork',
  timeout: 'popupReasonTimeout',
  http: 'popupReasonHttp',
  'rate-limited': 'popupReasonRateLimited',
  'waf-challenge': 'popupReasonWafChallenge',
  'not-json': 'popupReasonNotJson',
  'invalid-json': 'popupReasonInvalidJson',
  schema: 'popupReasonSchema',
  'too-large': 'popupReasonTooLarge',
};

const IMPACT_KEYS: Readonly<Record<Impact, string>> = {
  none: 'popupImpactNone',
  maintenance: 'popupImpactMaintenance',
  minor: 'popupImpactMinor',
  major: 'popupImpactMajor',
  critical: 'popupImpactCritical',
  unknown: 'popupImpactUnknown',
};

const INCIDENT_STATUS_KEYS: Readonly<Record<IncidentStatus, string>> = {
  investigating: 'popupIncidentInvestigating',
  identified: 'popupIncidentIdentified',
  monitoring: 'popupIncidentMonitoring',
  resolved: 'popupIncidentResolved',
  postmortem: 'popupIncidentPostmortem',
  unknown: 'popupIncidentUnknown',
};

const COMPONENT_STATUS_KEYS: Readonly<Record<ComponentStatus, string>> = {
  operational: 'popupComponentOperational',
  under_maintenance: 'popupComponentMaintenance',
  degraded_performance: 'popupComponentDegraded',
  partial_outage: 'popupComponentPartial',
  major_outage: 'popupComponentMajor',
  unknown: 'popupComponentUnknown',
};

const MAINTENANCE_STATUS_KEYS: Readonly<Record<MaintenanceStatus, string>> = {
  scheduled: 'popupMaintenanceScheduled',
  in_progress: 'popupMaintenanceInProgress',
  verifying: 'popupMaintenanceVerifying',
  completed: 'popupMaintenanceCompleted',
  unknown: 'popupMaintenanceUnknown',
};

// Lookups go through Object.hasOwn: a status string is remote data, and "constructor" must not find a prototype member.
function keyOf<K extends string>(table: Readonly<Record<K, string>>, value: string, fallback: K): string {
  return Object.hasOwn(table, value) ? table[value as K] : table[fallback];
}

export const impactText = (impact: Impact, t: Translate): string => t(keyOf(IMPACT_KEYS, impact, 'unknown'));
export const incidentStatusText = (status: IncidentStatus, t: Translate): string =>
  t(keyOf(INCIDENT_STATUS_KEYS, status, 'unknown'));
export const componentStatusText = (status: ComponentStatus, t: Translate): string =>
  t(keyOf(COMPONENT_STATUS_KEYS, status, 'unknown'));

export const maintenanceStatusText = (status: MaintenanceStatus, t: Translate): string =>
  t(keyOf(MAINTENANCE_STATUS_KEYS, status, 'unknown'));
export const headlineText = (level: Level, t: Translate): string => t(HEADLINE_KEYS[level]);

export function pollErrorReason(error: PollError, t: Translate): string {
  if (error.kind === 'http' && error.status !== undefined) return t('popupReasonHttp', [String(error.status)]);
  if (error.kind === 'http') return t('popupReasonHttpNoStatus');
  return t(keyOf(REASON_KEYS, error.kind, 'network'));
}
