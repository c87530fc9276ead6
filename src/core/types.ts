// The shapes every context shares. Pure data: no functions, no browser types, all JSON-safe so a
// Snapshot can be written to storage.local and read back unchanged.

/** Overall state, worst first in severity order (see LEVEL_SEVERITY in level.ts). */
export type Level = 'operational' | 'maintenance' | 'minor' | 'major' | 'critical' | 'unknown';

export type ComponentStatus =
  | 'operational'
  | 'under_maintenance'
  | 'degraded_performance'
  | 'partial_outage'
  | 'major_outage'
  /** A status string this code does not know: treated as degraded, never as operational. */
  | 'unknown';

export type Impact = 'none' | 'maintenance' | 'minor' | 'major' | 'critical' | 'unknown';

export type IncidentStatus = 'investigating' | 'identified' | 'monitoring' | 'resolved' | 'postmortem' | 'unknown';

export type MaintenanceStatus = 'scheduled' | 'in_progress' | 'verifying' | 'completed' | 'unknown';

/** Contract from docs/affected-models.md. */
export interface AffectedModels {
  /** Canonical names ("Opus 4.7"), unique, sorted alphabetically. */
  models: string[];
  scope: 'named' | 'named+others' | 'family' | 'some' | 'all' | 'except' | 'none';
}

/** AffectedModels plus where the names came from, for the popup's "named only in an update" mark. */
export interface IncidentModels extends AffectedModels {
  /** Models named in the title; the rest of `models` came from update bodies. */
  fromTitle: string[];
  /** Third-party cloud named ("Vertex", "Bedrock"): not a first-party outage. */
  platforms: string[];
}

export interface ComponentState {
  id: string;
  name: string;
  status: ComponentStatus;
}

export interface ComponentChange {
  id: string;
  /** The component's name at the time of the update (names change; match by id). */
  name: string;
  oldStatus: ComponentStatus;
  newStatus: ComponentStatus;
}

export interface IncidentUpdate {
  id: string;
  status: IncidentStatus;
  /** Plain text with newlines; never HTML. */
  body: string;
  /** ISO 8601. */
  displayAt: string;
  /** null where the API says null (backfilled incidents). */
  affectedComponents: ComponentChange[] | null;
}

export interface Incident {
  id: string;
  name: string;
  status: IncidentStatus;
  impact: Impact;
  /** https://status.claude.com/incidents/<id> (or the page url the payload gave). */
  url: string;
  shortlink: string | null;
  /** ISO: started_at, else created_at. */
  startedAt: string;
  /** ISO: the newest update's display_at (incident.updated_at is unreliable). */
  lastUpdateAt: string;
  resolvedAt: string | null;
  /** Newest first, as served. */
  updates: IncidentUpdate[];
  /** How many updates the page sent, only when `updates` keeps fewer (MAX_UPDATES, a compacted snapshot). */
  updateCount?: number;
  /** Components the incident touches, each with its status according to the newest update that names it. */
  affectedComponents: ComponentState[];
  models: IncidentModels;
}

export interface ResolvedIncident extends Incident {
  /** Epoch ms when the extension saw the incident leave the open list: "recent" counts from here, since the
   * page's own resolved_at can be far in the past (a late poll, a backfilled incident). */
  seenResolvedAt?: number;
}

export interface Maintenance {
  id: string;
  name: string;
  status: MaintenanceStatus;
  impact: Impact;
  url: string;
  scheduledFor: string;
  scheduledUntil: string;
  components: ComponentState[];
  latestUpdate: IncidentUpdate | null;
}

/** Validated, normalised contents of summary.json. */
export interface StatusData {
  page: { id: string; name: string; url: string; updatedAt: string };
  /** The page's own indicator, already mapped into a Level ('unknown' for an unknown string). */
  indicator: Level;
  /** status.description as served: shown, never switched on. */
  description: string;
  /** In page order. */
  components: ComponentState[];
  /** Unresolved incidents, newest first. */
  incidents: Incident[];
  maintenances: { active: Maintenance[]; upcoming: Maintenance[] };
}

export type PollErrorKind =
  | 'offline'
  | 'network'
  | 'timeout'
  | 'http'
  | 'rate-limited'
  | 'waf-challenge'
  | 'not-json'
  | 'invalid-json'
  | 'schema'
  /** The body was larger than any status document could be (read stopped at the limit). */
  | 'too-large';

export interface PollError {
  kind: PollErrorKind;
  /** HTTP status where there was one. */
  status?: number;
  /** Developer detail (which field failed validation, etc.). Shown only in a details disclosure. */
  detail: string;
  /** Epoch ms. */
  at: number;
}

/** The one stored truth every view renders from. */
export interface Snapshot {
  /** Last good data; kept when a poll fails so views can show it greyed with its age. */
  data: StatusData | null;
  /** Epoch ms when `data` was fetched (or confirmed unchanged by a 304 / same updated_at). */
  fetchedAt: number | null;
  /** Epoch ms of the last poll attempt, good or bad. */
  checkedAt: number | null;
  /** Origin that answered last ("https://status.claude.com" or the fallback). */
  origin: string | null;
  /** Error of the last poll; null after a good one. */
  error: PollError | null;
  consecutiveFailures: number;
  /** Incidents that left summary.json recently, with their final state (from incidents/<id>.json). */
  recentlyResolved: ResolvedIncident[];
}

export type EventKind =
  'incident-opened' | 'incident-escalated' | 'incident-improved' | 'incident-updated' | 'incident-resolved';

/** What changed about one incident between two snapshots: what a notification is made of. */
export interface StatusEvent {
  kind: EventKind;
  /** The incident's id. */
  id: string;
  /** Stable key to deduplicate notifications across worker restarts. */
  key: string;
  title: string;
  /** Extra text (latest update body, what escalated). */
  detail: string;
  level: Level;
  url: string;
  models: string[];
}

/**
 * What the user asked not to be bothered about (banner, notifications).
 * An incident is muted when it names specific models (scope 'named') and all of them are muted, or when
 * all its affected components are muted. Aggregates ('some', 'all', 'family', 'except', 'named+others')
 * are never muted by model filters: nobody can tell they spare the user's model.
 */
export interface AttentionFilter {
  /** Canonical model names ("Opus 4.7"). */
  mutedModels: string[];
  /** Component ids ("rwppv331jlwc"). */
  mutedComponentIds: string[];
}
