import { useState } from 'preact/hooks';
import type Browser from 'webextension-polyfill';
import type { WatchTarget } from '../core/watch-record';
import { send } from '../shared/messages';
import type { MessageRuntime } from './use-refresh';

export interface WatchApi {
  runtime: MessageRuntime;
  permissions: Pick<Browser.Permissions.Static, 'request'>;
}

export interface WatchControl {
  change(target: WatchTarget, on: boolean): void;
  /** The user refused notifications for the last watch: badge and banner will show the recovery. */
  unnotified: boolean;
}

/**
 * Sets or cancels a one-off watch. Asking for the notifications permission comes first in the click:
 * browsers grant an optional permission only during the user's gesture, and an await before it loses that
 * (a permission already granted answers at once, without asking). The watch is sent at once, not after the
 * answer: a popup closed by the browser's prompt keeps it.
 */
export function useWatch(api: WatchApi): WatchControl {
  const [unnotified, setUnnotified] = useState(false);
  const change = (target: WatchTarget, on: boolean) => {
    const granted = on ? api.permissions.request({ permissions: ['notifications'] }).catch(() => false) : null;
    void send(api.runtime, 'watch', { target, on }).catch(() => null);
    void granted?.then((allowed) => setUnnotified(!allowed));
  };
  return { change, unnotified };
}
