import type Browser from 'webextension-polyfill';
import { elapsedMs, remainingMs } from '../core/clock';
import { displayLevel, pollIntervalMs } from '../core/freshness';
import { browserTranslator } from '../core/i18n';
import { isOpenIncident } from '../core/level';
import { MAX_RETRY_AFTER_MS, nextPollDelay } from '../core/poll-policy';
import { readWatchTarget } from '../core/watch';
import type { RequestCounts } from '../core/session/counts';
import { readDismissRequest } from '../core/dismissals';
import type { Snapshot } from '../core/types';
import { isMessage, type MessageMap, type MessageType } from '../shared/messages';
import { readSettings, type Settings } from '../shared/settings';
import { loadSession } from '../shared/session-storage';
import { KEYS, loadSettings, loadSnapshot } from '../shared/storage';
import { loadPollState } from '../shared/worker-storage';
import { sessionShown } from '../core/session/banner';
import { sessionView } from '../core/session/present';
import { readReport } from '../core/session/report';
import { applyBadge, showSessionOnBanner } from './badge';
import { pruneDismissals, storeDismissal } from './dismissals';
import { getHistory } from './history';
import { REQUEST_TIMEOUT_MS } from './http';
import { recordLeadTimes } from './leads';
import { notify, urlOfNotification } from './notify';
import { poll } from './poll';
import { POLL_ALARM, schedulePoll } from './schedule';
import { isSessionReporter, SESSION_ALARM, updateSession } from './session';
import { changeWatch, notifyDueWatches, type WatchDeps } from './watch';

/**
 * A poll marked in flight for this long was killed mid-way: a live one has given up on its fetches by then.
 * Two request timeouts, as a poll may try the fallback origin after the primary timed out.
 */
export const INTERRUPTED_POLL_MS = 2 * REQUEST_TIMEOUT_MS;

export interface WorkerDeps {
  browser: typeof Browser;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  online: () => boolean;
  /** Serialises polls across every event that can start one; the browser releases it if the worker dies. */
  lock: <T>(name: string, task: () => Promise<T>) => Promise<T>;
}

/**
 * Every handler the worker registers. Nothing here keeps state between events: each handler reads
 * what it needs from storage, because the browser may kill the worker between any two of them.
 */
export function createWorker(deps: WorkerDeps) {
  const { browser } = deps;
  const storage = browser.storage.local;
  const t = browserTranslator(browser.i18n);
  const iconUrl = browser.runtime.getURL('icons/icon-128.png');

  async function showBadge(snapshot?: Snapshot) {
    const [current, settings, session] = await Promise.all([
      snapshot ?? loadSnapshot(storage),
      loadSettings(storage),
      loadSession(storage),
    ]);
    const view = settings.sessionSignal ? sessionView(session) : null;
    const now = deps.now();
    await applyBadge(browser.action, current, settings, now, t, view);
    const level = displayLevel(current, settings, now);
    await showSessionOnBanner(storage, sessionShown(level, view, session.signal.episode?.onAt ?? null, current));
  }

  const sessionDeps = { storage, alarms: browser.alarms, now: deps.now, lock: deps.lock };
  const dismissalDeps = { storage, now: deps.now, lock: deps.lock };
  // Read on each use: the notifications API appears only once the optional permission is granted.
  const watchDeps = (): WatchDeps => ({
    storage,
    notifications: browser.notifications,
    now: deps.now,
    lock: deps.lock,
    iconUrl,
    t,
  });

  /** Counts from a tab, or null for a timer tick. The badge follows while the signal is or was just on. */
  async function onSessionCounts(counts: RequestCounts | null): Promise<{ ok: boolean }> {
    const settings = await loadSettings(storage);
    if (!settings.sessionSignal) return { ok: false };
    const { changed, stored } = await updateSession(sessionDeps, counts);
    if (changed || (await loadSession(storage)).signal.on) await showBadge();
    await notifyDueWatches(watchDeps(), settings);
    return { ok: stored };
  }

  async function scheduleNext(snapshot: Snapshot, settings: Settings, retryAfterMs: number | null) {
    const delay = nextPollDelay({
      intervalMs: pollIntervalMs(settings),
      hasOpenIncident: snapshot.data?.incidents.some(isOpenIncident) ?? false,
      consecutiveFailures: snapshot.consecutiveFailures,
      retryAfterMs,
      random: deps.random(),
    });
    await schedulePoll(browser.alarms, delay, deps.now());
  }

  /** Polls unless a poll finished after `notBefore` (someone else just did it); then badge, notify, schedule. */
  async function pollNow(requestedAt = 0): Promise<Snapshot> {
    return deps.lock('poll', async () => {
      const [settings, current, state] = await Promise.all([
        loadSettings(storage),
        loadSnapshot(storage),
        loadPollState(storage),
      ]);
      const now = deps.now();
      // A check "in the future" was made before the clock went back, not after this request.
      const checkedAt = current.checkedAt;
      if (requestedAt > 0 && checkedAt !== null && checkedAt > requestedAt && elapsedMs(checkedAt, now) !== null)
        return current;
      // The server asked us to wait (Retry-After): come back then, not before. A stamp further ahead than any
      // Retry-After we honour predates a clock change, and would delay us by as much as the clock went back.
      const wait = remainingMs(state.notBefore, now, MAX_RETRY_AFTER_MS);
      if (wait > 0) {
        await schedulePoll(browser.alarms, wait, now);
        return current;
      }
      const result = await poll({ fetch: deps.fetch, now: deps.now, online: deps.online, storage });
      await showBadge(result.snapshot);
      await pruneDismissals(dismissalDeps, result.snapshot);
      const leads = settings.sessionSignal ? await recordLeadTimes(storage, result.events, result.snapshot) : [];
      await notify(
        { notifications: browser.notifications, storage, now: deps.now, iconUrl, t },
        result.events,
        settings,
        result.snapshot,
        leads,
      );
      await notifyDueWatches(watchDeps(), settings);
      await scheduleNext(result.snapshot, settings, result.retryAfterMs);
      return result.snapshot;
    });
  }

  /**
   * At each start: a poll the browser killed mid-way (its in-flight mark is stale) is done again now, rather
   * than at the alarm's next repetition, which may be an interval away. Answers the new snapshot, or null.
   */
  async function resumeInterrupted(): Promise<Snapshot | null> {
    const { inFlightSince } = await loadPollState(storage);
    if (inFlightSince === null) return null;
    // A mark "in the future" predates a clock change: as stale as any.
    const age = elapsedMs(inFlightSince, deps.now());
    if (age !== null && age < INTERRUPTED_POLL_MS) return null;
    return pollNow(deps.now());
  }

  /**
   * One handler per message, typed by the map: the compiler wants every message handled and every answer of the
   * right shape, and `isMessage` learns the names from this object. Each handler checks its own payload.
   */
  const handlers: {
    [K in MessageType]: (
      payload: Readonly<Record<string, unknown>>,
      sender: Browser.Runtime.MessageSender,
    ) => Promise<MessageMap[K]['response']>;
  } = {
    refresh: async () => ({ ok: (await pollNow(deps.now())).error === null }),
    // Only a real `true` forces a fetch: a truthy anything else is not what the popup sends.
    getHistory: (payload) => getHistory({ fetch: deps.fetch, storage, now: deps.now }, payload.force === true),
    // Session counts come only from our content script in a top-level claude.ai page.
    sessionCounts: async (payload, sender) => {
      const counts = isSessionReporter(sender, browser.runtime.id) ? readReport(payload) : null;
      return counts ? onSessionCounts(counts) : { ok: false };
    },
    watch: async ({ target, on }) => {
      const checked = readWatchTarget(target);
      if (!checked || typeof on !== 'boolean') return { ok: false, notifications: false };
      return changeWatch(watchDeps(), await loadSettings(storage), checked, on);
    },
    dismiss: async (payload) => {
      const request = readDismissRequest(payload);
      return request ? storeDismissal(dismissalDeps, request) : { ok: false };
    },
  };

  return {
    pollNow,
    resumeInterrupted,
    // The browser does not keep the badge across restarts and updates: paint the stored state before the first fetch returns.
    onInstalled: () => void showBadge().then(() => pollNow()),
    onStartup: () => void showBadge().then(() => pollNow()),
    onAlarm: (alarm: Browser.Alarms.Alarm) => {
      if (alarm.name === POLL_ALARM) void pollNow();
      if (alarm.name === SESSION_ALARM) void onSessionCounts(null);
    },
    onOnline: () => void pollNow(deps.now()),
    onMessage: (message: unknown, sender: Browser.Runtime.MessageSender) => {
      // Only our own pages talk to the worker.
      if (sender.id !== browser.runtime.id || !isMessage(message, handlers)) return undefined;
      return handlers[message.type](message.payload, sender);
    },
    onStorageChanged: async (changes: Record<string, Browser.Storage.StorageChange>, area: string) => {
      const change = area === 'local' ? changes[KEYS.settings] : undefined;
      if (!change) return;
      // New settings repaint at once; a new interval reschedules. No fetch: the options page writes on every
      // click, and the status page has not changed because a checkbox did.
      await showBadge();
      const [before, after] = [readSettings(change.oldValue), readSettings(change.newValue)];
      if (before.sessionSignal && !after.sessionSignal) {
        // Off forgets what was counted: nothing of the session is kept while the user does not want it. Should
        // storage refuse, the counts (numbers only) stay unread while off, and age out like any others once on.
        await storage.remove(KEYS.session).catch(() => {});
        await browser.alarms.clear(SESSION_ALARM);
        await showBadge();
      }
      if (before.pollIntervalSec !== after.pollIntervalSec)
        await scheduleNext(await loadSnapshot(storage), after, null);
    },
    onNotificationClicked: async (id: string) => {
      const url = urlOfNotification(id);
      if (url) await browser.tabs.create({ url });
      await browser.notifications?.clear(id);
    },
  };
}
