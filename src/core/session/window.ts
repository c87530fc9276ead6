// The sliding window: 30 s buckets over 5 minutes, merged and pruned with time as a parameter.
import { addCounts, emptyCounts, readCounts, type RequestCounts } from './counts';

export const BUCKET_MS = 30_000;
export const WINDOW_MS = 5 * 60_000;

export interface Bucket {
  /** Epoch ms, a multiple of BUCKET_MS. */
  start: number;
  counts: RequestCounts;
}

/** Oldest first; at most WINDOW_MS / BUCKET_MS buckets, none empty. */
export type SessionWindow = Bucket[];

export const bucketStart = (at: number): number => Math.floor(at / BUCKET_MS) * BUCKET_MS;

/** Sum of the buckets that start at or after `from` (and are still in the window). */
export function sumWindow(window: SessionWindow, from = -Infinity): RequestCounts {
  return window
    .filter((bucket) => bucket.start >= from)
    .reduce((sum, bucket) => addCounts(sum, bucket.counts), emptyCounts());
}

/** A stored window, checked: anything malformed is dropped bucket by bucket. */
export function readWindow(raw: unknown): SessionWindow {
  if (!Array.isArray(raw)) return [];
  const buckets: Bucket[] = [];
  for (const item of raw.slice(0, 64)) {
    if (typeof item !== 'object' || item === null) continue;
    const { start, counts } = item as { start?: unknown; counts?: unknown };
    const read = readCounts(counts);
    if (typeof start !== 'number' || !Number.isFinite(start) || start % BUCKET_MS !== 0 || !read) continue;
    if (buckets.some((bucket) => bucket.start === start)) continue;
    buckets.push({ start, counts: read });
  }
  return buckets.sort((a, b) => a.start - b.start);
}
