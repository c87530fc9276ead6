// Storage is small: where a record must shrink, each incident keeps only its newest update. That is what the
// badge, the banner, the history list and the diff read; older updates are only the popup's detail.
import type { Incident, Snapshot } from '../core/types';

export const withNewestUpdate = <T extends Incident>(incident: T): T => ({
  ...incident,
  updates: incident.updates.slice(0, 1),
  // The popup then says how many it no longer shows.
  ...(incident.updates.length > 1 ? { updateCount: incident.updateCount ?? incident.updates.length } : {}),
});

export function compactSnapshot(snapshot: Snapshot): Snapshot {
  return {
    ...snapshot,
    data: snapshot.data && { ...snapshot.data, incidents: snapshot.data.incidents.map(withNewestUpdate) },
    recentlyResolved: snapshot.recentlyResolved.map(withNewestUpdate),
  };
}
