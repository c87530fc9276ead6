import { findIncident, incidentHistory } from '../scenarios/history';
import type { ScenarioStep } from '../scenarios/types';

export interface ApiDocument {
  status: 200 | 404;
  body: string;
}

const JSON_PATHS: Record<string, (step: ScenarioStep) => string> = {
  'summary.json': (step) => step.summaryRaw ?? JSON.stringify(step.summary),
  'status.json': ({ summary }) => JSON.stringify({ page: summary.page, status: summary.status }),
  'components.json': ({ summary }) => JSON.stringify({ page: summary.page, components: summary.components }),
  'incidents/unresolved.json': ({ summary }) => JSON.stringify({ page: summary.page, incidents: summary.incidents }),
  'incidents.json': (step) => JSON.stringify({ page: step.summary.page, incidents: incidentHistory(step) }),
  'scheduled-maintenances.json': (step) =>
    JSON.stringify({ page: step.summary.page, scheduled_maintenances: step.maintenances }),
  'scheduled-maintenances/upcoming.json': (step) =>
    JSON.stringify({
      page: step.summary.page,
      scheduled_maintenances: step.maintenances.filter((m) => m.status === 'scheduled'),
    }),
  'scheduled-maintenances/active.json': (step) =>
    JSON.stringify({
      page: step.summary.page,
      scheduled_maintenances: step.maintenances.filter((m) => m.status === 'in_progress' || m.status === 'verifying'),
    }),
};

const notFound = (what: string): ApiDocument => ({
  status: 404,
  body: JSON.stringify({ error: 'Not Found', message: `${what} not found` }),
});

/** The JSON a Statuspage v2 public API answers at `path` for this step; null when `path` is not under /api/v2/. */
export function apiDocument(step: ScenarioStep, path: string): ApiDocument | null {
  const prefix = '/api/v2/';
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length);
  const fixed = JSON_PATHS[rest];
  if (fixed) return { status: 200, body: fixed(step) };
  const incidentId = /^incidents\/([a-z0-9]+)\.json$/.exec(rest)?.[1];
  if (incidentId) {
    const doc = findIncident(step, incidentId);
    if (!doc) return notFound(`Incident ${incidentId}`);
    return { status: 200, body: doc.raw ?? JSON.stringify({ page: step.summary.page, incident: doc.incident }) };
  }
  return notFound(`Endpoint ${path}`);
}
