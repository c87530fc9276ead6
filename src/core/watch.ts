// "Tell me when it's fixed": one-off watches the user sets on an incident or on the session signal. Each
// notifies once, when what it watches is over, and then is gone. Pure: the worker stores the watches and
// calls `dueWatches` after every poll and every change of the session signal.
import { isOpenIncident } from './level';
import type { Incident, Level, Snapshot } from './types';
import { INCIDENT_ID } from './incident-id';
import {
  MAX_WATCH_LOG,
  MAX_WATCHED_INCIDENTS,
  type WatchLogEntry,
  type Watches,
  type WatchTarget,
} from './watch-record';

export type FiredWatch = { kind: 'incident'; incident: Incident } | { kind: 'session' };

/** A watch that never fires (an incident that vanished without a resolution) is dropped after a week. */
export const MAX_WATCH_MS = 7 * 24 * 60 * 60_000;
export const watchKey = (watch: FiredWatch): string =>
  watch.kind === 'session' ? 'session' : `incident:${watch.incident.id}`;

export function logFired(watches: Watches, entries: readonly WatchLogEntry[]): Watches {
  return { ...watches, log: [...entries, ...watches.log].slice(0, MAX_WATCH_LOG) };
}

/** A watch target from a message, checked: an incident id of the status page's form, or the session. */
export function readWatchTarget(raw: unknown): WatchTarget | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { kind, id } = raw as Record<string, unknown>;
  if (kind === 'session') return { kind };
  return kind === 'incident' && typeof id === 'string' && INCIDENT_ID.test(id) ? { kind, id } : null;
}

export function setWatch(watches: Watches, target: WatchTarget, on: boolean, now: number): Watches {
  if (target.kind === 'session') return { ...watches, session: on ? (watches.session ?? now) : null };
  const incidents = { ...watches.incidents };
  if (!on) delete incidents[target.id];
  else if (!Object.hasOwn(incidents, target.id)) {
    if (Object.keys(incidents).length >= MAX_WATCHED_INCIDENTS) return watches;
    incidents[target.id] = now;
  }
  return { ...watches, incidents };
}

export interface WatchFacts {
  snapshot: Snapshot;
  /** The official level as the badge shows it (stale and failed polls are unknown, never operational). */
  level: Level;
  /** The session signal is off and a request succeeded after the last server error. */
  sessionRecovered: boolean;
  /** The session signal is switched on: with it off, nothing is observed and a session watch is dropped. */
  sessionObserved: boolean;
  now: number;
}

/**
 * Which watches fire now, and the watches that remain. An incident's watch fires once the status page
 * marks it resolved; the session's once the session is succeeding again and the page is operational.
 */
export function dueWatches(watches: Watches, facts: WatchFacts): { fired: FiredWatch[]; watches: Watches } {
  const { snapshot, now } = facts;
  const open = new Set((snapshot.data?.incidents ?? []).filter(isOpenIncident).map((incident) => incident.id));
  const fired: FiredWatch[] = [];
  const incidents: Record<string, number> = {};
  for (const [id, since] of Object.entries(watches.incidents)) {
    const resolved = open.has(id) ? undefined : snapshot.recentlyResolved.find((incident) => incident.id === id);
    if (resolved) fired.push({ kind: 'incident', incident: resolved });
    else if (now - since < MAX_WATCH_MS) incidents[id] = since;
  }
  let session = watches.session;
  if (session !== null && facts.sessionRecovered && facts.level === 'operational') {
    fired.push({ kind: 'session' });
    session = null;
  } else if (session !== null && (!facts.sessionObserved || now - session >= MAX_WATCH_MS)) session = null;
  return { fired, watches: { ...watches, incidents, session } };
}
