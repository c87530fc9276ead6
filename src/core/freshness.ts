import { effectiveLevel } from './level';
import type { Level, Snapshot } from './types';

/** Grace on top of the poll interval: an alarm can fire late, and a poll takes up to two timeouts. */
const STALE_GRACE_MS = 2 * 60_000;

/**
 * Data is stale, and the level unknown, once more than two polls' worth of time has passed without a
 * good answer: the worker stopped polling (machine asleep, browser throttling) or keeps failing.
 */
export function staleAfterMs(pollIntervalMs: number): number {
  return 2 * pollIntervalMs + STALE_GRACE_MS;
}

/** The level every view shows: badge, popup and banner agree because they all ask this. */
export function displayLevel(snapshot: Snapshot, pollIntervalMs: number, now: number): Level {
  return effectiveLevel(snapshot, now, staleAfterMs(pollIntervalMs));
}
