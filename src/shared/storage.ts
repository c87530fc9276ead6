// Every record the extension keeps in storage.local: one definition per key, with its type, its default and the
// check applied on every read. Storage outlives versions of this code and can hold anything (an old shape, a
// hand edit), so nothing reads a key except through its record. Records are separate constants, not one
// object, so each context bundles only the ones it reads. The records only the worker reads live in
// ./worker-storage, the session signal's in ./session-storage: the popup and the options page load one
// chunk shared with the worker, and a module reached from them would ship to them whole, read or not.
import type { DismissedLog } from '../core/dismissals';
import type { SessionState } from '../core/session/state';
import type { Level, Snapshot } from '../core/types';
import { readSettings, type Settings } from './settings';
import { parseSnapshot } from './snapshot-schema';

export { KEYS } from './keys';
import type { KEYS } from './keys';

/** The minimal storage surface used here: browser.storage.local or a test fake. */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(keys: string | string[]): Promise<void>;
}

/** A stored record: its key, and how whatever storage holds there becomes a valid value (undefined: the default). */
export interface StoredRecord<T> {
  readonly key: string;
  read(raw: unknown): T;
}

/**
 * A record: one of KEYS (the compiler checks it), written as the literal so that a bundle which never reads the
 * record keeps no trace of it (the bundler would keep a `KEYS.x` read as a statement of its own).
 */
export const stored = /* @__NO_SIDE_EFFECTS__ */ <T>(
  key: (typeof KEYS)[keyof typeof KEYS],
  read: (raw: unknown) => T,
): StoredRecord<T> => ({ key, read });

export async function load<T>(area: StorageArea, record: StoredRecord<T>): Promise<T> {
  return record.read((await area.get(record.key))[record.key]);
}

export async function save<T>(area: StorageArea, record: StoredRecord<T>, value: T): Promise<void> {
  await area.set({ [record.key]: value });
}

/**
 * Whether storage took the write. It refuses one past its quota, or on a full or broken profile; each caller
 * that can carry on without the write says how, rather than let the whole event fail.
 */
export const trySet = (area: StorageArea, items: Record<string, unknown>): Promise<boolean> =>
  area.set(items).then(
    () => true,
    () => false,
  );

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The entries that pass, so one bad entry never costs the others. */
export function validEntries<T>(raw: unknown, valid: (value: Record<string, unknown>) => boolean): Record<string, T> {
  if (!isObject(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => isObject(value) && valid(value))) as Record<
    string,
    T
  >;
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

/** Checked deeply (./snapshot-schema): what the worker and the pages render can be trusted field by field. */
export const snapshotRecord = stored<Snapshot>('snapshot.v1', (raw) => parseSnapshot(raw) ?? emptySnapshot());

/**
 * The claude.ai banner checks only the frame of the snapshot: the deep check would cost every claude.ai page
 * load about a kilobyte, and the worker wrote what it reads after checking it deeply itself.
 */
export function readSnapshotFrame(raw: unknown): Snapshot {
  if (!isObject(raw)) return emptySnapshot();
  const s = raw as Partial<Snapshot>;
  if (!('data' in s) || typeof s.consecutiveFailures !== 'number' || !Array.isArray(s.recentlyResolved)) {
    return emptySnapshot();
  }
  return s as Snapshot;
}

// ---- settings: what the user chose; valibot schema and migrations in ./settings.

export const settingsRecord = stored<Settings>('settings', (raw) => readSettings(raw));

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

// `level` is only compared (isWorse reads a level it does not know as minor), so a string is enough; an entry
// without its time cannot take part in flap suppression.
export const notifiedRecord = stored<NotifiedLog>('notified.v1', (raw) =>
  validEntries<NotifiedEntry>(raw, (entry) => isNumber(entry.at)),
);

// ---- dismissed.v1: banner dismissals per incident id, with the level dismissed so an escalation shows it again.

export type { DismissedLog };

/** Keeps only well-formed entries, and of each only what a dismissal is. */
export function readDismissed(raw: unknown): DismissedLog {
  const log: DismissedLog = {};
  if (!isObject(raw)) return log;
  for (const [key, value] of Object.entries(raw)) {
    if (!isObject(value)) continue;
    const { level, at } = value;
    if (typeof level === 'string' && typeof at === 'number') log[key] = { level, at };
  }
  return log;
}

export const dismissedRecord = stored('dismissed.v1', readDismissed);

export const loadSnapshot = (area: StorageArea): Promise<Snapshot> => load(area, snapshotRecord);
export const loadSettings = (area: StorageArea): Promise<Settings> => load(area, settingsRecord);

export async function saveSettings(area: StorageArea, settings: Settings): Promise<void> {
  await save(area, settingsRecord, readSettings(settings));
}

// ---- session.v1, as the popup and the claude.ai banner read it (the full record is in ./session-storage).

/**
 * The pages check only the frame of the session record, as the banner does the snapshot's: the worker, its
 * only writer, wrote it after the deep check (readSessionState), whose bytes every page would otherwise load.
 * The empty state is written out here for the same reason.
 */
export function readSessionFrame(raw: unknown): SessionState {
  if (!isObject(raw) || !Array.isArray(raw.window) || !isObject(raw.signal))
    return { window: [], signal: { on: false, episode: null, clearedAt: 0 } };
  return raw as unknown as SessionState;
}
export const sessionFrameRecord = stored('session.v1', readSessionFrame);

// ---- sessionDismissed.v1: the onAt of the session episode whose quiet claude.ai banner the user dismissed.
// One number: a new episode has a new onAt, so the banner comes back for it and nothing needs pruning.

export const readSessionDismissed = (raw: unknown): number | null => (isNumber(raw) ? raw : null);
export const sessionDismissedRecord = stored('sessionDismissed.v1', readSessionDismissed);
