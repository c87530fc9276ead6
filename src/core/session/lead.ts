// When to record a lead time: how much earlier the user's own session saw errors than the status page
// posted. The record itself, and how it is read and said, are in ./lead-record.
import { epochOf } from '../epoch';
import { clipText } from '../remote-text';
import type { Incident } from '../types';
import { MAX_LEAD_RECORDS, MAX_LEAD_TITLE, type LeadRecord } from './lead-record';
import { leadTime } from './signal';
import type { SessionSignal } from './signal-record';

/** When the status page first said something: its oldest update, else the incident's start. */
export function incidentPostedAt(incident: Incident): number {
  const times = incident.updates.map((update) => epochOf(update.displayAt)).filter((at) => at !== null);
  return times.length > 0 ? Math.min(...times) : (epochOf(incident.startedAt) ?? Number.NaN);
}

/** The record for an incident that just opened, or null when the session saw nothing earlier. */
export function leadRecordFor(signal: SessionSignal, incident: Incident): LeadRecord | null {
  const postedAt = incidentPostedAt(incident);
  const leadMs = leadTime(signal, postedAt);
  return leadMs === null
    ? null
    : { incidentId: incident.id, title: clipText(incident.name, MAX_LEAD_TITLE), postedAt, leadMs };
}

/** Newest first, one per incident (the first record wins), at most MAX_LEAD_RECORDS. */
export function addLeadRecord(records: readonly LeadRecord[], record: LeadRecord): LeadRecord[] {
  if (records.some((r) => r.incidentId === record.incidentId)) return [...records];
  return [record, ...records].slice(0, MAX_LEAD_RECORDS);
}

/**
 * The records after incidents opened on the status page: one for each that the session saw coming.
 * `added` holds only the new ones, for the notification that announces each incident.
 */
export function recordLeads(
  records: readonly LeadRecord[],
  signal: SessionSignal,
  opened: readonly Incident[],
): { records: LeadRecord[]; added: LeadRecord[] } {
  let next = [...records];
  const added: LeadRecord[] = [];
  for (const incident of opened) {
    const record = leadRecordFor(signal, incident);
    if (!record || next.some((r) => r.incidentId === record.incidentId)) continue;
    next = addLeadRecord(next, record);
    added.push(record);
  }
  return { records: next, added };
}
