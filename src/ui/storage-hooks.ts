import { useEffect, useState } from 'preact/hooks';
import type Browser from 'webextension-polyfill';
import { extensionApi } from '../shared/extension-api';
import type { Snapshot } from '../core/types';
import type { Settings } from '../shared/settings';
import { settingsRecord, snapshotRecord, type StoredRecord, type StorageArea } from '../shared/storage';

type OnChanged = Browser.Storage.Static['onChanged'];

/**
 * A stored value that follows storage.onChanged. Views render from storage alone: the popup paints
 * the cached snapshot at once and updates itself when the worker writes a new one.
 * `undefined` until the first read answers.
 */
export function useStoredValue<T>(
  { key, read }: StoredRecord<T>,
  area: StorageArea = extensionApi().storage.local,
  onChanged: OnChanged = extensionApi().storage.onChanged,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void area.get(key).then((stored) => alive && setValue(read(stored[key])));
    const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
      if (areaName === 'local' && key in changes) setValue(read(changes[key]!.newValue));
    };
    onChanged.addListener(listener);
    return () => {
      alive = false;
      onChanged.removeListener(listener);
    };
  }, [key]);
  return value;
}

export const useSnapshot = (area?: StorageArea, onChanged?: OnChanged): Snapshot | undefined =>
  useStoredValue(snapshotRecord, area, onChanged);

export const useSettings = (area?: StorageArea, onChanged?: OnChanged): Settings | undefined =>
  useStoredValue(settingsRecord, area, onChanged);
