import type { ClaudeApiBehaviour } from '../server/claude-api';

// Raw Statuspage v2 shapes, field names and order as served by status.claude.com (see the captures
// in test/fixtures/statuspage). Only what the scenarios read or write is typed.

export type Indicator = 'none' | 'minor' | 'major' | 'critical' | 'maintenance';
export type RawComponentStatus =
  'operational' | 'degraded_performance' | 'partial_outage' | 'major_outage' | 'under_maintenance';

export interface RawPage {
  id: string;
  name: string;
  url: string;
  time_zone: string;
  updated_at: string;
}

export interface RawComponent {
  id: string;
  name: string;
  status: RawComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
}

export interface RawComponentChange {
  code: string;
  name: string;
  old_status: RawComponentStatus;
  new_status: RawComponentStatus;
}

export interface RawIncidentUpdate {
  id: string;
  status: string;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: RawComponentChange[] | null;
  deliver_notifications: boolean;
  custom_tweet: string | null;
  tweet_id: string | null;
}

export interface RawIncident {
  id: string;
  name: string;
  status: string;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: string;
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: RawIncidentUpdate[];
  components: RawComponent[];
  reminder_intervals?: string | null;
  /** Maintenances only. */
  scheduled_for?: string;
  scheduled_until?: string;
}

export interface RawSummary {
  page: RawPage;
  components: RawComponent[];
  incidents: RawIncident[];
  scheduled_maintenances: RawIncident[];
  status: { indicator: Indicator; description: string };
}

/** incidents/<id>.json: the parsed incident, and the exact bytes to serve when they are a real capture. */
export interface IncidentDoc {
  incident: RawIncident;
  raw?: string;
}

/** One state of the status page. Every endpoint is derived from it (see test/server/api-routes.ts). */
export interface ScenarioStep {
  /** One line for the CLI, the demo and test names. */
  label: string;
  summary: RawSummary;
  /** Exact bytes of summary.json when the step is a real capture; must parse to `summary`. */
  summaryRaw?: string;
  /**
   * Incidents whose state this step defines, by id: served by incidents/<id>.json and listed in
   * incidents.json in place of the shared history (captures and incident-history.tsv).
   */
  incidents: Record<string, IncidentDoc>;
  /** Every maintenance the page knows, completed ones included (scheduled-maintenances.json). */
  maintenances: RawIncident[];
  /** How the fake claude.ai's /api/ answers from this step on; absent: as it was (tests set it themselves). */
  claudeApi?: ClaudeApiBehaviour;
}

export interface Scenario {
  name: string;
  description: string;
  steps: ScenarioStep[];
}
