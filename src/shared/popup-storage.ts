// Records as the popup reads them: only their frame. The worker is the only writer of these records; it checks
// each deeply on every read (./worker-storage, ./lead-storage) and writes only what passed, so the popup, which
// every user opens and waits on, need not load those checks (the claude.ai banner reads the snapshot the same way).
import type { LeadRecord } from '../core/session/lead-record';
import type { Watches } from '../core/watch-record';
import { isObject, stored } from './storage';

/** Whatever is there: the popup asks only `typeof incidents?.[id] === 'number'`, which no junk can fool. */
export const readWatchesFrame = (raw: unknown) => raw as Partial<Watches> | null | undefined;

/** watches.v1 (the full check: watchesRecord in ./worker-storage). */
export const watchesFrameRecord = stored('watches.v1', readWatchesFrame);

export const readLeadsFrame = (raw: unknown): LeadRecord[] =>
  Array.isArray(raw) ? raw.filter((record): record is LeadRecord => isObject(record)) : [];

/** sessionLeads.v1 (the full check: leadsRecord in ./lead-storage). */
export const leadsFrameRecord = stored('sessionLeads.v1', readLeadsFrame);
