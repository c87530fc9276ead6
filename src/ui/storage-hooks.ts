import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type Browser from 'webextension-polyfill';
import { extensionApi } from '../shared/extension-api';
import type { Snapshot } from '../core/types';
import type { Settings } from '../shared/settings';
import { settingsRecord, snapshotRecord, type StoredRecord, type StorageArea } from '../shared/storage';

type OnChanged = Browser.Storage.Static['onChanged'];

/** What one `storage.get` of several keys answered, read before the first render (a key it lacks is unset). */
export type Preloaded = Record<string, unknown>;

/**
 * A stored value that follows storage.onChanged. Views render from storage alone: the popup paints
 * the cached snapshot at once and updates itself when the worker writes a new one.
 * With `preloaded` the first render already has the value; without, it is `undefined` until the hook's
 * own read answers.
 */
export function useStoredValue<T>(
  { key, read }: StoredRecord<T>,
  area: StorageArea = extensionApi().storage.local,
  onChanged: OnChanged = extensionApi().storage.onChanged,
  preloaded?: Preloaded,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(() => (preloaded ? read(preloaded[key]) : undefined));
  // The effects name only `key`: `read` comes with the record (a module constant), `area` and `onChanged` are the
  // page's storage (or the fakes a test hands in once) and `preloaded` is read once before the first render, so
  // none changes while the hook lives, and listing them would cost the popup bytes it does not have.
  // A layout effect runs in the task that rendered: whatever the browser reports after the preloaded read comes
  // in a later task, when the listener is already there.
  useLayoutEffect(() => {
    const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
      if (areaName === 'local' && key in changes) setValue(read(changes[key]!.newValue));
    };
    onChanged.addListener(listener);
    return () => onChanged.removeListener(listener);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fixed for the hook's life, see above
  }, [key]);
  useEffect(() => {
    if (preloaded) return;
    let alive = true;
    void area.get(key).then((stored) => alive && setValue(read(stored[key])));
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fixed for the hook's life, see above
  }, [key]);
  return value;
}

export const useSnapshot = (area?: StorageArea, onChanged?: OnChanged, preloaded?: Preloaded): Snapshot | undefined =>
  useStoredValue(snapshotRecord, area, onChanged, preloaded);

export const useSettings = (area?: StorageArea, onChanged?: OnChanged, preloaded?: Preloaded): Settings | undefined =>
  useStoredValue(settingsRecord, area, onChanged, preloaded);
