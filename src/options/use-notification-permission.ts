import { useCallback, useEffect, useState } from 'preact/hooks';
import type Browser from 'webextension-polyfill';
import type { PermissionsApi } from './deps';

export type PermissionState = 'checking' | 'granted' | 'missing';

export interface NotificationPermission {
  state: PermissionState;
  /** The last request was refused (or failed). */
  refused: boolean;
  requesting: boolean;
  /**
   * Asks the browser. Must be called synchronously inside a click handler: browsers grant optional
   * permissions only during a user gesture, and an await before the call loses it (Firefox rejects).
   */
  request(): Promise<boolean>;
}

const NOTIFICATIONS = { permissions: ['notifications'] } satisfies Browser.Permissions.Permissions;

const mentionsNotifications = (p: Browser.Permissions.Permissions) => p.permissions?.includes('notifications') ?? false;

/** The optional "notifications" permission, following grants and removals made elsewhere (browser settings). */
export function useNotificationPermission(api: PermissionsApi): NotificationPermission {
  const [state, setState] = useState<PermissionState>('checking');
  const [refused, setRefused] = useState(false);
  const [requesting, setRequesting] = useState(false);

  useEffect(() => {
    let alive = true;
    api.contains(NOTIFICATIONS).then(
      (granted) => alive && setState(granted ? 'granted' : 'missing'),
      () => alive && setState('missing'),
    );
    const onAdded = (p: Browser.Permissions.Permissions) => {
      if (!mentionsNotifications(p)) return;
      setState('granted');
      setRefused(false);
    };
    const onRemoved = (p: Browser.Permissions.Permissions) => mentionsNotifications(p) && setState('missing');
    api.onAdded.addListener(onAdded);
    api.onRemoved.addListener(onRemoved);
    return () => {
      alive = false;
      api.onAdded.removeListener(onAdded);
      api.onRemoved.removeListener(onRemoved);
    };
  }, [api]);

  const request = useCallback(() => {
    // First statement: nothing may run asynchronously before the browser sees the request.
    const pending = api.request(NOTIFICATIONS);
    setRequesting(true);
    return pending
      .then(
        (granted) => granted,
        () => false,
      )
      .then((granted) => {
        setRequesting(false);
        setRefused(!granted);
        if (granted) setState('granted');
        return granted;
      });
  }, [api]);

  return { state, refused, requesting, request };
}
