// Everything the popup shows, as plain data: the stored Snapshot and Settings in, localised strings out.
// Pure (time, language and time zone are parameters), so every state is tested without a DOM.
import { displayLevel } from '../core/freshness';
import type { Translate } from '../core/i18n';
import { componentLevel, dataAgeMs, incidentLevel, isOpenIncident, overallLevel } from '../core/level';
import { levelLabel, modelsLabel } from '../core/present';
import { isRecentlyResolved, resolvedSince } from '../core/resolution';
import { countsLine, noIncidentLine, sessionLeads, sessionLine, sessionView } from '../core/session/present';
import type { SessionState } from '../core/session/state';
import type { ComponentState, Incident, IncidentModels, Level, Maintenance, PollError, Snapshot } from '../core/types';
import type { Settings } from '../shared/settings';
import {
  componentStatusText,
  headlineText,
  impactText,
  incidentStatusText,
  maintenanceStatusText,
  pollErrorReason,
} from './labels';
import { safeLinkHref } from './linkify';
import { clockTime, timeText, timeWindow, type TimeText } from '../ui/time-format';

export interface ViewContext {
  now: number;
  t: Translate;
  /** BCP 47 tag for Intl. */
  lang: string;
  /** IANA zone; undefined = the user's own. */
  timeZone?: string;
}

/** Where the data stands: drives the header's wording, independent of what the data says. */
export type DataState = 'loading' | 'empty' | 'fresh' | 'failing' | 'stale';

export interface ComponentRow {
  id: string;
  name: string;
  level: Level;
  statusText: string;
}

/** Components sharing one status, in page order: incidents usually mark four or five at once. */
export interface ComponentGroup {
  level: Level;
  statusText: string;
  names: string[];
}

export interface ModelChip {
  name: string;
  /** Named only in an update body, not in the title: shown marked. */
  fromUpdate: boolean;
}

export interface ModelsView {
  chips: ModelChip[];
  /** Aggregate wording ("Multiple models, not named"), or the "and others" tail after chips. */
  note: string | null;
  /** Third-party clouds ("Vertex"). */
  platforms: string[];
}

export interface TimelineEntry {
  id: string;
  statusText: string;
  time: TimeText;
  body: string;
}

export interface IncidentView {
  id: string;
  title: string;
  level: Level;
  levelText: string;
  statusText: string;
  impactText: string;
  started: TimeText;
  lastUpdate: TimeText;
  latestBody: string;
  models: ModelsView | null;
  components: ComponentRow[];
  componentGroups: ComponentGroup[];
  /** https only; null hides the link. */
  url: string | null;
  /** Every update kept, newest first. */
  timeline: TimelineEntry[];
  /** "Showing the latest 100 of 10,000 updates.", when the page sent more than were kept; else null. */
  capped: string | null;
}

export interface MaintenanceView {
  id: string;
  name: string;
  active: boolean;
  statusText: string;
  window: string;
  components: string[];
  url: string | null;
}

export interface ResolvedView {
  id: string;
  title: string;
  level: Level;
  impactText: string;
  resolved: TimeText;
  modelsText: string;
  url: string | null;
}

export interface ProblemView {
  /** "Can't reach the status page since 14:05". */
  summary: string;
  /** The PollError kind in plain words. */
  reason: string;
  /** Developer detail, for a disclosure. */
  detail: string;
  /** "Showing the last good data (25 minutes ago)." / "No status data yet." */
  lastGood: string;
}

export interface PopupView {
  level: Level;
  dataState: DataState;
  headline: string;
  /** "Updated 3 minutes ago", with the instant for a <time>. */
  freshness: { text: string; time: TimeText } | null;
  problem: ProblemView | null;
  /** When the level is unknown but old data exists: what it said ("Last known state: Partial outage"). */
  lastKnown: string | null;
  /** Data too old although no poll failed (checks paused: machine asleep, browser throttling). */
  staleNote: string | null;
  incidents: IncidentView[];
  components: ComponentRow[];
  maintenances: MaintenanceView[];
  resolved: ResolvedView[];
  statusPageUrl: string;
}

/**
 * The session signal in the popup, by the badge's rule (core/session/present.ts): while the status page
 * says operational, a card of its own; otherwise one line under the official state.
 */
export type SessionCardView =
  | {
      kind: 'card';
      heading: string;
      /** "5 of 12 requests failed in the last 5 minutes. The status page reports no incident, …" */
      facts: string;
      /** An outage not posted yet, or the user's network or account: never called an outage. */
      meaning: string;
      nothingSent: string;
      linkText: string;
    }
  | { kind: 'line'; text: string };

export const STATUS_PAGE_URL = 'https://status.claude.com/';

const MINUTE = 60_000;

/** An incident or page link goes out only when it is https (a tampered payload could say javascript:). */
export const httpsOnly = (url: string | null | undefined): string | null =>
  url ? safeLinkHref(url, ['https:']) : null;

export function groupByStatus(rows: readonly ComponentRow[]): ComponentGroup[] {
  const groups = new Map<string, ComponentGroup>();
  for (const row of rows) {
    const group = groups.get(row.statusText);
    if (group) group.names.push(row.name);
    else groups.set(row.statusText, { level: row.level, statusText: row.statusText, names: [row.name] });
  }
  return [...groups.values()];
}

function componentRow(component: ComponentState, t: Translate): ComponentRow {
  return {
    id: component.id,
    name: component.name,
    level: componentLevel(component.status),
    statusText: componentStatusText(component.status, t),
  };
}

export function modelsView(models: IncidentModels, t: Translate): ModelsView | null {
  const names = models.models.join(', ');
  const titled = new Set(models.fromTitle);
  const chips = (): ModelChip[] => models.models.map((name) => ({ name, fromUpdate: !titled.has(name) }));
  const platforms = [...models.platforms];
  let view: Omit<ModelsView, 'platforms'>;
  switch (models.scope) {
    case 'named':
      view = { chips: chips(), note: null };
      break;
    case 'named+others':
      view = { chips: chips(), note: t(names ? 'popupModelsAndOthers' : 'popupModelsSome') };
      break;
    case 'family':
      // Families are not models: "Sonnet models, versions not named", not a chip that looks like one model.
      view = { chips: [], note: names ? t('popupModelsFamily', [names]) : t('popupModelsSome') };
      break;
    case 'except':
      view = { chips: [], note: names ? t('popupModelsExcept', [names]) : t('popupModelsSome') };
      break;
    case 'some':
      view = { chips: [], note: t('popupModelsSome') };
      break;
    case 'all':
      view = { chips: [], note: t('popupModelsAll') };
      break;
    default:
      view = { chips: [], note: null };
  }
  if (view.chips.length === 0 && view.note === null && platforms.length === 0) return null;
  return { ...view, platforms };
}

function incidentView(incident: Incident, ctx: ViewContext): IncidentView {
  const { t, now, lang, timeZone } = ctx;
  const level = incidentLevel(incident);
  const components = incident.affectedComponents.map((component) => componentRow(component, t));
  return {
    id: incident.id,
    title: incident.name,
    level,
    levelText: levelLabel(level, t),
    statusText: incidentStatusText(incident.status, t),
    impactText: impactText(incident.impact, t),
    started: timeText(incident.startedAt, now, lang, timeZone),
    lastUpdate: timeText(incident.lastUpdateAt, now, lang, timeZone),
    latestBody: incident.updates[0]?.body ?? '',
    models: modelsView(incident.models, t),
    components,
    componentGroups: groupByStatus(components),
    url: httpsOnly(incident.url),
    timeline: incident.updates.map((update) => ({
      id: update.id,
      statusText: incidentStatusText(update.status, t),
      time: timeText(update.displayAt, now, lang, timeZone),
      body: update.body,
    })),
    capped:
      (incident.updateCount ?? 0) > incident.updates.length
        ? t(
            'popupUpdatesCapped',
            [incident.updates.length, incident.updateCount!].map(new Intl.NumberFormat(lang).format),
          )
        : null,
  };
}

function maintenanceView(maintenance: Maintenance, active: boolean, ctx: ViewContext): MaintenanceView {
  return {
    id: maintenance.id,
    name: maintenance.name,
    active,
    statusText: maintenanceStatusText(maintenance.status, ctx.t),
    window: timeWindow(maintenance.scheduledFor, maintenance.scheduledUntil, ctx.lang, ctx.timeZone),
    components: maintenance.components.map((component) => component.name),
    url: httpsOnly(maintenance.url),
  };
}

function resolvedView(incident: Incident, ctx: ViewContext): ResolvedView {
  const level = incidentLevel({ ...incident, affectedComponents: [] });
  return {
    id: incident.id,
    title: incident.name,
    level,
    impactText: impactText(incident.impact, ctx.t),
    resolved: timeText(incident.resolvedAt ?? incident.lastUpdateAt, ctx.now, ctx.lang, ctx.timeZone),
    modelsText: modelsLabel(incident.models, ctx.t),
    url: httpsOnly(incident.url),
  };
}

function recentlyResolved(snapshot: Snapshot, ctx: ViewContext): ResolvedView[] {
  return snapshot.recentlyResolved
    .filter((incident) => isRecentlyResolved(incident, ctx.now))
    .map((incident) => ({ incident, at: resolvedSince(incident) }))
    .sort((a, b) => b.at - a.at)
    .map(({ incident }) => resolvedView(incident, ctx));
}

function dataStateOf(snapshot: Snapshot | undefined, level: Level): DataState {
  if (snapshot === undefined) return 'loading';
  if (snapshot.error !== null) return 'failing';
  if (snapshot.data === null) return 'empty';
  return level === 'unknown' ? 'stale' : 'fresh';
}

function problemView(snapshot: Snapshot, error: PollError, ctx: ViewContext): ProblemView {
  const { t, now, lang, timeZone } = ctx;
  const hasData = snapshot.data !== null && snapshot.fetchedAt !== null;
  return {
    // The last good contact is when reaching the page stopped working; without one, the last attempt is all we know.
    summary:
      hasData && snapshot.fetchedAt !== null
        ? t('popupCantReachSince', [clockTime(snapshot.fetchedAt, now, lang, timeZone)])
        : t('popupCantReachLastTry', [clockTime(snapshot.checkedAt ?? error.at, now, lang, timeZone)]),
    reason: pollErrorReason(error, t),
    detail: error.detail,
    lastGood: !hasData
      ? t('popupNoDataYet')
      : dataAgeMs(snapshot, now) === null
        ? t('popupAgeUnknown')
        : t('popupLastGood', [timeText(snapshot.fetchedAt!, now, lang, timeZone).relative]),
  };
}

function freshnessOf(snapshot: Snapshot, ctx: ViewContext): PopupView['freshness'] {
  if (snapshot.fetchedAt === null || snapshot.data === null) return null;
  const time = timeText(snapshot.fetchedAt, ctx.now, ctx.lang, ctx.timeZone);
  const age = dataAgeMs(snapshot, ctx.now);
  if (age === null) return { text: ctx.t('popupAgeUnknown'), time };
  return { text: age < MINUTE ? ctx.t('popupUpdatedJustNow') : ctx.t('popupUpdated', [time.relative]), time };
}

export function popupView(
  snapshot: Snapshot | undefined,
  settings: Pick<Settings, 'pollIntervalSec'>,
  ctx: ViewContext,
): PopupView {
  const { t } = ctx;
  const level = snapshot ? displayLevel(snapshot, settings, ctx.now) : 'unknown';
  const dataState = dataStateOf(snapshot, level);
  const data = snapshot?.data ?? null;
  const headline =
    dataState === 'loading'
      ? t('popupHeadlineLoading')
      : dataState === 'empty'
        ? t('popupHeadlineChecking')
        : headlineText(level, t);
  const problem = snapshot?.error ? problemView(snapshot, snapshot.error, ctx) : null;
  // The freshness line already says how old the data is; this says why it matters.
  const staleNote = dataState === 'stale' ? t('popupStale') : null;
  return {
    level,
    dataState,
    headline,
    freshness: snapshot ? freshnessOf(snapshot, ctx) : null,
    problem,
    lastKnown: level === 'unknown' && data ? t('popupLastKnown', [levelLabel(overallLevel(data), t)]) : null,
    staleNote,
    incidents: (data?.incidents ?? []).filter(isOpenIncident).map((incident) => incidentView(incident, ctx)),
    components: (data?.components ?? []).map((component) => componentRow(component, t)),
    maintenances: [
      ...(data?.maintenances.active ?? []).map((m) => maintenanceView(m, true, ctx)),
      ...(data?.maintenances.upcoming ?? []).map((m) => maintenanceView(m, false, ctx)),
    ],
    resolved: snapshot ? recentlyResolved(snapshot, ctx) : [],
    statusPageUrl: httpsOnly(data?.page.url) ?? STATUS_PAGE_URL,
  };
}

/**
 * Nothing while the setting is off or not yet read, the signal is off, or the snapshot is still being read
 * (the card must not flash as a line first); otherwise the card or the line, on the level the header shows.
 */
export function sessionCardView(
  level: Level,
  snapshot: Snapshot | undefined,
  state: SessionState | undefined,
  settings: Pick<Settings, 'sessionSignal'> | undefined,
  ctx: Pick<ViewContext, 'now' | 't'>,
): SessionCardView | null {
  if (!settings?.sessionSignal || !state || !snapshot) return null;
  const session = sessionView(state);
  if (!session.on) return null;
  const { t, now } = ctx;
  if (!sessionLeads(level, session)) return { kind: 'line', text: sessionLine(session.facts, t) };
  return {
    kind: 'card',
    heading: t('popupSessionHeading'),
    facts: t('popupSessionFacts', [countsLine(session.facts, t), noIncidentLine(snapshot, now, t)]),
    meaning: t('sessionMeaning'),
    nothingSent: t('sessionNothingSent'),
    linkText: t('popupSessionStatusLink'),
  };
}
