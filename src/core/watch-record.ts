// The one-off watches as stored, and how they are read back: what the popup needs, apart from ./watch (which
// decides when a watch fires) so that the popup never loads the worker's part.
import { INCIDENT_ID } from './incident-id';

export type WatchTarget = { kind: 'incident'; id: string } | { kind: 'session' };

export interface Watches {
  /** Watched status page incident ids, with when each watch was set. */
  incidents: Record<string, number>;
  /** When the session watch was set; null when there is none. */
  session: number | null;
  /** The watches that fired, newest first, with what the browser did with each notification (for diagnosis). */
  log: WatchLogEntry[];
}

export interface WatchLogEntry {
  /** `incident:<id>` or `session`. */
  key: string;
  at: number;
  /** created, no-permission, or the browser's error. */
  delivery: string;
}

export const MAX_WATCHED_INCIDENTS = 20;
export const MAX_WATCH_LOG = 10;

export const noWatches = (): Watches => ({ incidents: {}, session: null, log: [] });

export function readWatches(raw: unknown): Watches {
  if (typeof raw !== 'object' || raw === null) return noWatches();
  const { incidents, session, log } = raw as Record<string, unknown>;
  const kept: Record<string, number> = {};
  if (typeof incidents === 'object' && incidents !== null) {
    for (const [id, since] of Object.entries(incidents).slice(0, MAX_WATCHED_INCIDENTS))
      if (INCIDENT_ID.test(id) && typeof since === 'number' && Number.isFinite(since)) kept[id] = since;
  }
  const entries = Array.isArray(log)
    ? log
        .filter(
          (e): e is WatchLogEntry =>
            typeof e === 'object' &&
            e !== null &&
            typeof e.key === 'string' &&
            (e.key === 'session' ||
              (e.key.startsWith('incident:') && INCIDENT_ID.test(e.key.slice('incident:'.length)))) &&
            Number.isFinite(e.at) &&
            typeof e.delivery === 'string',
        )
        .map(({ key, at, delivery }) => ({ key, at, delivery: delivery.slice(0, 200) }))
        .slice(0, MAX_WATCH_LOG)
    : [];
  return {
    incidents: kept,
    session: typeof session === 'number' && Number.isFinite(session) ? session : null,
    log: entries,
  };
}
