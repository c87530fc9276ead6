// Lead-time records: how much earlier the user's own session saw errors than the status page posted.
// Everything in a record comes from the status page (its public incident id, title and time) or from our
// own counts; nothing of claude.ai (no address, no id) is ever part of one.
import type { Translate } from '../i18n';
import { ageLabel } from '../present';
import type { Incident } from '../types';
import { leadTime, type SessionSignal } from './signal';

export const MAX_LEAD_RECORDS = 20;
/** Titles are public status page text, but storage keeps a bounded copy: a hostile page cannot fill it. */
export const MAX_LEAD_TITLE = 200;

export interface LeadRecord {
  /** Status page incident id (a public id of status.claude.com, never anything of claude.ai). */
  incidentId: string;
  /** The incident's title on the status page when it opened, so the list can say which one it was. */
  title: string;
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
  return leadMs === null
    ? null
    : { incidentId: incident.id, title: incident.name.slice(0, MAX_LEAD_TITLE), postedAt, leadMs };
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

/**
 * "23 min", "2 h": in the words every age is said in. At least a minute: a lead is recorded only when it is
 * positive, and "less than a minute" would read as none.
 */
export const leadDuration = (record: Pick<LeadRecord, 'leadMs'>, t: Translate): string =>
  ageLabel(Math.max(record.leadMs, 60_000), t);

const isRecord = (r: unknown): r is Record<string, unknown> => typeof r === 'object' && r !== null;

export function readLeadRecords(raw: unknown): LeadRecord[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (r): r is LeadRecord =>
        isRecord(r) &&
        typeof r.incidentId === 'string' &&
        /^[a-z0-9]{1,40}$/i.test(r.incidentId) &&
        Number.isFinite(r.postedAt) &&
        Number.isFinite(r.leadMs) &&
        (r.leadMs as number) > 0,
    )
    .map(({ incidentId, title, postedAt, leadMs }) => ({
      incidentId,
      title: typeof title === 'string' ? title.slice(0, MAX_LEAD_TITLE) : '',
      postedAt,
      leadMs,
    }))
    .slice(0, MAX_LEAD_RECORDS);
}
