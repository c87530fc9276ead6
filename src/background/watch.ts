// The worker's side of "tell me when it's fixed": sets and cancels watches, and after every poll and every
// change of the session signal notifies those that are due, once. Watches live in storage; the decision
// is written before the notification is shown, so a worker stopped in between never notifies twice.
import { displayLevel } from '../core/freshness';
import { dueWatches, logFired, setWatch, watchKey, type FiredWatch } from '../core/watch';
import type { WatchLogEntry, WatchTarget } from '../core/watch-record';
import { succeedingAgain } from '../core/session/signal';
import type { Settings } from '../shared/settings';
import { loadSession } from '../shared/session-storage';
import { load, loadSnapshot, trySet, type StorageArea } from '../shared/storage';
import { watchesRecord } from '../shared/worker-storage';
import { notificationIdFor, type NotificationsApi } from './notify';

export interface WatchDeps {
  storage: StorageArea;
  /** Absent until the user grants the optional permission. */
  notifications: NotificationsApi | undefined;
  now: () => number;
  lock: <T>(name: string, task: () => Promise<T>) => Promise<T>;
  iconUrl: string;
  t: (key: string, substitutions?: string[]) => string;
}

export async function changeWatch(
  deps: WatchDeps,
  settings: Settings,
  target: WatchTarget,
  on: boolean,
): Promise<{ ok: boolean; notifications: boolean }> {
  const saved = await deps.lock('watch', async () => {
    const watches = await load(deps.storage, watchesRecord);
    return trySet(deps.storage, { [watchesRecord.key]: setWatch(watches, target, on, deps.now()) });
  });
  if (!saved) return { ok: false, notifications: deps.notifications !== undefined };
  // Already over (it resolved between the popup's last paint and the click): say so now.
  await notifyDueWatches(deps, settings);
  return { ok: true, notifications: deps.notifications !== undefined };
}

function notification(watch: FiredWatch, t: WatchDeps['t']) {
  if (watch.kind === 'session')
    return {
      id: notificationIdFor('watch:session', null),
      title: t('watchSessionTitle'),
      message: t('watchSessionBody'),
    };
  const { incident } = watch;
  return {
    id: notificationIdFor(`watch:${incident.id}`, incident.url.startsWith('https://') ? incident.url : null),
    title: t('watchIncidentTitle', [incident.name.slice(0, 120)]),
    message: t('watchIncidentBody'),
  };
}

/** Notifies each watch that is due (an explicit one-off request: settings and snooze do not hold it back). */
export async function notifyDueWatches(deps: WatchDeps, settings: Settings): Promise<void> {
  const fired = await deps.lock('watch', async () => {
    const [watches, snapshot, session] = await Promise.all([
      load(deps.storage, watchesRecord),
      loadSnapshot(deps.storage),
      loadSession(deps.storage),
    ]);
    if (watches.session === null && Object.keys(watches.incidents).length === 0) return [];
    const now = deps.now();
    const due = dueWatches(watches, {
      snapshot,
      level: displayLevel(snapshot, settings, now),
      sessionRecovered: !session.signal.on && succeedingAgain(session.window),
      sessionObserved: settings.sessionSignal,
      now,
    });
    if (JSON.stringify(due.watches) === JSON.stringify(watches)) return due.fired;
    // Decided before shown: a decision storage refuses (quota) is not shown, or every later check would repeat it.
    return (await trySet(deps.storage, { [watchesRecord.key]: due.watches })) ? due.fired : [];
  });
  if (!fired.length) return;
  const entries: WatchLogEntry[] = [];
  for (const watch of fired) {
    const { id, title, message } = notification(watch, deps.t);
    // Without the permission the watch still ends: badge and banner show the recovery.
    let delivery = 'no-permission';
    if (deps.notifications) {
      delivery = await deps.notifications.create(id, { type: 'basic', iconUrl: deps.iconUrl, title, message }).then(
        () => 'created',
        (error: unknown) => `error: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    entries.push({ key: watchKey(watch), at: deps.now(), delivery });
  }
  // What the browser did is kept for diagnosis only.
  await deps.lock('watch', async () =>
    trySet(deps.storage, { [watchesRecord.key]: logFired(await load(deps.storage, watchesRecord), entries) }),
  );
}
