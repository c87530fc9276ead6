import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { readSettings, type Settings } from '../shared/settings';
import { load, saveSettings, settingsRecord, type StorageArea } from '../shared/storage';
import type { StorageChangedEvent } from './deps';

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };

export interface SettingsEditor {
  /** undefined until storage answers. */
  settings: Settings | undefined;
  /** Applies a change at once (optimistic) and saves it. */
  update(change: (current: Settings) => Settings): void;
  save: SaveState;
}

/**
 * Settings as stored, edited in place. Every change is written immediately (there is no Save button);
 * writes are queued so they land in the order made, and changes from elsewhere (another options tab,
 * the popup) are followed through storage.onChanged.
 */
export function useSettingsEditor(
  area: StorageArea,
  onChanged: StorageChangedEvent,
  now: () => number,
): SettingsEditor {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  // The latest value, read synchronously: two clicks before a re-render must both be kept.
  const latest = useRef<Settings | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);

  useEffect(() => {
    let alive = true;
    const apply = (value: Settings) => {
      latest.current = value;
      setSettings(value);
    };
    load(area, settingsRecord).then(
      (stored) => alive && latest.current === undefined && apply(stored),
      // Unreadable storage: show defaults; the first change will try to write them.
      () => alive && latest.current === undefined && apply(readSettings(undefined)),
    );
    const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
      // Echoes of our own queued writes would briefly roll back newer local edits: follow storage only when idle.
      if (areaName === 'local' && settingsRecord.key in changes && inFlight.current === 0) {
        apply(settingsRecord.read(changes[settingsRecord.key]?.newValue));
      }
    };
    onChanged.addListener(listener);
    return () => {
      alive = false;
      onChanged.removeListener(listener);
    };
  }, [area, onChanged]);

  const update = useCallback(
    (change: (current: Settings) => Settings) => {
      const current = latest.current;
      if (!current) return;
      const next = readSettings(change(current));
      latest.current = next;
      setSettings(next);
      setSave({ kind: 'saving' });
      inFlight.current += 1;
      queue.current = queue.current
        .then(() => saveSettings(area, next))
        .then(
          // Each write holds the whole object, so the last one landing is what counts: "Saved" once the queue is empty.
          () => {
            if (inFlight.current === 1) setSave({ kind: 'saved', at: now() });
          },
          (error: unknown) =>
            setSave({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
        )
        .finally(() => {
          inFlight.current -= 1;
        });
    },
    [area, now],
  );

  return { settings, update, save };
}
