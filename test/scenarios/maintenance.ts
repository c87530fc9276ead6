import { HEALTHY_SUMMARY } from './fixtures';
import { historyRow } from './history-rows';
import { statuspageId } from './ids';
import { pageStatus } from './rollup';
import type { RawComponent, RawComponentStatus, RawIncident, RawIncidentUpdate, Scenario, ScenarioStep } from './types';

/** Real row: "[Scheduled] Scheduled maintenance for Claude.ai and Anthropic Console", 2024-12-15. */
export const MAINTENANCE_SOURCE_ID = '16z0qdmy3qv2';
/** The components its title names: claude.ai and the Console. */
const COMPONENT_IDS = ['rwppv331jlwc', '0qbwn08sd68x'];
// Statuspage's stock text when a maintenance moves to in progress.
const IN_PROGRESS_BODY = 'Scheduled maintenance is currently in progress. We will provide updates as necessary.';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * A maintenance announced, started, then completed, re-enacted around `now` so a browser sees an
 * upcoming window in the future: window [now+1h, now+3h); announced a day ago; started early
 * (10 min ago, as operators may); completed a minute ago. Every page time stays at or before now.
 * The name, components and completion text come from a real row; the id is derived, not the real one.
 */
export function maintenanceScenario(now: number): Scenario {
  const row = historyRow(MAINTENANCE_SOURCE_ID);
  const anchor = Math.floor(now / MINUTE) * MINUTE;
  const iso = (offset: number) => new Date(anchor + offset).toISOString();
  const announcedAt = iso(-24 * HOUR);
  const startedAt = iso(-10 * MINUTE);
  const completedAt = iso(-MINUTE);
  const id = statuspageId(`maintenance:${row.id}`);
  const base = HEALTHY_SUMMARY;

  const components = (status: RawComponentStatus, at: string | null): RawComponent[] =>
    base.components.map((c) => (COMPONENT_IDS.includes(c.id) && at ? { ...c, status, updated_at: at } : c));
  const update = (
    status: string,
    body: string,
    at: string,
    from: RawComponentStatus,
    to: RawComponentStatus,
  ): RawIncidentUpdate => ({
    id: statuspageId(`${id}:${status}`),
    status,
    body,
    incident_id: id,
    created_at: at,
    updated_at: at,
    display_at: at,
    affected_components: base.components
      .filter((c) => COMPONENT_IDS.includes(c.id))
      .map((c) => ({ code: c.id, name: c.name, old_status: from, new_status: to })),
    deliver_notifications: true,
    custom_tweet: null,
    tweet_id: null,
  });
  const updates = [
    update('scheduled', `${row.title.replace(/^\[Scheduled\]\s*/, '')}.`, announcedAt, 'operational', 'operational'),
    update('in_progress', IN_PROGRESS_BODY, startedAt, 'operational', 'under_maintenance'),
    update('completed', row.latestBody, completedAt, 'under_maintenance', 'operational'),
  ];
  const maintenanceAt = (count: number, current: RawComponent[]): RawIncident => {
    const newest = updates[count - 1]!;
    return {
      id,
      name: row.title,
      status: newest.status,
      created_at: announcedAt,
      updated_at: newest.updated_at,
      monitoring_at: null,
      resolved_at: newest.status === 'completed' ? newest.display_at : null,
      impact: 'maintenance',
      shortlink: `${base.page.url}/incidents/${id}`,
      started_at: announcedAt,
      page_id: base.page.id,
      incident_updates: updates.slice(0, count).reverse(),
      components: current.filter((c) => COMPONENT_IDS.includes(c.id)),
      reminder_intervals: null,
      scheduled_for: iso(HOUR),
      scheduled_until: iso(3 * HOUR),
    };
  };
  const step = (
    label: string,
    at: string,
    current: RawComponent[],
    listed: RawIncident[],
    all: RawIncident[],
  ): ScenarioStep => ({
    label,
    summary: {
      page: { ...base.page, updated_at: at },
      components: current,
      incidents: [],
      scheduled_maintenances: listed,
      status: pageStatus(current, [], listed),
    },
    incidents: {},
    maintenances: all,
  });

  const healthyAt = base.page.updated_at < announcedAt ? base.page.updated_at : iso(-25 * HOUR);
  const scheduled = maintenanceAt(1, base.components);
  const inProgressComponents = components('under_maintenance', startedAt);
  const inProgress = maintenanceAt(2, inProgressComponents);
  const doneComponents = components('operational', completedAt);
  const completed = maintenanceAt(3, doneComponents);
  return {
    name: 'maintenance',
    description: `Scheduled maintenance ("${row.title}"): upcoming, in progress (claude.ai and Console under maintenance), completed.`,
    steps: [
      step('healthy baseline', healthyAt, base.components, [], []),
      step('maintenance scheduled (upcoming in 1 h)', announcedAt, base.components, [scheduled], [scheduled]),
      step('maintenance in progress', startedAt, inProgressComponents, [inProgress], [inProgress]),
      step('maintenance completed', completedAt, doneComponents, [], [completed]),
    ],
  };
}
