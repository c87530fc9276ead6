// The records only the worker reads: what the poller keeps between runs, the incident history it fetches for
// the popup (which receives it as a message), and the model families it learned. Apart from ./storage so that
// the pages, which share a chunk with the worker, never load them.
import { readLearnedFamilies } from '../core/models/learned-words';
import { readWatches } from '../core/watch-record';
import type { History } from './messages';
import { PRIMARY_ORIGIN } from './origins';
import { IncidentSchema } from './snapshot-schema';
import { load, stored, validEntries, isNumber, isObject, type StorageArea } from './storage';
import * as v from 'valibot';

// ---- poll.v1: what the poller must remember between runs of a worker that can die at any moment.

export interface HttpValidators {
  etag?: string;
  lastModified?: string;
}

export interface PollState {
  /** Validators per request URL, for conditional requests. */
  validators: Record<string, HttpValidators>;
  /** Origin that answered last; the fallback is used until primaryRetryAt. */
  origin: string;
  /** Epoch ms after which the primary origin is tried again. */
  primaryRetryAt: number;
  /** Epoch ms before which the server asked us not to come back (Retry-After). */
  notBefore: number;
  /** Epoch ms of the last full summary.json: the status.json probe is trusted only for a while after it. */
  summaryAt: number;
  /**
   * Epoch ms of the poll in progress, null once it has stored its outcome. A mark older than a live poll could
   * be belongs to one killed mid-way, which the next worker start does again (`resumeInterrupted`).
   */
  inFlightSince: number | null;
}

export const initialPollState = (): PollState => ({
  validators: {},
  origin: PRIMARY_ORIGIN,
  primaryRetryAt: 0,
  notBefore: 0,
  summaryAt: 0,
  inFlightSince: null,
});

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';
const isValidators = (value: Record<string, unknown>) =>
  optionalString(value.etag) && optionalString(value.lastModified);

/** Field by field: a bad field falls back to its initial value, the others are kept. */
export function readPollState(raw: unknown): PollState {
  const state = initialPollState();
  if (!isObject(raw)) return state;
  const number = (value: unknown, fallback: number) => (isNumber(value) ? value : fallback);
  return {
    validators: validEntries<HttpValidators>(raw.validators, isValidators),
    origin: typeof raw.origin === 'string' ? raw.origin : state.origin,
    primaryRetryAt: number(raw.primaryRetryAt, state.primaryRetryAt),
    notBefore: number(raw.notBefore, state.notBefore),
    summaryAt: number(raw.summaryAt, state.summaryAt),
    inFlightSince: isNumber(raw.inFlightSince) ? raw.inFlightSince : null,
  };
}

export const pollRecord = stored('poll.v1', readPollState);

export const loadPollState = (area: StorageArea): Promise<PollState> => load(area, pollRecord);

// ---- history.v1: recent incidents as the popup shows them, fetched only when it asks.

export interface StoredHistory extends History {
  validators: Record<string, HttpValidators>;
}

const StoredHistorySchema = v.object({ fetchedAt: v.number(), incidents: v.array(IncidentSchema) });

/** null until the first fetch, and for a record that fails the check: the worker fetches it again. */
export const historyRecord = stored<StoredHistory | null>('history.v1', (raw) => {
  const parsed = v.safeParse(StoredHistorySchema, raw);
  if (!parsed.success) return null;
  return {
    ...parsed.output,
    validators: validEntries<HttpValidators>((raw as StoredHistory).validators, isValidators),
  };
});

// ---- families.v1: model families learned from incidents read so far, newest first (core/models/learned.ts).

export const familiesRecord = stored('families.v1', readLearnedFamilies);

// ---- watches.v1: one-off "tell me when it's fixed" watches, on incidents and on the session (core/watch.ts).

export const watchesRecord = stored('watches.v1', readWatches);
