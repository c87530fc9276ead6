import type { Level, Snapshot } from '../core/types';
import { readSettings, type Settings } from './settings';

/**
 * Every key the extension stores in storage.local, with its shape. The version is part of the key:
 * a shape change gets a new key, so an old record is never misread as a new one.
 */
export const KEYS = {
  snapshot: 'snapshot.v1',
  settings: 'settings',
  poll: 'poll.v1',
  notified: 'notified.v1',
  dismissed: 'dismissed.v1',
  history: 'history.v1',
  /** Model families learned from incidents read so far (core/models/learned.ts). */
  families: 'families.v1',
} as const;

export interface HttpValidators {
  etag?: string;
  lastModified?: string;
}

/** What the poller must remember between runs of a worker that can die at any moment. */
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

/** Every notification decision by event key, so a restarted worker never repeats one. */
export type NotifiedLog = Record<
  string,
  {
    at: number;
    /** Decided to show (settings, snooze, mutes and flap suppression allowed it). */
    shown: boolean;
    level: Level;
    incidentId?: string;
    /** What the browser did with it: created, or the error it gave (kept for diagnosis). */
    delivery?: 'created' | 'no-permission' | string;
  }
>;

/** Banner dismissals per incident id: the level dismissed, so an escalation shows it again. */
export type DismissedLog = Record<string, { level: string; at: number }>;

/** The minimal storage surface used here: browser.storage.local or a test fake. */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(keys: string | string[]): Promise<void>;
}

export async function loadSettings(area: StorageArea): Promise<Settings> {
  const stored = await area.get(KEYS.settings);
  return readSettings(stored[KEYS.settings]);
}

export async function saveSettings(area: StorageArea, settings: Settings): Promise<void> {
  await area.set({ [KEYS.settings]: readSettings(settings) });
}

export const emptySnapshot = (): Snapshot => ({
  data: null,
  fetchedAt: null,
  checkedAt: null,
  origin: null,
  error: null,
  consecutiveFailures: 0,
  recentlyResolved: [],
});

/** A stored snapshot is our own record, but storage can hold anything: check the frame before trusting it. */
export function readSnapshot(raw: unknown): Snapshot {
  if (typeof raw !== 'object' || raw === null) return emptySnapshot();
  const s = raw as Partial<Snapshot>;
  if (!('data' in s) || typeof s.consecutiveFailures !== 'number' || !Array.isArray(s.recentlyResolved)) {
    return emptySnapshot();
  }
  return s as Snapshot;
}

export async function loadSnapshot(area: StorageArea): Promise<Snapshot> {
  const stored = await area.get(KEYS.snapshot);
  return readSnapshot(stored[KEYS.snapshot]);
}
