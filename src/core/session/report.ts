// A content script's report as the worker receives it: refused whole unless it is exactly counts. Apart
// from ./counts, which the views also load (through the stored window), because only the worker checks reports.
import { isEmptyCounts, readCounts, STATUS_CLASSES, type ClassCounts, type RequestCounts } from './counts';

/** One report covers a 2 s batch of one tab: no real page makes this many API requests in it. */
export const MAX_REPORTED_PER_CLASS = 5_000;

const onlyKeys = (value: unknown, allowed: readonly string[]): boolean =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).every((key) => allowed.includes(key));

/**
 * A content script's report as the worker receives it: `{counts: {api, send}}`, exactly those keys and
 * small non-negative integers, or null. Stricter than readCounts: a message with anything else in it
 * (an address, an id, a string) is refused whole, so nothing but numbers can ever reach storage.
 */
export function readReport(payload: unknown): RequestCounts | null {
  if (!onlyKeys(payload, ['counts'])) return null;
  const counts = (payload as { counts?: unknown }).counts;
  if (!onlyKeys(counts, ['api', 'send'])) return null;
  const { api, send } = counts as { api?: unknown; send?: unknown };
  if (!onlyKeys(api, STATUS_CLASSES) || !onlyKeys(send, STATUS_CLASSES)) return null;
  const read = readCounts(counts);
  if (!read || isEmptyCounts(read)) return null;
  const within = (c: ClassCounts) => STATUS_CLASSES.every((key) => c[key] <= MAX_REPORTED_PER_CLASS);
  return within(read.api) ? read : null;
}
