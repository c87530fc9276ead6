// Lead time: when the status page opens an incident while the session signal is on (or ended less than 30
// minutes before), the worker records how much earlier the session saw errors. The worker adds records only
// inside a poll (under its lock), so two polls never race; the options page only ever clears the list.
import { recordLeads } from '../core/session/lead';
import type { LeadRecord } from '../core/session/lead-record';
import type { Incident, Snapshot, StatusEvent } from '../core/types';
import { leadsRecord } from '../shared/lead-storage';
import { loadSession } from '../shared/session-storage';
import { load, trySet, type StorageArea } from '../shared/storage';

/** The incidents that the poll announced as opened, as the snapshot now has them. */
function openedIncidents(events: readonly StatusEvent[], snapshot: Snapshot): Incident[] {
  const ids = new Set(events.filter((event) => event.kind === 'incident-opened').map((event) => event.id));
  return (snapshot.data?.incidents ?? []).filter((incident) => ids.has(incident.id));
}

/** Stores a record for each newly opened incident the session saw coming; returns the new ones. */
export async function recordLeadTimes(
  storage: StorageArea,
  events: readonly StatusEvent[],
  snapshot: Snapshot,
): Promise<LeadRecord[]> {
  const opened = openedIncidents(events, snapshot);
  if (!opened.length) return [];
  const [session, records] = await Promise.all([loadSession(storage), load(storage, leadsRecord)]);
  const { records: next, added } = recordLeads(records, session.signal, opened);
  // A storage that refuses the write (quota) loses the record, not the poll: the notification still says it.
  if (added.length) await trySet(storage, { [leadsRecord.key]: next });
  return added;
}
