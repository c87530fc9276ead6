// Counts of request outcomes: the only thing about claude.ai's requests that ever leaves the page.
import type { RequestKind, StatusClass } from './classify';

export interface ClassCounts {
  success: number;
  serverError: number;
  rateLimited: number;
  other: number;
}

/** All API requests (sends included), and the message sends on their own. */
export interface RequestCounts {
  api: ClassCounts;
  send: ClassCounts;
}

export const STATUS_CLASSES: readonly StatusClass[] = ['success', 'serverError', 'rateLimited', 'other'];

export const emptyClassCounts = (): ClassCounts => ({ success: 0, serverError: 0, rateLimited: 0, other: 0 });
export const emptyCounts = (): RequestCounts => ({ api: emptyClassCounts(), send: emptyClassCounts() });

export function addClassCounts(a: ClassCounts, b: ClassCounts): ClassCounts {
  return {
    success: a.success + b.success,
    serverError: a.serverError + b.serverError,
    rateLimited: a.rateLimited + b.rateLimited,
    other: a.other + b.other,
  };
}

export function addCounts(a: RequestCounts, b: RequestCounts): RequestCounts {
  return { api: addClassCounts(a.api, b.api), send: addClassCounts(a.send, b.send) };
}

/** One observed request, counted. A send is an API request too. */
export function countOne(counts: RequestCounts, kind: RequestKind, status: StatusClass): RequestCounts {
  const api = { ...counts.api, [status]: counts.api[status] + 1 };
  const send = kind === 'send' ? { ...counts.send, [status]: counts.send[status] + 1 } : counts.send;
  return { api, send };
}

export function totalOf(counts: ClassCounts): number {
  return counts.success + counts.serverError + counts.rateLimited + counts.other;
}

export const isEmptyCounts = (counts: RequestCounts): boolean => totalOf(counts.api) === 0;

const MAX_PER_CLASS = 1_000_000;

function readClassCounts(raw: unknown): ClassCounts | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const source = raw as Record<string, unknown>;
  const result = emptyClassCounts();
  for (const key of STATUS_CLASSES) {
    const value = source[key] ?? 0;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_PER_CLASS) return null;
    result[key] = value;
  }
  return result;
}

/**
 * Counts from a message or from storage: exactly the known numeric fields and nothing else, so a
 * foreign or tampered record can neither smuggle other data through nor break the sums.
 */
export function readCounts(raw: unknown): RequestCounts | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const source = raw as Record<string, unknown>;
  const api = readClassCounts(source.api);
  const send = readClassCounts(source.send ?? emptyClassCounts());
  if (!api || !send) return null;
  // A send is an API request: a record where sends exceed API requests is not ours.
  for (const key of STATUS_CLASSES) if (send[key] > api[key]) return null;
  return { api, send };
}
