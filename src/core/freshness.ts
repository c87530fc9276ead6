import { effectiveLevel } from './level';
import type { Level, Snapshot } from './types';

/** What the freshness rules read of the settings: the check interval the user chose, in seconds. */
export interface PollIntervalSetting {
  pollIntervalSec: number;
}

/** The check interval in ms: the setting is stored in seconds, and every rule that uses it counts ms. */
export function pollIntervalMs(settings: PollIntervalSetting): number {
  return settings.pollIntervalSec * 1000;
}

/**
 * Data is stale, and the level unknown, once more than two polls' worth of time has passed without a
 * good answer: the worker stopped polling (machine asleep, browser throttling) or keeps failing. Two
 * minutes of grace on top: an alarm can fire late, and a poll takes up to two timeouts.
 */
export function staleAfterMs(settings: PollIntervalSetting): number {
  return 2 * pollIntervalMs(settings) + 2 * 60_000;
}

/** The level every view shows: badge, popup and banner agree because they all ask this. */
export function displayLevel(snapshot: Snapshot, settings: PollIntervalSetting, now: number): Level {
  return effectiveLevel(snapshot, now, staleAfterMs(settings));
}
