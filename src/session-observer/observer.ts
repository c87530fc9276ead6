// Watches claude.ai's own requests through resource timing and reports counts of status classes to the
// worker. Each entry's address is read only to decide "same-origin /api/ request, send or not" and then
// dropped: what leaves this file is a RequestCounts, numbers only. No DOM node, no network of its own.
import { classifyStatus, requestKind } from '../core/session/classify';
import { countOne, emptyCounts, isEmptyCounts, type RequestCounts } from '../core/session/counts';

/** Counts are batched this long: one message per burst of requests, not one per request. */
export const FLUSH_MS = 2_000;

interface ResourceEntry {
  readonly name: string;
  /** Chromium 109+, Firefox 113+. Missing or 0 counts as "other" (never as a failure). */
  readonly responseStatus?: number;
}

interface ObserverLike {
  observe(options: { type: string; buffered?: boolean }): void;
  disconnect(): void;
}

export interface SessionObserverDeps {
  PerformanceObserver: new (callback: (list: { getEntries(): readonly unknown[] }) => void) => ObserverLike;
  /** location.origin of the page. */
  origin: string;
  /** True while the page is still loading (document_start): earlier entries are then the app's first. */
  loading: boolean;
  report: (counts: RequestCounts) => Promise<unknown>;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface SessionObserver {
  /** Sends what is pending at once (page hidden or unloading). */
  flush(): void;
  stop(): void;
}

/** Counts one batch of entries; pure, so tests feed it entries directly. */
export function countEntries(counts: RequestCounts, entries: readonly unknown[], origin: string): RequestCounts {
  let result = counts;
  for (const entry of entries as readonly (ResourceEntry | null)[]) {
    const kind = typeof entry?.name === 'string' ? requestKind(entry.name, origin) : null;
    if (kind === null) continue;
    const status = typeof entry!.responseStatus === 'number' ? entry!.responseStatus : 0;
    result = countOne(result, kind, classifyStatus(status));
  }
  return result;
}

export function startSessionObserver(deps: SessionObserverDeps): SessionObserver {
  const setTimer = deps.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let pending = emptyCounts();
  let timer: unknown = null;
  let stopped = false;

  function flush(): void {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (isEmptyCounts(pending)) return;
    const counts = pending;
    pending = emptyCounts();
    // A worker being restarted or an extension reloaded under the page: these counts are lost, nothing else.
    deps.report(counts).catch(() => undefined);
  }

  const observer = new deps.PerformanceObserver((list) => {
    if (stopped) return;
    pending = countEntries(pending, list.getEntries(), deps.origin);
    if (timer === null && !isEmptyCounts(pending)) timer = setTimer(flush, FLUSH_MS);
  });
  // buffered: requests the app made before this ran (the setting is read first) count too, but only on a
  // page still loading. A script injected into a page that was already open (Firefox does so when the
  // extension is reloaded or updated) would otherwise count again what its previous instance reported.
  observer.observe({ type: 'resource', buffered: deps.loading });

  return {
    flush,
    stop() {
      if (stopped) return;
      flush();
      stopped = true;
      observer.disconnect();
    },
  };
}
