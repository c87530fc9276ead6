// What the banner shows, as data: a pure function of the stored state, the time and what was shown before
// (the previous view is what turns "the incident left the snapshot" into a brief "Resolved").
import { bannerDecision, componentsKey, type BannerDecision } from '../core/banner';
import { staleAfterMs } from '../core/freshness';
import { isOpenIncident, isStale, type KnownLevel } from '../core/level';
import { sessionBanner, type SessionShown } from '../core/session/banner';
import type { AffectedModels, IncidentStatus, Snapshot } from '../core/types';
import type { Watches } from '../core/watch-record';
import type { DismissedLog } from '../shared/storage';
import { isDismissed } from '../core/dismissals';
import { epochOf } from '../core/epoch';
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
  /**
   * The incident's page. Always https on a status page host: the worker builds every incident url from the
   * page's checked base and the id (core/normalize.ts, core/urls.ts), and it is the only writer of the snapshot.
   */
  url: string | null;
  /** Further incidents that would also show ("+N more"). */
  more: number;
  /** The session's counts, joining the official state as one line while the signal is on. */
  session: SessionShown | null;
  /** A one-off "tell me when it's fixed" watch is set for this incident. */
  watching: boolean;
}

/** The quiet variant: the user's own session sees errors while the status page says all is well. */
export interface SessionBannerView {
  kind: 'session';
  /** The episode this is about: a dismissal holds for it, a new episode brings the banner back. */
  onAt: number;
  /** Counts and the status page's last update, as the badge shows them. */
  facts: SessionShown;
  watching: boolean;
}

export interface ResolvedView {
  kind: 'resolved';
  key: string;
  /** After the session's quiet banner: its requests succeed again (no title, no components). */
  session?: true;
  title: string;
  componentNames: string[];
  url: string | null;
  /** Epoch ms after which the banner goes away. */
  until: number;
}

export type BannerView = { kind: 'none' } | IncidentView | SessionBannerView | ResolvedView;

export const NO_BANNER: BannerView = { kind: 'none' };

export interface ViewInput {
  snapshot: Snapshot;
  settings: BannerSettings;
  dismissed: DismissedLog;
  now: number;
  /** What the badge shows of the session signal (sessionShown.v1). */
  session: SessionShown | null;
  /** The session episode (its onAt) whose quiet banner the user dismissed. */
  sessionDismissed: number | null;
  /** Only the frame: `typeof incidents?.[id] === 'number'` and `typeof session === 'number'` are asked. */
  watches: Partial<Watches> | null | undefined;
}

/** The core's decision, with what the user dismissed. */
export function undismissedDecision(input: ViewInput): BannerDecision | null {
  const { snapshot, settings, dismissed, now } = input;
  return bannerDecision(snapshot, settings, now, staleAfterMs(settings), (key, level) =>
    isDismissed(dismissed, key, level),
  );
}

const watchingIncident = (watches: ViewInput['watches'], id: string | undefined): boolean =>
  id !== undefined && typeof watches?.incidents?.[id] === 'number';

function incidentView(decision: BannerDecision, input: ViewInput, session: SessionShown | null): IncidentView {
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
    startedAt: incident ? epochOf(incident.startedAt) : null,
    url: incident?.url ?? null,
    more: decision.otherIncidents,
    session,
    watching: watchingIncident(input.watches, incident?.id),
  };
}

/** The incident or components the previous banner was about, if fresh data says they are over. */
function resolvedFrom(previous: IncidentView, input: ViewInput): ResolvedView | null {
  const { snapshot, settings, now } = input;
  const data = snapshot.data;
  // Stale data cannot tell "over" from "we stopped hearing about it": say nothing.
  if (!data || isStale(snapshot, now, staleAfterMs(settings))) return null;
  const id = previous.incidentId;
  const ids = new Set(previous.componentIds);
  const over =
    id === null
      ? data.components.every((c) => !ids.has(c.id) || c.status === 'operational')
      : !data.incidents.some((incident) => incident.id === id && isOpenIncident(incident));
  const final = snapshot.recentlyResolved.find((incident) => incident.id === id);
  return over
    ? {
        kind: 'resolved',
        key: previous.key,
        title: final?.name ?? previous.title,
        componentNames: previous.componentNames,
        url: final?.url ?? previous.url,
        until: now + RESOLVED_VISIBLE_MS,
      }
    : null;
}

/**
 * What to render now. The banner shows the worst undismissed incident (or degraded component), with the
 * session's counts as a line while its signal is on; else the session's quiet variant while the status page
 * says all is well; when the one that was showing ends and nothing else qualifies, a brief "Resolved"
 * replaces it; otherwise nothing.
 */
export function nextView(input: ViewInput, previous: BannerView): BannerView {
  const { settings, now } = input;
  if (!settings.banner) return NO_BANNER;
  const decision = undismissedDecision(input);
  const session = input.session;
  const said = sessionBanner({
    enabled: settings.sessionSignal,
    shown: session,
    official: decision !== null,
    dismissedOnAt: input.sessionDismissed,
  });
  if (decision) return incidentView(decision, input, said && session);
  if (said?.kind === 'quiet' && session) {
    return { kind: 'session', onAt: said.onAt, facts: session, watching: typeof input.watches?.session === 'number' };
  }
  if (previous.kind === 'resolved') return now < previous.until ? previous : NO_BANNER;
  if (previous.kind === 'incident') return resolvedFrom(previous, input) ?? NO_BANNER;
  if (previous.kind === 'session' && !session) {
    const until = now + RESOLVED_VISIBLE_MS;
    return { kind: 'resolved', key: 'session', session: true, title: '', componentNames: [], url: null, until };
  }
  return NO_BANNER;
}
