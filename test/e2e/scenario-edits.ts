import { p0mgnjv3bj97Steps, type Scenario, type ScenarioStep } from '../server';
import type { Indicator } from '../scenarios/types';

const INDICATOR: Record<string, Indicator> = { minor: 'minor', major: 'major', critical: 'critical' };
const COMPONENT_STATUS = { minor: 'degraded_performance', major: 'partial_outage', critical: 'major_outage' } as const;

/** One real step of p0mgnjv3bj97 with the incident's impact changed, as Statuspage would serve it. */
function withImpact(step: ScenarioStep, impact: 'minor' | 'major' | 'critical', at: string): ScenarioStep {
  const summary = structuredClone(step.summary);
  // Components, and the updates that set them, as Statuspage would colour them for that impact.
  const status = COMPONENT_STATUS[impact];
  summary.incidents = summary.incidents.map((incident) => ({
    ...incident,
    impact,
    incident_updates: incident.incident_updates.map((update) => ({
      ...update,
      affected_components:
        update.affected_components?.map((c) => (c.new_status === 'operational' ? c : { ...c, new_status: status })) ??
        null,
    })),
  }));
  summary.components = summary.components.map((c) => (c.status === 'operational' ? c : { ...c, status }));
  summary.status = { ...summary.status, indicator: INDICATOR[impact]! };
  summary.page.updated_at = at;
  return {
    label: `${step.label} (impact ${impact})`,
    summary,
    incidents: step.incidents,
    maintenances: step.maintenances,
  };
}

/**
 * The real incident, but first declared minor and then raised to critical: the escalation the banner
 * must come back for after being dismissed. Built from the capture, only the impact changes.
 */
export function escalatingIncident(): Scenario {
  const steps = p0mgnjv3bj97Steps();
  const open = steps[2]!;
  return {
    name: 'p0mgnjv3bj97-escalating',
    description: 'p0mgnjv3bj97 declared minor, then escalated to critical',
    steps: [
      steps[0]!,
      withImpact(open, 'minor', open.summary.page.updated_at),
      withImpact(open, 'critical', new Date(Date.parse(open.summary.page.updated_at) + 60_000).toISOString()),
    ],
  };
}
