// The worker's side of the session signal: checks each tab's report, merges its counts into the stored
// window, decides on/off with the pure core. Everything is read from and written to storage on each event:
// the worker may stop between any two, and a window held in memory would be lost with it.
import type { Alarms, Runtime } from 'webextension-polyfill';
import type { RequestCounts } from '../core/session/counts';
import { decideSignal } from '../core/session/signal';
import type { SessionState } from '../core/session/state';
import { mergeCounts, pruneWindow } from '../core/session/window-update';
import { loadSession } from '../shared/session-storage';
import { KEYS, trySet, type StorageArea } from '../shared/storage';

/** While the signal is on, it is re-decided this often even without traffic, so it can end on its own. */
export const SESSION_ALARM = 'session';
export const CLAUDE_ORIGIN = 'https://claude.ai';

/**
 * Reports come only from our own content script in a top-level claude.ai page. The sender's address is
 * read for its origin here and nowhere else, and never kept.
 */
export function isSessionReporter(sender: Runtime.MessageSender, ownId: string): boolean {
  if (sender.id !== ownId || !sender.tab || (sender.frameId ?? 0) !== 0 || typeof sender.url !== 'string') return false;
  try {
    return new URL(sender.url).origin === CLAUDE_ORIGIN;
  } catch {
    return false;
  }
}

export interface SessionDeps {
  storage: StorageArea;
  alarms: Pick<Alarms.Static, 'create' | 'clear' | 'get'>;
  now: () => number;
  /** Serialises read-modify-write of the window across tabs' reports and alarms. */
  lock: <T>(name: string, task: () => Promise<T>) => Promise<T>;
}

/** Merges counts (none for a timer tick), decides, stores; tells whether it was stored and the signal turned on or off. */
export function updateSession(
  deps: SessionDeps,
  counts: RequestCounts | null,
): Promise<{ changed: boolean; stored: boolean }> {
  return deps.lock('session', async () => {
    const before = await loadSession(deps.storage);
    const now = deps.now();
    const merged = counts ? mergeCounts(before.window, counts, now) : pruneWindow(before.window, now);
    const decided = { window: merged, signal: decideSignal(before.signal, merged, now) } satisfies SessionState;
    const mustWrite = counts || decided.signal.on !== before.signal.on || merged.length !== before.window.length;
    // What storage refuses (quota) did not happen: every view reads the stored state, so deciding on the
    // unstored one would turn the signal on or off for the badge alone.
    const stored = !mustWrite || (await trySet(deps.storage, { [KEYS.session]: decided }));
    const { window, signal } = stored ? decided : before;
    const changed = signal.on !== before.signal.on;
    // The alarm runs while the signal is on or anything is still in the window: it prunes what ages out,
    // so views never show stale counts, and it lets the signal end without further traffic.
    // Created once, not on every report: re-creating would push its first tick back each time.
    if (signal.on || window.length > 0) {
      if (!(await deps.alarms.get(SESSION_ALARM))) await deps.alarms.create(SESSION_ALARM, { periodInMinutes: 0.5 });
    } else await deps.alarms.clear(SESSION_ALARM);
    return { changed, stored };
  });
}
