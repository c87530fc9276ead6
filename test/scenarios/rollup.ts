import type { Indicator, RawComponent, RawIncident } from './types';

// Statuspage's page-wide indicator is the worst of component statuses, unresolved incident impacts
// and in-progress maintenances; the descriptions are Statuspage's stock strings for each level.
const RANK: Record<Indicator, number> = { none: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };

const FROM_COMPONENT: Record<string, Indicator> = {
  operational: 'none',
  under_maintenance: 'maintenance',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
};

export const INDICATOR_DESCRIPTION: Record<Indicator, string> = {
  none: 'All Systems Operational',
  maintenance: 'Service Under Maintenance',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major System Outage',
};

const worse = (a: Indicator, b: Indicator): Indicator => (RANK[b] > RANK[a] ? b : a);

const fromImpact = (impact: string): Indicator =>
  impact === 'minor' || impact === 'major' || impact === 'critical' ? impact : 'none';

export function pageStatus(
  components: readonly RawComponent[],
  incidents: readonly RawIncident[],
  maintenances: readonly RawIncident[],
): { indicator: Indicator; description: string } {
  let indicator: Indicator = 'none';
  for (const component of components) indicator = worse(indicator, FROM_COMPONENT[component.status] ?? 'none');
  for (const incident of incidents) indicator = worse(indicator, fromImpact(incident.impact));
  for (const maintenance of maintenances) {
    if (maintenance.status === 'in_progress' || maintenance.status === 'verifying') {
      indicator = worse(indicator, 'maintenance');
    }
  }
  return { indicator, description: INDICATOR_DESCRIPTION[indicator] };
}
