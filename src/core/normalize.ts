// Validated Statuspage payloads → the shapes in types.ts. Every enum string we do not know becomes
// 'unknown' (never operational); timestamps come from incident updates because incident.updated_at was
// bulk-rewritten on old incidents.
import { indicatorToLevel, toComponentStatus, toImpact, toIncidentStatus, toMaintenanceStatus } from './enums';
import { extractIncidentModels, type FamilyVocabulary } from './models';
import type {
  RawComponent,
  RawIncident,
  RawIncidentPayload,
  RawIncidentsPayload,
  RawMaintenance,
  RawPage,
  RawStatus,
  RawStatusPayload,
  RawSummaryPayload,
  RawUpdate,
} from './schema';
import { epochOf } from './epoch';
import { MAX_BODY, MAX_NAME, MAX_TITLE, MAX_UPDATES, remoteText } from './remote-text';
import { incidentUrl, pageBase, safeHttpsUrl } from './urls';
import type { ComponentState, Incident, IncidentUpdate, Level, Maintenance, StatusData } from './types';

/** status.json, normalised. */
export interface PageStatus {
  page: StatusData['page'];
  indicator: Level;
  description: string;
}

function normalizePage(page: RawPage): StatusData['page'] {
  return { id: page.id, name: remoteText(page.name, MAX_NAME), url: pageBase(page.url), updatedAt: page.updated_at };
}

/**
 * Stable sort by a timestamp. Items whose timestamp does not parse keep their served order relative to each
 * other and go last: better a slightly wrong order than a dropped item.
 */
function byTime<T>(items: readonly T[], at: (item: T) => string | null | undefined, order: 'newest' | 'oldest'): T[] {
  const sign = order === 'newest' ? -1 : 1;
  return items
    .map((item, index) => ({ item, index, ms: epochOf(at(item)) }))
    .sort((a, b) => {
      if (a.ms !== null && b.ms !== null && a.ms !== b.ms) return sign * (a.ms - b.ms);
      if (a.ms === null && b.ms !== null) return 1;
      if (a.ms !== null && b.ms === null) return -1;
      return a.index - b.index;
    })
    .map(({ item }) => item);
}

function newestFirst<T>(items: readonly T[], at: (item: T) => string | null | undefined): T[] {
  return byTime(items, at, 'newest');
}

/** Page order: by `position` when every component has one, else as served. Group headers are dropped. */
export function orderComponents(raw: readonly RawComponent[]): ComponentState[] {
  const groupIds = new Set(raw.map((component) => component.group_id).filter((gid) => gid != null));
  // A group is only a heading for its children, which are listed too; keep it if it has none.
  const leaves = raw.filter((component) => !(component.group === true && groupIds.has(component.id)));
  const ordered = leaves.every((component) => typeof component.position === 'number')
    ? leaves
        .map((component, index) => ({ component, index }))
        .sort((a, b) => {
          const byPosition = (a.component.position ?? 0) - (b.component.position ?? 0);
          return byPosition !== 0 ? byPosition : a.index - b.index;
        })
    : leaves.map((component, index) => ({ component, index }));
  return ordered.map(({ component }) => ({
    id: component.id,
    name: remoteText(component.name, MAX_NAME),
    status: toComponentStatus(component.status),
  }));
}

function normalizeUpdate(raw: RawUpdate): IncidentUpdate {
  return {
    id: raw.id,
    status: toIncidentStatus(raw.status),
    body: remoteText(raw.body ?? '', MAX_BODY),
    displayAt: raw.display_at ?? raw.created_at ?? '',
    affectedComponents:
      raw.affected_components == null
        ? null
        : raw.affected_components.map((change) => ({
            id: change.code,
            name: remoteText(change.name, MAX_NAME),
            oldStatus: toComponentStatus(change.old_status),
            newStatus: toComponentStatus(change.new_status),
          })),
  };
}

/**
 * Each component the incident touches, with its status from the newest update naming it. The current name
 * comes from the page's component list when known (names change: "console.anthropic.com" is now "Claude
 * Console"), else from the update. With no update naming a component (backfilled incidents have null),
 * fall back to incident.components, whose statuses are current ones.
 */
function affectedComponentsOf(
  updates: readonly IncidentUpdate[],
  incidentComponents: readonly ComponentState[],
  pageComponents: readonly ComponentState[],
): ComponentState[] {
  const known = new Map<string, { name: string; order: number }>();
  pageComponents.forEach((component, order) => known.set(component.id, { name: component.name, order }));
  incidentComponents.forEach((component) => {
    if (!known.has(component.id)) known.set(component.id, { name: component.name, order: Number.MAX_SAFE_INTEGER });
  });

  const seen = new Map<string, ComponentState>();
  for (const update of updates) {
    for (const change of update.affectedComponents ?? []) {
      if (seen.has(change.id)) continue;
      const name = known.get(change.id)?.name ?? (change.name || change.id);
      seen.set(change.id, { id: change.id, name, status: change.newStatus });
    }
  }
  if (seen.size === 0) return incidentComponents.map((component) => ({ ...component }));

  const orderOf = (componentId: string): number => known.get(componentId)?.order ?? Number.MAX_SAFE_INTEGER;
  return [...seen.values()]
    .map((component, index) => ({ component, index }))
    .sort((a, b) => orderOf(a.component.id) - orderOf(b.component.id) || a.index - b.index)
    .map(({ component }) => component);
}

function toIncident(
  raw: RawIncident,
  base: string,
  pageComponents: readonly ComponentState[],
  vocabulary?: FamilyVocabulary,
): Incident {
  const sent = raw.incident_updates.length;
  const updates = newestFirst(raw.incident_updates.map(normalizeUpdate), (update) => update.displayAt).slice(
    0,
    MAX_UPDATES,
  );
  const incidentComponents = orderComponents(raw.components ?? []);
  const startedAt = raw.started_at ?? raw.created_at;
  const name = remoteText(raw.name, MAX_TITLE);
  return {
    id: raw.id,
    name,
    status: toIncidentStatus(raw.status),
    impact: toImpact(raw.impact),
    url: incidentUrl(base, raw.id),
    shortlink: safeHttpsUrl(raw.shortlink),
    startedAt,
    lastUpdateAt: updates[0]?.displayAt || startedAt,
    resolvedAt: raw.resolved_at ?? null,
    updates,
    // Said only when some were dropped, so the popup can say how many it does not show.
    ...(sent > updates.length ? { updateCount: sent } : {}),
    affectedComponents: affectedComponentsOf(updates, incidentComponents, pageComponents),
    // Newest first, as `updates` are served: the title is read first, then the latest wording, which is
    // where a vague title ("multiple models") usually gets its names.
    models: extractIncidentModels(
      name,
      updates.map((update) => update.body),
      vocabulary,
    ),
  };
}

function toMaintenance(raw: RawMaintenance, base: string, pageComponents: readonly ComponentState[]): Maintenance {
  const updates = newestFirst(raw.incident_updates.map(normalizeUpdate), (update) => update.displayAt);
  const names = new Map(pageComponents.map((component) => [component.id, component.name]));
  return {
    id: raw.id,
    name: remoteText(raw.name, MAX_TITLE),
    status: toMaintenanceStatus(raw.status),
    impact: toImpact(raw.impact),
    url: incidentUrl(base, raw.id),
    scheduledFor: raw.scheduled_for ?? raw.started_at ?? raw.created_at,
    scheduledUntil: raw.scheduled_until ?? '',
    components: orderComponents(raw.components ?? []).map((component) => ({
      ...component,
      name: names.get(component.id) ?? component.name,
    })),
    latestUpdate: updates[0] ?? null,
  };
}

function splitMaintenances(
  raw: readonly RawMaintenance[],
  base: string,
  pageComponents: readonly ComponentState[],
): StatusData['maintenances'] {
  const all = raw.map((maintenance) => toMaintenance(maintenance, base, pageComponents));
  const soonestFirst = (list: Maintenance[]): Maintenance[] =>
    byTime(list, (maintenance) => maintenance.scheduledFor, 'oldest');
  return {
    // A status this version does not know may well be a maintenance under way ("in-progress"): it stays
    // active, its status 'unknown' says so in the popup, and only 'completed' ends it. Dropping it would
    // read as operational and send a "maintenance ended" that never happened.
    active: soonestFirst(
      all.filter((m) => m.status === 'in_progress' || m.status === 'verifying' || m.status === 'unknown'),
    ),
    upcoming: soonestFirst(all.filter((m) => m.status === 'scheduled')),
  };
}

function normalizeIndicator(status: RawStatus): { indicator: Level; description: string } {
  return {
    indicator: indicatorToLevel(status.indicator),
    description: remoteText(status.description ?? '', MAX_TITLE),
  };
}

/** `vocabulary`: families learned from earlier incidents (see models/learned.ts), for every incident here. */
export function normalizeSummary(raw: RawSummaryPayload, vocabulary?: FamilyVocabulary): StatusData {
  const page = normalizePage(raw.page);
  const components = orderComponents(raw.components);
  return {
    page,
    ...normalizeIndicator(raw.status),
    components,
    incidents: newestFirst(
      raw.incidents.map((incident) => toIncident(incident, page.url, components, vocabulary)),
      (incident) => incident.startedAt,
    ),
    maintenances: splitMaintenances(raw.scheduled_maintenances, page.url, components),
  };
}

export function normalizeStatus(raw: RawStatusPayload): PageStatus {
  return { page: normalizePage(raw.page), ...normalizeIndicator(raw.status) };
}

/**
 * incidents/<id>.json. `pageComponents` (from the last summary) gives current names and page order;
 * without it the incident's own components list does.
 */
export function normalizeIncident(
  raw: RawIncidentPayload,
  pageComponents: readonly ComponentState[] = [],
  vocabulary?: FamilyVocabulary,
): Incident {
  return toIncident(raw.incident, normalizePage(raw.page).url, pageComponents, vocabulary);
}

export function normalizeIncidents(raw: RawIncidentsPayload, vocabulary?: FamilyVocabulary): Incident[] {
  const base = normalizePage(raw.page).url;
  return newestFirst(
    raw.incidents.map((incident) => toIncident(incident, base, [], vocabulary)),
    (incident) => incident.startedAt,
  );
}
