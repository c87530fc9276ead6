import { HEALTHY_SUMMARY, HEALTHY_SUMMARY_RAW, capturedIncident } from './fixtures';
import { isoFromMinute } from './history-tsv';
import { historyRow } from './history-rows';
import { statuspageId } from './ids';
import { replayIncident } from './replay';
import type { RawComponent, RawComponentChange, RawIncident, RawIncidentUpdate, Scenario } from './types';

/** Real row: "Elevated errors on Claude.ai", minor, 2026-05-21: a product named, no model. */
export const MINOR_UNNAMED_ID = 'zvlgr3k8lny0';
const CLAUDE_AI = 'rwppv331jlwc';

/**
 * The row gives title, impact, times and the final body. The first body is Statuspage's stock text
 * as used in the p0mgnjv3bj97 capture, and the component is the one the title names, degraded
 * (Statuspage's colour for a minor impact).
 */
export function minorUnnamedScenario(): Scenario {
  const row = historyRow(MINOR_UNNAMED_ID);
  const start = isoFromMinute(row.start);
  const end = isoFromMinute(row.end);
  const claudeAi = HEALTHY_SUMMARY.components.find((c) => c.id === CLAUDE_AI)!;
  const stockFirstBody = capturedIncident('p0mgnjv3bj97').incident.incident_updates.at(-1)!.body;

  const change = (from: RawComponent['status'], to: RawComponent['status']): RawComponentChange[] => [
    { code: claudeAi.id, name: claudeAi.name, old_status: from, new_status: to },
  ];
  const update = (
    key: string,
    status: string,
    body: string,
    at: string,
    changes: RawComponentChange[],
  ): RawIncidentUpdate => ({
    id: statuspageId(`${row.id}:${key}`),
    status,
    body,
    incident_id: row.id,
    created_at: at,
    updated_at: at,
    display_at: at,
    affected_components: changes,
    deliver_notifications: true,
    custom_tweet: null,
    tweet_id: null,
  });
  const incident: RawIncident = {
    id: row.id,
    name: row.title,
    status: 'resolved',
    created_at: start,
    updated_at: end,
    monitoring_at: null,
    resolved_at: end,
    impact: row.impact,
    shortlink: row.url,
    started_at: start,
    page_id: HEALTHY_SUMMARY.page.id,
    incident_updates: [
      update('resolved', 'resolved', row.latestBody, end, change('degraded_performance', 'operational')),
      update('investigating', 'investigating', stockFirstBody, start, change('operational', 'degraded_performance')),
    ],
    components: [claudeAi],
    reminder_intervals: null,
  };
  return {
    name: 'minor-unnamed',
    description: `Minor incident naming no model ("${row.title}", ${row.date}): claude.ai degraded, then resolved.`,
    steps: replayIncident(JSON.stringify({ page: HEALTHY_SUMMARY.page, incident }), HEALTHY_SUMMARY_RAW),
  };
}
