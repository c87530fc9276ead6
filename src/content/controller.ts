// Wires the banner to storage. Healthy Claude costs one storage read at start and a listener: no DOM node,
// no timer, no network. Everything browser-specific comes in as a parameter so tests can drive it.
import type { Translate } from '../core/i18n';
import { readSessionShown } from '../core/session/banner';
import type { WatchTarget } from '../core/watch-record';
import { message, type MessageMap } from '../shared/messages';
import { readWatchesFrame } from '../shared/popup-storage';
import { withDismissal } from '../core/dismissals';
import { type KEYS, readDismissed, readSessionDismissed, readSnapshotFrame, type StorageArea } from '../shared/storage';
import { createBannerDom, HOST_ID, updateBannerDom, type BannerDom } from './render';
import { readBannerSettings, type BannerSettings } from './settings';
import { NO_BANNER, nextView, type BannerView, type ViewInput } from './view';

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
  runtime: { readonly id?: string | undefined; sendMessage(message: unknown): Promise<unknown> };
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
  /** Removes the banner, its timer, observer and listener: aborts the banner's lifetime. */
  stop(): void;
}

/** Written as literals (checked against KEYS): reading KEYS would bundle every key of the extension. */
const WATCHED_KEYS = [
  'snapshot.v1',
  'settings',
  'dismissed.v1',
  'sessionShown.v1',
  'sessionDismissed.v1',
  'watches.v1',
] as const satisfies readonly (typeof KEYS)[keyof typeof KEYS][];
type WatchedKey = (typeof WATCHED_KEYS)[number];

const INVALIDATED = 'extension context invalidated';

const isContextInvalidated = (error: unknown): boolean => /context invalidated/i.test(String(error));

export function startBanner(deps: BannerDeps): BannerController {
  const doc = deps.document;
  const now = deps.now ?? Date.now;
  const setTimer = deps.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  /**
   * The banner's lifetime. Aborted once, by stop() or when the extension is reloaded under the page; what
   * the banner holds (node, timer, observer, storage listener) is released from its abort event below.
   */
  const life = new AbortController();

  /**
   * What storage holds of each watched key, as it arrived: read by each record's reader on every evaluation,
   * so there is one copy of each. A key set here before the first read came back is newer than that read.
   */
  const stored: Partial<Record<WatchedKey, unknown>> = {};
  /** The worker answered the last watch without the notifications permission. */
  let unnotified = false;
  let view: BannerView = NO_BANNER;
  let dom: BannerDom | null = null;
  /** The pending tick; clearing one that already ran, or none yet, is harmless. */
  let timer: unknown;
  let observer: MutationObserver | null = null;
  let reattachments = 0;
  let logged = false;
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

  /** Whether the banner's life is over; it ends, and says so, once the extension was reloaded or updated. */
  const gone = (): boolean => {
    if (!alive()) invalidated();
    return life.signal.aborted;
  };

  const settings = (): BannerSettings => readBannerSettings(stored.settings);

  /** What the view is made of. Only the frame of the snapshot, and the banner's own settings reader: small. */
  const viewInput = (at: number): ViewInput => ({
    snapshot: readSnapshotFrame(stored['snapshot.v1']),
    settings: settings(),
    dismissed: readDismissed(stored['dismissed.v1']),
    session: readSessionShown(stored['sessionShown.v1']),
    sessionDismissed: readSessionDismissed(stored['sessionDismissed.v1']),
    watches: readWatchesFrame(stored['watches.v1']),
    now: at,
  });

  function removeDom(): void {
    clearTimer(timer);
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
      // Stopping disconnects it before removing the host: no record of that removal comes here.
      if (banner.host.isConnected) return;
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
    dom ??= createBannerDom(doc, { dismiss: onDismiss, watch: onWatch }, deps.t);
    updateBannerDom(dom, view, { t: deps.t, now: at, theme: settings().theme, unnotified });
    attach(dom);
    watchRemoval(dom);
    clearTimer(timer);
    const delay = view.kind === 'resolved' ? Math.max(0, view.until - at) : BANNER_TICK_MS;
    timer = setTimer(evaluate, delay);
  }

  function evaluate(): void {
    // No clearTimer here: render() replaces the timer, and the end of life clears it.
    if (gone()) return;
    const at = now();
    view = nextView(viewInput(at), view);
    render(at);
  }

  /** Hidden here at once; the worker stores it (its one writer), and every tab follows the storage change. */
  function dismiss(request: MessageMap['dismiss']['request']): void {
    evaluate();
    deps.runtime.sendMessage(message('dismiss', request)).catch(fail);
  }

  function onDismiss(): void {
    if (gone()) return;
    const shown = view;
    if (shown.kind === 'resolved') {
      view = NO_BANNER;
      render(now());
      return;
    }
    if (shown.kind === 'session') {
      // One number, the episode's onAt: a new episode brings the quiet banner back.
      stored['sessionDismissed.v1'] = shown.onAt;
      dismiss({ sessionOnAt: shown.onAt });
      return;
    }
    if (shown.kind !== 'incident') return;
    const log = readDismissed(stored['dismissed.v1']);
    stored['dismissed.v1'] = withDismissal(log, shown.key, shown.level, now());
    dismiss({ key: shown.key, level: shown.level });
  }

  /** Sets or cancels the watch; the worker stores it, and its storage change repaints the button. */
  function onWatch(): void {
    if (gone()) return;
    const shown = view;
    const target: WatchTarget | null =
      shown.kind === 'session'
        ? { kind: 'session' }
        : shown.kind === 'incident' && shown.incidentId
          ? { kind: 'incident', id: shown.incidentId }
          : null;
    if (!target || shown.kind === 'resolved' || shown.kind === 'none') return;
    deps.runtime.sendMessage(message('watch', { target, on: !shown.watching })).then((answer) => {
      unnotified = (answer as MessageMap['watch']['response'] | undefined)?.notifications === false;
      evaluate();
    }, fail);
  }

  const listener: ChangeListener = (changes, areaName) => {
    if (areaName !== 'local' || gone()) return;
    let relevant = false;
    for (const key of WATCHED_KEYS) {
      const change = Object.hasOwn(changes, key) ? changes[key] : undefined;
      if (!change) continue;
      stored[key] = change.newValue;
      relevant = true;
    }
    if (relevant && loaded) evaluate();
  };

  function fail(error: unknown): void {
    if (isContextInvalidated(error)) invalidated();
    else if (!gone()) debugOnce(`banner: ${String(error)}`);
  }

  function invalidated(): void {
    if (!life.signal.aborted) debugOnce(`banner stopped: ${INVALIDATED}`);
    life.abort();
  }

  life.signal.onabort = () => {
    removeDom();
    try {
      deps.onChanged.removeListener(listener);
    } catch {
      // The context is gone: so is the listener.
    }
  };

  // A banner left behind by an instance of the extension that was reloaded (its script can no longer run).
  doc.getElementById(HOST_ID)?.remove();

  // Async so that an API throwing at once (the context is already gone) is a rejection like any other.
  async function load(): Promise<void> {
    deps.onChanged.addListener(listener);
    const values = await deps.storage.get([...WATCHED_KEYS]);
    for (const key of WATCHED_KEYS) if (!Object.hasOwn(stored, key)) stored[key] = values[key];
    loaded = true;
    evaluate();
  }

  return { ready: load().catch(fail), stop: () => life.abort() };
}
