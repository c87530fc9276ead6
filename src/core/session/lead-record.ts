// A stored lead-time record, how it is read back and how it is said: what the popup and the options page
// need, apart from ./lead (which decides when to record one) so that they never load the signal's logic.
// Everything in a record comes from the status page (its public incident id, title and time) or from our
// own counts; nothing of claude.ai (no address, no id) is ever part of one.
import { INCIDENT_ID } from '../incident-id';

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

const isRecord = (r: unknown): r is Record<string, unknown> => typeof r === 'object' && r !== null;

export function readLeadRecords(raw: unknown): LeadRecord[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (r): r is LeadRecord =>
        isRecord(r) &&
        typeof r.incidentId === 'string' &&
        INCIDENT_ID.test(r.incidentId) &&
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
