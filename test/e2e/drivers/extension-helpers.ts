import type Browser from 'webextension-polyfill';
import type { BackgroundWatch, Badge, PollAlarm } from './types';

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
