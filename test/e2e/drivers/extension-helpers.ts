import type Browser from 'webextension-polyfill';
import type { BackgroundWatch, Badge, CreatedNotification, NotificationRecord, PollAlarm } from './types';

// These functions are serialised into extension pages, so they use the global API object and nothing
// from their module scope. Chromium has `chrome`, Firefox has `browser`; both expose the same calls.
type Api = typeof Browser;

export async function readBadge(): Promise<Badge> {
  const a = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome)
    .action;
  const [text, color, title] = await Promise.all([a.getBadgeText({}), a.getBadgeBackgroundColor({}), a.getTitle({})]);
  return { text, color: Array.from(color as number[]), title };
}

export async function readStorage(key: string): Promise<unknown> {
  const area = (
    (globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome
  ).storage.local;
  return (await area.get(key))[key] ?? null;
}

export async function sendToWorker(message: unknown): Promise<unknown> {
  const runtime = (
    (globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome
  ).runtime;
  return runtime.sendMessage(message);
}

/**
 * Records uncaught errors, unhandled rejections and console.error calls of the background context.
 * Runs in the service worker itself (Chromium) or in an extension page that reaches the event page
 * through runtime.getBackgroundPage() (Firefox). The recording functions are the background's own
 * (a bound Array push), so nothing from the calling page stays referenced after it closes.
 */
export async function backgroundWatch(mode: 'install' | 'read'): Promise<BackgroundWatch> {
  type Target = typeof globalThis & { __backgroundWatch?: unknown[]; Array: ArrayConstructor };
  const g = globalThis as unknown as Target & { ServiceWorkerGlobalScope?: unknown; browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  const target = (
    g.ServiceWorkerGlobalScope
      ? g
      : await (api.runtime as unknown as { getBackgroundPage(): Promise<Target> }).getBackgroundPage()
  ) as Target;
  if (mode === 'install') {
    if (!target.__backgroundWatch) {
      const seen = new target.Array();
      target.__backgroundWatch = seen;
      const push = target.Array.prototype.push.bind(seen) as (...items: unknown[]) => number;
      target.addEventListener('error', push);
      target.addEventListener('unhandledrejection', push);
      target.console.error = push;
    }
    return { installed: true, errors: [] };
  }
  const seen = target.__backgroundWatch;
  if (!seen) return { installed: false, errors: [] };
  const describe = (item: unknown): string => {
    if (item && typeof item === 'object' && 'reason' in item) {
      const reason = (item as { reason: unknown }).reason;
      return `unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`;
    }
    if (item && typeof item === 'object' && 'filename' in item)
      return `uncaught error: ${(item as ErrorEvent).message}`;
    return `console.error: ${item instanceof Error ? item.message : String(item)}`;
  };
  return { installed: true, errors: Array.from(seen, describe) };
}

export async function readPollAlarm(): Promise<PollAlarm | null> {
  const alarms = (
    (globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome
  ).alarms;
  const alarm = await alarms.get('poll');
  return alarm ? { scheduledTime: alarm.scheduledTime, periodInMinutes: alarm.periodInMinutes ?? null } : null;
}

/**
 * Records what the background passes to notifications.create, and passes every call on to the browser
 * unchanged: no browser reads a notification's text back (getAll gives ids; headless Firefox closes each at
 * once). Runs where backgroundWatch runs. The extension's own calls look `create` up at each call (Firefox's
 * `browser`, or the polyfill over Chromium's `chrome`, which reads the method on first use), so the recorder
 * must be installed before the first notification. Records are strings in the background's own array, so
 * nothing of the calling page stays referenced; in Firefox the wrapper itself is the calling page's, which
 * the driver keeps open (a closed one fails the call, and the worker records that failure as the delivery).
 */
export async function notificationRecorder(mode: 'install' | 'read'): Promise<NotificationRecord> {
  type Notifications = { create(id: string, options: { title: string; message: string }): Promise<string> };
  type Target = typeof globalThis & {
    __notificationsCreated?: string[];
    Array: ArrayConstructor;
    JSON: JSON;
    browser?: { notifications?: Notifications };
    chrome?: { notifications?: Notifications };
  };
  const g = globalThis as unknown as Target & { ServiceWorkerGlobalScope?: unknown; browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  const target = (
    g.ServiceWorkerGlobalScope
      ? g
      : await (api.runtime as unknown as { getBackgroundPage(): Promise<Target> }).getBackgroundPage()
  ) as Target;
  if (mode === 'install') {
    if (!target.__notificationsCreated) {
      const seen = new target.Array<string>();
      target.__notificationsCreated = seen;
      const namespaces = new Set([target.browser?.notifications, target.chrome?.notifications].filter(Boolean));
      if (!namespaces.size) throw new Error('the background has no notifications API');
      for (const notifications of namespaces as Set<Notifications>) {
        const create = notifications.create.bind(notifications);
        notifications.create = (id, options) => {
          seen.push(target.JSON.stringify({ id, title: options.title, message: options.message }));
          return create(id, options);
        };
      }
    }
    return { installed: true, created: [] };
  }
  const seen = target.__notificationsCreated;
  if (!seen) return { installed: false, created: [] };
  return { installed: true, created: Array.from(seen, (entry) => JSON.parse(entry) as CreatedNotification) };
}
