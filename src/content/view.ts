// What the banner shows, as data: a pure function of the stored state, the time and what was shown before
// (the previous view is what turns "the incident left the snapshot" into a brief "Resolved").
import { bannerDecision, componentsKey, type BannerDecision } from '../core/banner';
import { staleAfterMs } from '../core/freshness';
import { isOpenIncident, isStale, type KnownLevel } from '../core/level';
import type { AffectedModels, Incident, IncidentStatus, Snapshot } from '../core/types';
import type { DismissedLog } from '../shared/storage';
import { isDismissed } from './dismissals';
import type { BannerSettings } from './settings';

/** How long "Resolved: <title>" stays before the banner and its host node go away. */
export const RESOLVED_VISIBLE_MS = 8_000;

export interface IncidentView {
  kind: 'incident';
  /** Dismissal key: the incident id, or componentsKey(...) for a banner about components only. */
  key: string;
  level: KnownLevel;
  /** null for a banner about degraded components without an incident. */
  incidentId: string | null;
  /** Incident name; '' without incident (the renderer names the components). */
  title: string;
  componentIds: string[];
  componentNames: string[];
  models: AffectedModels | null;
  status: IncidentStatus | null;
  /** Epoch ms; null when unknown. */
  startedAt: number | null;
  /** https only; null otherwise. */
  url: string | null;
  /** Further incidents that would also show ("+N more"). */
  more: number;
}

export interface ResolvedView {
  kind: 'resolved';
  key: string;
  title: string;
  componentNames: string[];
  url: string | null;
  /** Epoch ms after which the banner goes away. */
  until: number;
}

export type BannerView = { kind: 'none' } | IncidentView | ResolvedView;

export const NO_BANNER: BannerView = { kind: 'none' };

export interface ViewInput {
  snapshot: Snapshot;
  settings: BannerSettings;
  dismissed: DismissedLog;
  now: number;
}

/** Remote URLs become links only when they are https. */
export function httpsUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function epoch(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

/** The core's decision, with what the user dismissed. */
export function undismissedDecision(input: ViewInput): BannerDecision | null {
  const { snapshot, settings, dismissed, now } = input;
  return bannerDecision(snapshot, settings, now, staleAfterMs(settings.pollIntervalSec * 1000), (key, level) =>
    isDismissed(dismissed, key, level),
  );
}

function incidentView(decision: BannerDecision): IncidentView {
  const incident = decision.incident;
  const componentIds = decision.components.map((component) => component.id);
  return {
    kind: 'incident',
    key: incident ? incident.id : componentsKey(componentIds),
    level: decision.level,
    incidentId: incident?.id ?? null,
    title: incident?.name ?? '',
    componentIds,
    componentNames: decision.components.map((component) => component.name),
    models: decision.models,
    status: incident?.status ?? null,
    startedAt: incident ? epoch(incident.startedAt) : null,
    url: httpsUrl(incident?.url),
    more: decision.otherIncidents,
  };
}

/** The incident or components the previous banner was about, if fresh data says they are over. */
function resolvedFrom(previous: IncidentView, input: ViewInput): ResolvedView | null {
  const { snapshot, settings, now } = input;
  const until = now + RESOLVED_VISIBLE_MS;
  const fresh = !isStale(snapshot, now, staleAfterMs(settings.pollIntervalSec * 1000));
  const data = snapshot.data;
  if (previous.incidentId !== null) {
    const id = previous.incidentId;
    const final: Incident | undefined = snapshot.recentlyResolved.find((incident) => incident.id === id);
    const stillOpen = data?.incidents.some((incident) => incident.id === id && isOpenIncident(incident)) ?? false;
    // Stale data cannot tell "over" from "we stopped hearing about it": without a final record, say nothing.
    if (stillOpen || (!final && !fresh)) return null;
    return {
      kind: 'resolved',
      key: previous.key,
      title: final?.name ?? previous.title,
      componentNames: previous.componentNames,
      url: httpsUrl(final?.url) ?? previous.url,
      until,
    };
  }
  if (!fresh || !data) return null;
  const ids = new Set(previous.componentIds);
  const recovered = data.components.filter((c) => ids.has(c.id)).every((c) => c.status === 'operational');
  return recovered
    ? { kind: 'resolved', key: previous.key, title: '', componentNames: previous.componentNames, url: null, until }
    : null;
}

/**
 * What to render now. The banner shows the worst undismissed incident (or degraded component); when the one
 * that was showing ends and nothing else qualifies, a brief "Resolved" replaces it; otherwise nothing.
 */
export function nextView(input: ViewInput, previous: BannerView): BannerView {
  if (!input.settings.banner) return NO_BANNER;
  const decision = undismissedDecision(input);
  if (decision) return incidentView(decision);
  if (previous.kind === 'resolved') return input.now < previous.until ? previous : NO_BANNER;
  if (previous.kind === 'incident') return resolvedFrom(previous, input) ?? NO_BANNER;
  return NO_BANNER;
}
