// fake-browser stands in for the APIs other than storage (alarms, action, runtime, i18n, tabs, notifications);
// storage is the one fake every unit test uses, so the worker's writes behave as the pages' do.
import { fakeBrowser } from '@webext-core/fake-browser';
import type Browser from 'webextension-polyfill';
import { createTranslator } from '../../../src/core/i18n';
import { createWorker } from '../../../src/background/worker';
import { KEYS } from '../../../src/shared/storage';
import type { Snapshot } from '../../../src/core/types';
import { mergeLocale } from '../../../scripts/locales';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startStatusServer, type StatusServer } from '../../server';
import { FakeStorage } from '../fake-storage';
import { fakeLocks } from '../fake-locks';
import { serverFetch } from './server-fetch';

export interface Clock {
  now: number;
}

/**
 * storage.local and storage.onChanged of the worker's browser. The worker's own storage.onChanged listener is not
 * registered: a test hands it the change it means (the options page's write), so a write that only sets a test
 * up repaints nothing behind its back.
 */
export const storage = new FakeStorage();

/** An empty browser: fake-browser's state, and storage emptied of data, listeners and injected failures. */
export function resetBrowser(): void {
  fakeBrowser.reset();
  storage.reset();
}

/**
 * The local status server for one test file, and a clean slate before each test: an empty in-memory browser,
 * the healthy scenario with no fault and no request counted, and the clock back at its start. `use` receives
 * the server once it listens.
 */
export function useStatusServer(clock: Clock, use: (server: StatusServer) => void): void {
  const start = clock.now;
  let server: StatusServer;
  beforeAll(async () => {
    server = await startStatusServer({ port: 0, scenario: 'healthy' });
    use(server);
  });
  afterAll(() => server.close());
  beforeEach(() => {
    resetBrowser();
    server.setScenario('healthy');
    for (const host of ['*', 'status.claude.com', 'anthropic.statuspage.io'] as const) server.setFault(host, null);
    server.resetStats();
    clock.now = start;
  });
}

/** navigator.locks of the extension's origin: shared by every worker a test starts, as the browser's are. */
const locks = fakeLocks();

/** The worker as the browser runs it, over an in-memory browser and the local status server. */
export function startWorker(
  server: StatusServer,
  clock: Clock,
  options: { online?: () => boolean; withoutValidators?: boolean } = {},
) {
  // Read through at each use, so an API a test swaps in later (notifications) is the one the worker sees.
  const storageApi = { local: storage.area, onChanged: storage.onChanged };
  const browser = new Proxy(fakeBrowser, {
    get: (target, name, receiver) => (name === 'storage' ? storageApi : Reflect.get(target, name, receiver)),
  }) as unknown as typeof Browser;
  fakeBrowser.i18n.getMessage = createTranslator(mergeLocale('en')) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.runtime.getURL = ((path: string) =>
    `chrome-extension://test/${path}`) as typeof fakeBrowser.runtime.getURL;
  return createWorker({
    browser,
    fetch: options.withoutValidators ? withoutValidators(serverFetch(server)) : serverFetch(server),
    now: () => clock.now,
    random: () => 0.5,
    online: options.online ?? (() => true),
    lock: locks.lock,
  });
}

export async function storedSnapshot(): Promise<Snapshot> {
  return (await storage.area.get(KEYS.snapshot))[KEYS.snapshot] as Snapshot;
}

export async function badge() {
  const [text, title] = await Promise.all([fakeBrowser.action.getBadgeText({}), fakeBrowser.action.getTitle({})]);
  return { text, title };
}

/** A server that sends no ETag or Last-Modified (not confirmed for status.claude.com either way). */
function withoutValidators(fetchFn: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await fetchFn(input, init);
    const headers = new Headers(response.headers);
    headers.delete('etag');
    headers.delete('last-modified');
    return new Response(response.body, { status: response.status, headers });
  };
}
