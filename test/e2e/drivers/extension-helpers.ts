import type Browser from 'webextension-polyfill';
import type { Badge } from './types';

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
