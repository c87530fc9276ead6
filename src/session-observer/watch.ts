// Runs the session observer only while the setting is on: off means no observer exists at all.
import { KEYS, type StorageArea } from '../shared/storage';
import { startSessionObserver, type SessionObserver, type SessionObserverDeps } from './observer';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;

export interface SessionWatchDeps extends SessionObserverDeps {
  storage: StorageArea;
  onChanged: { addListener(listener: ChangeListener): void };
  /** pagehide/visibilitychange: pending counts are sent before the page goes away. */
  onHide: (listener: () => void) => void;
}

/**
 * The stored setting, read without the settings schema (kept out of the page). On unless explicitly
 * false, as its default is (a test keeps this in step with defaultSettings).
 */
export function sessionSignalEnabled(rawSettings: unknown): boolean {
  if (typeof rawSettings !== 'object' || rawSettings === null) return true;
  return (rawSettings as { sessionSignal?: unknown }).sessionSignal !== false;
}

export function startSessionWatch(deps: SessionWatchDeps): Promise<void> {
  let observer: SessionObserver | null = null;
  // Once the first read answered or failed, what the page buffered was made while the setting was off (or
  // unknown, or was reported): an observer started later takes only new requests.
  let loading = deps.loading;
  const apply = (enabled: boolean) => {
    if (enabled && !observer) observer = startSessionObserver({ ...deps, loading });
    else if (!enabled && observer) {
      observer.stop();
      observer = null;
    }
  };
  // A change seen before the first read answers is newer than that read: the read then changes nothing.
  let changed = false;
  deps.onChanged.addListener((changes, areaName) => {
    if (areaName !== 'local' || !Object.hasOwn(changes, KEYS.settings)) return;
    changed = true;
    apply(sessionSignalEnabled(changes[KEYS.settings]?.newValue));
  });
  deps.onHide(() => observer?.flush());
  return deps.storage
    .get(KEYS.settings)
    .then(
      (stored) => {
        if (!changed) apply(sessionSignalEnabled(stored[KEYS.settings]));
      },
      // Unreadable: nothing is observed until a change says the setting is on.
      () => undefined,
    )
    .then(() => {
      loading = false;
    });
}
