// The session signal in real browsers: the fake claude.ai's own /api/ answers as each test says, its page
// script sends messages the way the chat does (with the app's retries), and the extension counts status
// classes and shows its own state. Nothing here asserts a timing; waits have generous limits.
import type { DriverPage, ExtensionDriver } from './drivers/types';
import { expect, refresh, setSettings, test, waitForBadge } from './fixtures';

const CLAUDE = 'https://claude.ai/';
const SESSION_KEY = 'session.v1';

interface Counts {
  success: number;
  serverError: number;
  rateLimited: number;
  other: number;
}
interface StoredSession {
  window: { start: number; counts: { api: Counts; send: Counts } }[];
  signal: { on: boolean };
}

async function stored(ext: ExtensionDriver): Promise<StoredSession | null> {
  return (await ext.storage(SESSION_KEY)) as StoredSession | null;
}

/** Sums of the stored window, all API requests. */
async function totals(ext: ExtensionDriver): Promise<Counts> {
  const sum: Counts = { success: 0, serverError: 0, rateLimited: 0, other: 0 };
  for (const bucket of (await stored(ext))?.window ?? [])
    for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] += bucket.counts.api[key];
  return sum;
}

async function openClaude(ext: ExtensionDriver): Promise<DriverPage> {
  // Right after an add-on reload (Firefox's stopBackground), the first new tab can hit a discarded context.
  const page = await ext.openPage(CLAUDE).catch(() => ext.openPage(CLAUDE));
  await page.waitForSelector('#composer');
  return page;
}

/** Sends one message as the user would, and waits until the page script is done with it (retries included). */
async function sendMessage(page: DriverPage): Promise<void> {
  const done = await page.evaluate(() => Number(document.getElementById('chat-status')!.dataset.done));
  await page.click('#send-button');
  await page.waitForFunction(
    (before) => Number(document.getElementById('chat-status')!.dataset.done) > before,
    done,
    20_000,
  );
}

/**
 * A request the page makes itself, as the app's own fetches are, reading the answer as the app does
 * (Chromium 156 adds no resource-timing entry for a fetch whose body is never read).
 */
const pageFetch = (page: DriverPage, path: string) =>
  page.evaluate(
    (p) =>
      fetch(p)
        .then((r) => r.text().then(() => r.status))
        .catch(() => 0),
    path,
  );

const nodeCount = (page: DriverPage) => page.evaluate(() => document.documentElement.querySelectorAll('*').length);

test('the observer sees the page’s own 500, 529 and 429 through resource timing', async ({ ext, server }) => {
  await refresh(ext);
  const page = await openClaude(ext);
  for (const status of [500, 529, 429]) {
    server.setClaudeApi({ other: { kind: 'status', status } });
    expect(await pageFetch(page, `/api/organizations/org-4f2a/probe-${status}`)).toBe(status);
  }
  await expect.poll(async () => (await totals(ext)).serverError, { timeout: 15_000 }).toBe(2);
  expect((await totals(ext)).rateLimited).toBe(1);
  // Other origins' and non-API requests never count: the page itself (200) and its non-API paths.
  server.setClaudeApi({ other: { kind: 'status', status: 200 } });
  expect(await pageFetch(page, '/new')).toBe(200);
});

test('a healthy session adds no node and changes nothing; 429s alone raise nothing', async ({ ext, server }) => {
  await refresh(ext);
  await waitForBadge(ext, (text) => text === '');
  const page = await openClaude(ext);
  const before = await nodeCount(page);
  await sendMessage(page);
  await sendMessage(page);
  await expect.poll(async () => (await totals(ext)).success, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
  expect(await nodeCount(page)).toBe(before);
  expect((await ext.badge()).text).toBe('');

  server.setClaudeApi({ send: { kind: 'status', status: 429 }, other: { kind: 'status', status: 429 } });
  for (let i = 0; i < 4; i++) await sendMessage(page);
  await expect.poll(async () => (await totals(ext)).rateLimited, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
  expect((await stored(ext))?.signal.on).toBe(false);
  expect((await ext.badge()).text).toBe('');
  expect(await nodeCount(page)).toBe(before);
});

test('server errors raise the signal in the badge, in its own state', async ({ ext, server }) => {
  await refresh(ext);
  const page = await openClaude(ext);
  server.setClaudeApi({ send: { kind: 'status', status: 529 } });
  await sendMessage(page);
  const thirdErrorAt = Date.now();
  // Within 60 s of the third error (the failed send and its two retries).
  await waitForBadge(ext, (text) => text === '~', 60_000);
  test
    .info()
    .annotations.push({ type: 'signal raised after third error', description: `${Date.now() - thirdErrorAt} ms` });
  const badge = await ext.badge();
  expect(badge.color.slice(0, 3)).toEqual([0x6d, 0x28, 0xd9]);
  expect(badge.title).toContain('Your claude.ai session sees errors while the status page reports no incident');
  expect(badge.title).toContain('3 of ');
  expect(badge.title).toMatch(/last updated .+ ago/);
});

test('two tabs add up, and a worker stopped mid-window loses nothing', async ({ ext, server }) => {
  await refresh(ext);
  // Only message sends fail: the page's load and telemetry keep answering 200.
  server.setClaudeApi({ send: { kind: 'status', status: 500 } });
  const send = '/api/organizations/org-4f2a/chat_conversations/conv-9b1c/completion';
  const first = await openClaude(ext);
  expect(await pageFetch(first, send)).toBe(500);
  expect(await pageFetch(first, send)).toBe(500);
  await expect.poll(async () => (await totals(ext)).serverError, { timeout: 15_000 }).toBe(2);
  expect((await ext.badge()).text).not.toBe('~');

  await ext.stopBackground!();
  // A second tab, after the stop: its one error adds to the two counted before.
  const second = await openClaude(ext);
  expect(await pageFetch(second, send)).toBe(500);
  await expect.poll(async () => (await totals(ext)).serverError, { timeout: 15_000 }).toBe(3);
  await waitForBadge(ext, (text) => text === '~', 60_000);
});

test('storage and every message sent hold counts only: no URL, path or id', async ({ ext, server }) => {
  await refresh(ext);
  // Records every message the extension's pages receive, the worker's reports included.
  await ext.inExtension(() => {
    const g = globalThis as unknown as {
      __messages?: unknown[];
      chrome: { runtime: { onMessage: { addListener(l: (m: unknown) => void): void } } };
    };
    if (g.__messages) return;
    const seen: unknown[] = [];
    g.__messages = seen;
    g.chrome.runtime.onMessage.addListener((message) => void seen.push(message));
  });
  const page = await openClaude(ext);
  server.setClaudeApi({ send: { kind: 'status', status: 500 } });
  await sendMessage(page);
  server.setClaudeApi({ send: { kind: 'status', status: 200 } });
  await sendMessage(page);
  await waitForBadge(ext, (text) => text === '~', 60_000);
  const messages = await ext.inExtension(() => (globalThis as unknown as { __messages: unknown[] }).__messages);
  const all = await ext.inExtension(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.local.get(null),
  );
  expect(messages.length).toBeGreaterThan(0);
  // Nothing anywhere in storage or in the messages names a claude.ai address, path or id.
  const dump = JSON.stringify({ all, messages });
  for (const forbidden of ['claude.ai/', 'org-4f2a', 'conv-9b1c', 'completion', 'event_logging', 'bootstrap'])
    expect(dump, forbidden).not.toContain(forbidden);
  // What the session signal keeps and sends is numbers under known keys: the only string is the message type.
  const strings: string[] = [];
  const keys = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        keys.add(key);
        walk(inner);
      }
  };
  walk([all['session.v1'], messages]);
  expect(new Set(strings)).toEqual(new Set(['sessionCounts']));
  const known = ['type', 'payload', 'counts', 'api', 'send', 'success', 'serverError', 'rateLimited', 'other'];
  const stateKeys = ['window', 'start', 'signal', 'on', 'episode', 'firstErrorAt', 'onAt', 'endedAt', 'clearedAt'];
  expect([...keys].filter((key) => !known.includes(key) && !stateKeys.includes(key))).toEqual([]);
});

test('with the setting off, nothing is counted or sent', async ({ ext, server }) => {
  await setSettings(ext, { sessionSignal: false });
  await refresh(ext);
  const page = await openClaude(ext);
  server.setClaudeApi({ send: { kind: 'status', status: 500 } });
  await sendMessage(page);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(await stored(ext)).toBeNull();
  expect((await ext.badge()).text).toBe('');
});
