// Which banners the user dismissed. A dismissal holds for one incident at one level: the banner comes back
// when that incident gets worse, and other incidents are not affected. Component-only banners (a degraded
// claude.ai or API without an incident) are keyed by their component ids.
import { componentsKey } from '../core/banner';
import { isOpenIncident, isWorse, LEVEL_SEVERITY, type KnownLevel } from '../core/level';
import type { StatusData } from '../core/types';
import type { DismissedLog } from '../shared/storage';

const COMPONENTS_PREFIX = componentsKey([]);

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
 */
export function pruneDismissed(log: DismissedLog, data: StatusData): DismissedLog {
  const openIds = new Set(data.incidents.filter(isOpenIncident).map((incident) => incident.id));
  const degraded = new Set(
    data.components.filter((c) => c.status !== 'operational' && c.status !== 'under_maintenance').map((c) => c.id),
  );
  const keep = (key: string): boolean =>
    key.startsWith(COMPONENTS_PREFIX)
      ? key
          .slice(COMPONENTS_PREFIX.length)
          .split(',')
          .some((id) => degraded.has(id))
      : openIds.has(key);
  const keys = Object.keys(log);
  if (keys.every(keep)) return log;
  return Object.fromEntries(keys.filter(keep).map((key) => [key, log[key]!]));
}
