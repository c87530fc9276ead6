// Which banners the user dismissed. A dismissal holds for one incident at one level: the banner comes back
// when that incident gets worse, and other incidents are not affected. Component-only banners (a degraded
// claude.ai or API without an incident) are keyed by their component ids.
import { componentsKey } from './banner';
import { isOpenIncident, isWorse, LEVEL_SEVERITY, type KnownLevel } from './level';
import type { StatusData } from './types';

/** dismissed.v1: banner key (incident id or componentsKey) to the level it was dismissed at, and when. */
export type DismissedLog = Record<string, { level: string; at: number }>;

function isKnownLevel(level: string): level is KnownLevel {
  return Object.hasOwn(LEVEL_SEVERITY, level);
}

export function isDismissed(log: DismissedLog, key: string, level: KnownLevel): boolean {
  const entry = Object.hasOwn(log, key) ? log[key] : undefined;
  // An entry with a level we cannot read never hides anything: showing once too often beats hiding an outage.
  if (!entry || !isKnownLevel(entry.level)) return false;
  return !isWorse(level, entry.level);
}

export function withDismissal(log: DismissedLog, key: string, level: KnownLevel, at: number): DismissedLog {
  return { ...log, [key]: { level, at } };
}

/**
 * Drops dismissals of incidents that are no longer open and of components that recovered. Only call it with
 * fresh data: stale data cannot say what is still open. Returns the same object when nothing was dropped.
 * The worker runs it after each good poll, so the banner in every tab stays small.
 */
export function pruneDismissed(log: DismissedLog, data: StatusData): DismissedLog {
  const prefix = componentsKey([]);
  const openIds = new Set(data.incidents.filter(isOpenIncident).map((incident) => incident.id));
  const degraded = new Set(
    data.components.filter((c) => c.status !== 'operational' && c.status !== 'under_maintenance').map((c) => c.id),
  );
  const keep = (key: string): boolean =>
    key.startsWith(prefix)
      ? key
          .slice(prefix.length)
          .split(',')
          .some((id) => degraded.has(id))
      : openIds.has(key);
  const keys = Object.keys(log);
  if (keys.every(keep)) return log;
  return Object.fromEntries(keys.filter(keep).map((key) => [key, log[key]!]));
}

/** A dismissal as the banner asks the worker to store it: a banner at its level, or the session's episode. */
export type DismissRequest = { key: string; level: KnownLevel } | { sessionOnAt: number };

const BANNER_KEY = /^([a-z0-9]{1,40}|components:[a-z0-9,]{1,400})$/i;

/** The request checked: a known level and a key of the banner's own shape, or a finite onAt; else null. */
export function readDismissRequest(raw: unknown): DismissRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { key, level, sessionOnAt } = raw as Record<string, unknown>;
  if (typeof sessionOnAt === 'number') return Number.isFinite(sessionOnAt) ? { sessionOnAt } : null;
  if (typeof key !== 'string' || !BANNER_KEY.test(key) || typeof level !== 'string' || !isKnownLevel(level))
    return null;
  return { key, level };
}
