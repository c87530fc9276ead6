// The lead-time record, apart from ./storage and ./session-storage so that the options page, which lists the
// records, loads only their reader.
import { readLeadRecords } from '../core/session/lead-record';
import { stored } from './storage';

// ---- sessionLeads.v1: how much earlier the session saw errors than the status page posted (core/session/lead.ts).

export const leadsRecord = stored('sessionLeads.v1', readLeadRecords);
