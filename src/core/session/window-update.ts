// How the worker moves the window on: merging a tab's counts and dropping what aged out. Apart from ./window
// (which the popup and banner read) so that the pages never load it.
import { addCounts, type RequestCounts } from './counts';
import { BUCKET_MS, bucketStart, WINDOW_MS, type SessionWindow } from './window';

/** Drops every bucket that lies wholly before the window ending at `now`, and any from the future. */
export function pruneWindow(window: SessionWindow, now: number): SessionWindow {
  const oldest = bucketStart(now) - WINDOW_MS + BUCKET_MS;
  const newest = bucketStart(now);
  return window.filter((bucket) => bucket.start >= oldest && bucket.start <= newest);
}

/** Adds counts observed at `at` to the window, then prunes it to the window ending at `now`. */
export function mergeCounts(window: SessionWindow, counts: RequestCounts, at: number, now: number = at): SessionWindow {
  const start = bucketStart(at);
  const merged = window.some((bucket) => bucket.start === start)
    ? window.map((bucket) => (bucket.start === start ? { start, counts: addCounts(bucket.counts, counts) } : bucket))
    : [...window, { start, counts }].sort((a, b) => a.start - b.start);
  return pruneWindow(merged, now);
}
