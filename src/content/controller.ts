// Wires the banner to storage. Healthy Claude costs one storage read at start and a listener: no DOM node,
// no timer, no network. Everything browser-specific comes in as a parameter so tests can drive it.
import type { Translate } from '../core/i18n';
import { staleAfterMs } from '../core/freshness';
import { isStale } from '../core/level';
import type { Snapshot } from '../core/types';
import {
  dismissedRecord,
  emptySnapshot,
  type KEYS,
  load,
  readDismissed,
  readSnapshotFrame,
  save,
  type DismissedLog,
  type StorageArea,
} from '../shared/storage';
import { pruneDismissed, withDismissal } from './dismissals';
import { createBannerDom, HOST_ID, updateBannerDom, type BannerDom } from './render';
import { DEFAULT_BANNER_SETTINGS, readBannerSettings, type BannerSettings } from './settings';
import { NO_BANNER, nextView, type BannerView } from './view';

/** While a banner shows, it is re-evaluated this often: its age label moves on, data can turn stale. */
export const BANNER_TICK_MS = 60_000;
/** A page that keeps removing the host wins after this many re-attachments: no tug of war with a framework. */
export const MAX_REATTACHMENTS = 20;

export interface StorageChange {
  newValue?: unknown;
  oldValue?: unknown;
}
type ChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;

export interface BannerDeps {
  document: Document;
  /** storage.local */
  storage: StorageArea;
  /** storage.onChanged */
  onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
  /** runtime: its id becomes undefined once the extension is reloaded or updated under this page. */
  runtime: { readonly id?: string | undefined };
  t: Translate;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** At most one line per page, ever. */
  debug?: (message: string) => void;
}

export interface BannerController {
  /** Settles once the initial storage read was applied. */
  ready: Promise<void>;
  /** Removes the banner, its timer, observer and listener. */
  stop(): void;
}

/** Written as literals (checked against KEYS): reading KEYS would bundle every key of the extension. */
const WATCHED_KEYS = [
  'snapshot.v1',
  'settings',
  'dismissed.v1',
] as const satisfies readonly (typeof KEYS)[keyof typeof KEYS][];

const INVALIDATED = 'extension context invalidated';

function isContextInvalidated(error: unknown): boolean {
  return error instanceof Error && /context invalidated/i.test(error.message);
}

export function startBanner(deps: BannerDeps): BannerController {
  const doc = deps.document;
  const now = deps.now ?? Date.now;
  const setTimer = deps.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));

  let snapshot: Snapshot = emptySnapshot();
  let settings: BannerSettings = { ...DEFAULT_BANNER_SETTINGS };
  let dismissed: DismissedLog = {};
  let view: BannerView = NO_BANNER;
  let dom: BannerDom | null = null;
  let timer: unknown = null;
  let observer: MutationObserver | null = null;
  let reattachments = 0;
  let stopped = false;
  let logged = false;
  /** Keys changed while the first read was in flight: the read may be older than the change. */
  const changedEarly = new Set<string>();
  let loaded = false;

  const debugOnce = (message: string): void => {
    if (logged) return;
    logged = true;
    deps.debug?.(message);
  };

  const alive = (): boolean => {
    try {
      return Boolean(deps.runtime.id);
    } catch {
      return false;
    }
  };

  /** Stops, and says so, once the extension was reloaded or updated under this page. */
  const gone = (): boolean => {
    if (alive()) return false;
    stop(INVALIDATED);
    return true;
  };

  function apply(key: (typeof WATCHED_KEYS)[number], value: unknown): void {
    // Only the frame of the snapshot, and the banner's own settings reader: small on every claude.ai page.
    if (key === 'snapshot.v1') snapshot = readSnapshotFrame(value);
    else if (key === 'settings') settings = readBannerSettings(value);
    else dismissed = readDismissed(value);
  }

  function clearTick(): void {
    if (timer !== null) clearTimer(timer);
    timer = null;
  }

  function removeDom(): void {
    clearTick();
    observer?.disconnect();
    observer = null;
    dom?.host.remove();
    dom = null;
  }

  function attach(banner: BannerDom): void {
    if (banner.host.isConnected) return;
    (doc.body ?? doc.documentElement).appendChild(banner.host);
  }

  function watchRemoval(banner: BannerDom): void {
    if (observer || typeof MutationObserver === 'undefined') return;
    // SPA frameworks may re-render body and drop foreign nodes; only childList, only while a banner shows.
    observer = new MutationObserver(() => {
      if (banner.host.isConnected || stopped) return;
      if (++reattachments > MAX_REATTACHMENTS) {
        observer?.disconnect();
        return;
      }
      attach(banner);
    });
    observer.observe(doc.documentElement, { childList: true });
    if (doc.body) observer.observe(doc.body, { childList: true });
  }

  function render(at: number): void {
    if (view.kind === 'none') {
      removeDom();
      return;
    }
    dom ??= createBannerDom(doc, onDismiss);
    updateBannerDom(dom, view, { t: deps.t, now: at, theme: settings.theme });
    attach(dom);
    watchRemoval(dom);
    clearTick();
    const delay = view.kind === 'resolved' ? Math.max(0, view.until - at) : BANNER_TICK_MS;
    timer = setTimer(evaluate, delay);
  }

  function evaluate(): void {
    clearTick();
    if (stopped || gone()) return;
    const at = now();
    view = nextView({ snapshot, settings, dismissed, now: at }, view);
    render(at);
    pruneIfDone(at);
  }

  /** Read-modify-write, so a dismissal made in another tab meanwhile is kept. */
  async function updateDismissed(change: (log: DismissedLog) => DismissedLog): Promise<void> {
    try {
      const current = await load(deps.storage, dismissedRecord);
      const next = change(current);
      if (next !== current) await save(deps.storage, dismissedRecord, next);
    } catch (error) {
      fail(error);
    }
  }

  function pruneIfDone(at: number): void {
    const data = snapshot.data;
    if (!data || Object.keys(dismissed).length === 0) return;
    if (isStale(snapshot, at, staleAfterMs(settings.pollIntervalSec * 1000))) return;
    if (pruneDismissed(dismissed, data) === dismissed) return;
    dismissed = pruneDismissed(dismissed, data);
    void updateDismissed((log) => pruneDismissed(log, data));
  }

  function onDismiss(): void {
    if (stopped || gone()) return;
    const shown = view;
    if (shown.kind === 'resolved') {
      view = NO_BANNER;
      render(now());
      return;
    }
    if (shown.kind !== 'incident') return;
    const at = now();
    dismissed = withDismissal(dismissed, shown.key, shown.level, at);
    evaluate();
    const data = snapshot.data;
    void updateDismissed((log) => {
      const added = withDismissal(log, shown.key, shown.level, at);
      return data ? pruneDismissed(added, data) : added;
    });
  }

  const listener: ChangeListener = (changes, areaName) => {
    if (stopped || areaName !== 'local' || gone()) return;
    let relevant = false;
    for (const key of WATCHED_KEYS) {
      const change = Object.hasOwn(changes, key) ? changes[key] : undefined;
      if (!change) continue;
      apply(key, change.newValue);
      if (!loaded) changedEarly.add(key);
      relevant = true;
    }
    if (relevant && loaded) evaluate();
  };

  function fail(error: unknown): void {
    if (isContextInvalidated(error) || !alive()) stop(INVALIDATED);
    else debugOnce(`banner: storage error: ${error instanceof Error ? error.message : String(error)}`);
  }

  function stop(reason?: string): void {
    if (stopped) return;
    stopped = true;
    removeDom();
    try {
      deps.onChanged.removeListener(listener);
    } catch {
      // The context is gone: so is the listener.
    }
    if (reason) debugOnce(`banner stopped: ${reason}`);
  }

  // A banner left behind by an instance of the extension that was reloaded (its script can no longer run).
  doc.getElementById(HOST_ID)?.remove();

  let ready: Promise<void>;
  try {
    deps.onChanged.addListener(listener);
    ready = deps.storage.get([...WATCHED_KEYS]).then(
      (stored) => {
        for (const key of WATCHED_KEYS) if (!changedEarly.has(key)) apply(key, stored[key]);
        loaded = true;
        evaluate();
      },
      (error: unknown) => fail(error),
    );
  } catch (error) {
    fail(error);
    ready = Promise.resolve();
  }

  return { ready, stop: () => stop() };
}
