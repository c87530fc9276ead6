import { pageStatus } from './rollup';
import type {
  RawComponent,
  RawComponentChange,
  RawIncident,
  RawIncidentUpdate,
  RawPage,
  RawSummary,
  ScenarioStep,
} from './types';

const CLOSED = new Set(['resolved', 'postmortem']);
const MINUTE = 60_000;

/**
 * Replays a real incident (the text of an incidents/<id>.json capture) on top of a healthy
 * summary.json: step 0 is the baseline, then one step per update, oldest first. Components named
 * in an update take its new_status; the others keep theirs. When the incident closes it leaves
 * summary.json and, if that is its last update, incidents/<id>.json serves the capture byte-exact.
 */
export function replayIncident(incidentJson: string, baselineSummaryJson: string): ScenarioStep[] {
  const { incident } = JSON.parse(incidentJson) as { page: RawPage; incident: RawIncident };
  const baseline = JSON.parse(baselineSummaryJson) as RawSummary;
  const updates = [...incident.incident_updates].reverse();

  // The baseline may be newer than the incident: keep the page monotonic in time, and drop
  // components that did not exist yet (Cowork appeared in 2026-04).
  const firstAt = [incident.created_at, ...updates.map((u) => u.display_at)].sort()[0]!;
  const startAt =
    baseline.page.updated_at < firstAt
      ? baseline.page.updated_at
      : new Date(Date.parse(firstAt) - MINUTE).toISOString();
  let components = baseline.components
    .filter((c) => c.created_at <= incident.created_at)
    .map((c) => (c.updated_at > startAt ? { ...c, updated_at: startAt } : c));

  const steps: ScenarioStep[] = [
    step(`healthy baseline before ${incident.id}`, baseline.page, startAt, components, [], {}),
  ];
  updates.forEach((update, index) => {
    components = applyChanges(components, update.affected_components, update.display_at);
    const soFar = updates.slice(0, index + 1);
    const closed = CLOSED.has(update.status);
    const isLast = index === updates.length - 1;
    const current = incidentSoFar(incident, soFar, components);
    const doc = closed && isLast ? { incident, raw: incidentJson } : { incident: current };
    const label = `${index + 1}/${updates.length} ${update.status} ${update.display_at}: ${oneLine(update.body)}`;
    steps.push(
      step(label, baseline.page, update.display_at, components, closed ? [] : [current], { [incident.id]: doc }),
    );
  });
  return steps;
}

function step(
  label: string,
  page: RawPage,
  at: string,
  components: RawComponent[],
  incidents: RawIncident[],
  docs: ScenarioStep['incidents'],
): ScenarioStep {
  const summary: RawSummary = {
    page: { ...page, updated_at: at },
    components,
    incidents,
    scheduled_maintenances: [],
    status: pageStatus(components, incidents, []),
  };
  return { label, summary, incidents: docs, maintenances: [] };
}

function applyChanges(components: RawComponent[], changes: RawComponentChange[] | null, at: string): RawComponent[] {
  if (!changes) return components;
  return components.map((component) => {
    const change = changes.find((c) => c.code === component.id);
    if (!change || change.new_status === component.status) return component;
    return { ...component, status: change.new_status, updated_at: at };
  });
}

/** The incident as the API showed it right after the last of `soFar` (oldest first). */
function incidentSoFar(incident: RawIncident, soFar: RawIncidentUpdate[], components: RawComponent[]): RawIncident {
  const newest = soFar[soFar.length - 1]!;
  const closed = CLOSED.has(newest.status);
  return {
    ...incident,
    status: newest.status,
    updated_at: newest.updated_at,
    monitoring_at: soFar.find((u) => u.status === 'monitoring')?.created_at ?? null,
    resolved_at: closed ? (incident.resolved_at ?? newest.created_at) : null,
    incident_updates: [...soFar].reverse(),
    // incident.components carries each component's current status: at this step, the replayed one.
    components: incident.components.map((c) => {
      const now = components.find((s) => s.id === c.id);
      return now ? { ...c, status: now.status } : c;
    }),
  };
}

const oneLine = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 69)}…` : flat;
};
