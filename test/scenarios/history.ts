import { CAPTURED_INCIDENT_IDS, HEALTHY_SUMMARY, capturedIncident, incidentHistoryTsv } from './fixtures';
import { isoFromMinute, parseHistoryTsv, type HistoryRow } from './history-tsv';
import { statuspageId } from './ids';
import type { IncidentDoc, RawIncident, ScenarioStep } from './types';

/** incidents.json lists the 50 most recent incidents (no pagination), as the real page does. */
export const HISTORY_LENGTH = 50;

/**
 * A resolved incident in Statuspage shape from one real history row: its title, impact, dates and
 * latest update body verbatim. Which components it touched is not in the row, so it has none and
 * affected_components is null, like Statuspage's own backfilled incidents.
 */
export function incidentFromHistoryRow(row: HistoryRow, pageId: string): RawIncident {
  const start = isoFromMinute(row.start);
  const end = isoFromMinute(row.end);
  const maintenance = row.impact === 'maintenance';
  const status = maintenance ? 'completed' : 'resolved';
  return {
    id: row.id,
    name: row.title,
    status,
    created_at: start,
    updated_at: end,
    monitoring_at: null,
    resolved_at: end,
    impact: row.impact,
    shortlink: row.url,
    started_at: start,
    page_id: pageId,
    incident_updates: [
      {
        id: statuspageId(`${row.id}:latest`),
        status,
        body: row.latestBody,
        incident_id: row.id,
        created_at: end,
        updated_at: end,
        display_at: end,
        affected_components: null,
        deliver_notifications: true,
        custom_tweet: null,
        tweet_id: null,
      },
    ],
    components: [],
    reminder_intervals: null,
    ...(maintenance ? { scheduled_for: start, scheduled_until: end } : {}),
  };
}

interface Pool {
  captured: Map<string, IncidentDoc>;
  /** Newest first. */
  synthetic: RawIncident[];
  syntheticById: Map<string, RawIncident>;
}

let pool: Pool | undefined;
function sharedPool(): Pool {
  if (pool) return pool;
  const captured = new Map<string, IncidentDoc>(
    CAPTURED_INCIDENT_IDS.map((id) => {
      const { raw, incident } = capturedIncident(id);
      return [id, { raw, incident }];
    }),
  );
  const synthetic = parseHistoryTsv(incidentHistoryTsv())
    .filter((row) => !captured.has(row.id))
    .map((row) => incidentFromHistoryRow(row, HEALTHY_SUMMARY.page.id))
    .sort(newestFirst);
  pool = { captured, synthetic, syntheticById: new Map(synthetic.map((i) => [i.id, i])) };
  return pool;
}

const newestFirst = (a: RawIncident, b: RawIncident) =>
  a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0;

/**
 * incidents.json at a step: the incidents the step defines, the real captures, then synthetic ones
 * from incident-history.tsv up to 50, newest first. Nothing created after the step's time shows, so
 * a replayed incident is absent before its first update.
 */
export function incidentHistory(step: ScenarioStep): RawIncident[] {
  const at = step.summary.page.updated_at;
  const { captured, synthetic } = sharedPool();
  const chosen = new Map<string, RawIncident>();
  for (const [id, doc] of Object.entries(step.incidents)) chosen.set(id, doc.incident);
  for (const [id, doc] of captured) if (!chosen.has(id) && doc.incident.created_at <= at) chosen.set(id, doc.incident);
  for (const incident of synthetic) {
    if (chosen.size >= HISTORY_LENGTH) break;
    if (!chosen.has(incident.id) && incident.created_at <= at) chosen.set(incident.id, incident);
  }
  return [...chosen.values()].sort(newestFirst).slice(0, HISTORY_LENGTH);
}

/** incidents/<id>.json at a step, or null (404) for an id unknown or not created yet. */
export function findIncident(step: ScenarioStep, id: string): IncidentDoc | null {
  const defined = step.incidents[id];
  if (defined) return defined;
  const { captured, syntheticById } = sharedPool();
  const doc = captured.get(id) ?? wrap(syntheticById.get(id));
  return doc && doc.incident.created_at <= step.summary.page.updated_at ? doc : null;
}

const wrap = (incident: RawIncident | undefined): IncidentDoc | undefined => (incident ? { incident } : undefined);
