// Lead-time records: how much earlier the user's own session saw errors than the status page posted.
import type { Incident } from '../types';
import { leadTime, type SessionSignal } from './signal';

export const MAX_LEAD_RECORDS = 20;

export interface LeadRecord {
  /** Status page incident id (a public id of status.claude.com, never anything of claude.ai). */
  incidentId: string;
  /** Epoch ms when the status page posted the incident. */
  postedAt: number;
  leadMs: number;
}

/** When the status page first said something: its oldest update, else the incident's start. */
export function incidentPostedAt(incident: Incident): number {
  const times = incident.updates.map((update) => Date.parse(update.displayAt)).filter(Number.isFinite);
  return times.length > 0 ? Math.min(...times) : Date.parse(incident.startedAt);
}

/** The record for an incident that just opened, or null when the session saw nothing earlier. */
export function leadRecordFor(signal: SessionSignal, incident: Incident): LeadRecord | null {
  const postedAt = incidentPostedAt(incident);
  const leadMs = leadTime(signal, postedAt);
  return leadMs === null ? null : { incidentId: incident.id, postedAt, leadMs };
}

/** Newest first, one per incident (the first record wins), at most MAX_LEAD_RECORDS. */
export function addLeadRecord(records: readonly LeadRecord[], record: LeadRecord): LeadRecord[] {
  if (records.some((r) => r.incidentId === record.incidentId)) return [...records];
  return [record, ...records].slice(0, MAX_LEAD_RECORDS);
}

export function readLeadRecords(raw: unknown): LeadRecord[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (r): r is LeadRecord =>
        typeof r === 'object' &&
        r !== null &&
        typeof (r as LeadRecord).incidentId === 'string' &&
        /^[a-z0-9]{1,40}$/i.test((r as LeadRecord).incidentId) &&
        Number.isFinite((r as LeadRecord).postedAt) &&
        Number.isFinite((r as LeadRecord).leadMs) &&
        (r as LeadRecord).leadMs > 0,
    )
    .map(({ incidentId, postedAt, leadMs }) => ({ incidentId, postedAt, leadMs }))
    .slice(0, MAX_LEAD_RECORDS);
}
