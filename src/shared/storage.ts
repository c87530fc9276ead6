// Every record the extension keeps in storage.local: one definition per key, with its default and the check
// applied on every read. Storage outlives versions of this code and can hold anything, so nothing reads a
// key except through its definition here.
import type { Level, Snapshot } from '../core/types';
import {
  arrayOf,
  isBoolean,
  isNumber,
  isRecord,
  isString,
  optional,
  recordOf,
  shape,
  validEntries,
  validItems,
  type Guard,
} from './guards';
import type { History } from './messages';
import { PRIMARY_ORIGIN } from './origins';
import { readSettings, type Settings } from './settings';
import { isIncident, isPollError, isResolvedIncident, isStatusData } from './snapshot-shape';

/** A stored record: its key and how to read it. */
export interface StoredRecord<T> {
  readonly key: string;
  /** Whatever storage held (nothing, an old shape, garbage) becomes a valid value; undefined gives the default. */
  read(raw: unknown): T;
}

/** The minimal storage surface used here: browser.storage.local or a test fake. */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(keys: string | string[]): Promise<void>;
}

/**
 * Every key in storage.local. The version is part of the key: a shape change gets a new key, so an old
 * record is never misread as a new one. Each key has one record below (its type, default and check).
 */
export const KEYS = {
  snapshot: 'snapshot.v1',
  settings: 'settings',
  poll: 'poll.v1',
  notified: 'notified.v1',
  dismissed: 'dismissed.v1',
  history: 'history.v1',
} as const;

// Records are separate constants, not one object, so the content script bundles only the ones it reads
// (the settings record would bring valibot into every claude.ai page).

export async function load<T>(area: StorageArea, record: StoredRecord<T>): Promise<T> {
  return record.read((await area.get(record.key))[record.key]);
}

export async function save<T>(area: StorageArea, record: StoredRecord<T>, value: T): Promise<void> {
  await area.set({ [record.key]: value });
}

// ---- snapshot.v1: the one stored truth every view renders from.

export const emptySnapshot = (): Snapshot => ({
  data: null,
  fetchedAt: null,
  checkedAt: null,
  origin: null,
  error: null,
  consecutiveFailures: 0,
  recentlyResolved: [],
});

const nullableNumber: Guard<number | null> = (value): value is number | null => value === null || isNumber(value);

/**
 * A snapshot whose data, times or error do not have the stored shape is no snapshot at all (unknown, grey);
 * a malformed recently-resolved entry costs only itself.
 */
export function readSnapshot(raw: unknown): Snapshot {
  if (!isRecord(raw)) return emptySnapshot();
  const { data, fetchedAt, checkedAt, origin, error, consecutiveFailures } = raw;
  if (
    !(data === null || isStatusData(data)) ||
    !nullableNumber(fetchedAt) ||
    !nullableNumber(checkedAt) ||
    !(origin === null || isString(origin)) ||
    !(error === null || isPollError(error)) ||
    !isNumber(consecutiveFailures)
  ) {
    return emptySnapshot();
  }
  return {
    data,
    fetchedAt,
    checkedAt,
    origin,
    error,
    consecutiveFailures,
    recentlyResolved: validItems(raw.recentlyResolved, isResolvedIncident),
  };
}

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
  /** Epoch ms of the poll in progress, so a poll killed mid-way is visible and retried. */
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

const isValidators = shape<HttpValidators>({ etag: optional(isString), lastModified: optional(isString) });

/** Field by field: a bad field falls back to its initial value, the others are kept. */
export function readPollState(raw: unknown): PollState {
  const state = initialPollState();
  if (!isRecord(raw)) return state;
  return {
    validators: validEntries(raw.validators, isValidators),
    origin: isString(raw.origin) ? raw.origin : state.origin,
    primaryRetryAt: isNumber(raw.primaryRetryAt) ? raw.primaryRetryAt : state.primaryRetryAt,
    notBefore: isNumber(raw.notBefore) ? raw.notBefore : state.notBefore,
    summaryAt: isNumber(raw.summaryAt) ? raw.summaryAt : state.summaryAt,
    inFlightSince: isNumber(raw.inFlightSince) ? raw.inFlightSince : null,
  };
}

// ---- notified.v1: every notification decision by event key, so a restarted worker never repeats one.

export interface NotifiedEntry {
  at: number;
  /** Decided to show (settings, snooze, mutes and flap suppression allowed it). */
  shown: boolean;
  level: Level;
  incidentId?: string;
  /** What the browser did with it: created, or the error it gave (kept for diagnosis). */
  delivery?: 'created' | 'no-permission' | string;
}
export type NotifiedLog = Record<string, NotifiedEntry>;

// `level` is only compared (isWorse treats a level it does not know as minor): a string is enough.
const isNotifiedEntry = shape<NotifiedEntry>({
  at: isNumber,
  shown: isBoolean,
  level: isString as Guard<Level>,
  incidentId: optional(isString),
  delivery: optional(isString),
});

// ---- dismissed.v1: banner dismissals per incident id, with the level dismissed so an escalation shows it again.

export type DismissedLog = Record<string, { level: string; at: number }>;

const isDismissal = shape<DismissedLog[string]>({ level: isString, at: isNumber });

// ---- history.v1: recent incidents as the popup shows them, fetched only when it asks.

export interface StoredHistory extends History {
  validators: Record<string, HttpValidators>;
}

const isStoredHistory = shape<StoredHistory>({
  fetchedAt: isNumber,
  incidents: arrayOf(isIncident),
  validators: recordOf(isValidators),
});

export const snapshotRecord: StoredRecord<Snapshot> = { key: KEYS.snapshot, read: readSnapshot };
export const settingsRecord: StoredRecord<Settings> = { key: KEYS.settings, read: (raw) => readSettings(raw) };
export const pollRecord: StoredRecord<PollState> = { key: KEYS.poll, read: readPollState };
export const notifiedRecord: StoredRecord<NotifiedLog> = {
  key: KEYS.notified,
  read: (raw) => validEntries(raw, isNotifiedEntry),
};
export const dismissedRecord: StoredRecord<DismissedLog> = {
  key: KEYS.dismissed,
  read: (raw) => validEntries(raw, isDismissal),
};
/** null until the first fetch: the popup asks for it. */
export const historyRecord: StoredRecord<StoredHistory | null> = {
  key: KEYS.history,
  read: (raw) => (isStoredHistory(raw) ? raw : null),
};

export const loadSnapshot = (area: StorageArea): Promise<Snapshot> => load(area, snapshotRecord);
export const loadSettings = (area: StorageArea): Promise<Settings> => load(area, settingsRecord);
export const loadPollState = (area: StorageArea): Promise<PollState> => load(area, pollRecord);

export async function saveSettings(area: StorageArea, settings: Settings): Promise<void> {
  await save(area, settingsRecord, readSettings(settings));
}
