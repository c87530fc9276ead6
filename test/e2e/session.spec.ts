// The session signal in real browsers: the fake claude.ai's own /api/ answers as each test says, its page
// script sends messages the way the chat does (with the app's retries), and the extension counts status
// classes and shows its own state. Nothing here asserts a timing; waits have generous limits.
import { seriousViolations } from './a11y';
import type { DriverPage, ExtensionDriver } from './drivers/types';
import { HEALTHY_CLAUDE_API } from '../server/claude-api';
import { POPUP, expect, recordMessages, recordedMessages, refresh, setSettings, test, waitForBadge } from './fixtures';

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
  signal: {
    on: boolean;
    episode: { firstErrorAt: number; onAt: number; endedAt: number | null } | null;
    clearedAt: number;
  };
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

/** The counts of every report recorded since recordMessages. */
async function reports(ext: ExtensionDriver): Promise<{ api: Counts; send: Counts }[]> {
  return (await recordedMessages(ext))
    .filter((message) => (message as { type?: unknown }).type === 'sessionCounts')
    .map((message) => (message as { payload: { counts: { api: Counts; send: Counts } } }).payload.counts);
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

/** The claude.ai banner as a user sees it, through its open shadow root; null without one. */
const readBanner = (page: DriverPage) =>
  page.evaluate(() => {
    const root = document.getElementById('claude-status-indicator-banner')?.shadowRoot;
    const bar = root?.querySelector<HTMLElement>('.bar');
    if (!root || !bar) return null;
    const text = (name: string) => {
      const node = root.querySelector<HTMLElement>(`.${name}`);
      return node && !node.hidden ? (node.textContent?.trim() ?? '') : '';
    };
    const watch = root.querySelector<HTMLButtonElement>('.watch')!;
    return {
      state: bar.dataset.state ?? '',
      level: bar.dataset.level ?? '',
      word: text('word'),
      title: text('title'),
      status: text('status'),
      session: text('session'),
      link: root.querySelector<HTMLAnchorElement>('.link')?.href ?? '',
      watch: watch.hidden ? null : { text: watch.textContent, pressed: watch.getAttribute('aria-pressed') },
      /** The pill's colours: the session's own violet, as on the badge. */
      pill: getComputedStyle(root.querySelector('.level')!).backgroundColor,
    };
  });

const waitForBannerState = (page: DriverPage, state: string | null, timeoutMs = 60_000) =>
  page.waitForFunction(
    (expected) => {
      const bar = document
        .getElementById('claude-status-indicator-banner')
        ?.shadowRoot?.querySelector<HTMLElement>('.bar');
      return (bar?.dataset.state ?? null) === expected;
    },
    state,
    timeoutMs,
  );

/** A real mouse click on a part of the banner (the banner ignores clicks the page script makes). */
async function clickBanner(page: DriverPage, name: string): Promise<void> {
  const point = await page.evaluate((part) => {
    const root = document.getElementById('claude-status-indicator-banner')!.shadowRoot!;
    const box = root.querySelector(`.${part}`)!.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, name);
  await page.mouseClick(point.x, point.y);
}

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
  // The banner on the same page takes the quiet variant, with the same facts, never an outage.
  await waitForBannerState(page, 'session');
  test
    .info()
    .annotations.push({ type: 'banner raised after third error', description: `${Date.now() - thirdErrorAt} ms` });
  const banner = await readBanner(page);
  expect(banner).toMatchObject({
    level: 'session',
    word: 'Your session',
    link: 'https://status.claude.com/',
    watch: { text: 'Notify me', pressed: 'false' },
    pill: 'rgb(109, 40, 217)',
    session: '',
  });
  expect(banner?.title).toMatch(/^3 of \d+ requests failed in the last 5 minutes$/);
  expect(banner?.status).toMatch(/^The status page reports no incident, last updated .+ ago\.$/);
});

test('the banner’s quiet variant: watched from the banner, dismissed for its episode, in every tab', async ({
  ext,
  server,
}, testInfo) => {
  const page = await raiseSignal(ext, server);
  await waitForBannerState(page, 'session');
  expect(await seriousViolations(page, '#claude-status-indicator-banner')).toEqual([]);
  await page.screenshot(testInfo.outputPath(`banner-session-${ext.browserName}.png`));

  // "Notify me": the worker keeps the watch, and the button says so.
  const watches = async () => (await ext.storage('watches.v1')) as { session: number | null } | null;
  await clickBanner(page, 'watch');
  await expect.poll(async () => typeof (await watches())?.session).toBe('number');
  await page.waitForFunction(
    () =>
      document
        .getElementById('claude-status-indicator-banner')
        ?.shadowRoot?.querySelector('.watch')
        ?.getAttribute('aria-pressed') === 'true',
    undefined,
    10_000,
  );
  expect((await readBanner(page))?.watch?.text).toBe('Watching');

  // Dismissed here: gone here and in a second tab, for this episode.
  const second = await openClaude(ext);
  await waitForBannerState(second, 'session');
  await clickBanner(page, 'dismiss');
  await waitForBannerState(page, null, 10_000);
  await waitForBannerState(second, null, 10_000);
  const onAt = (await stored(ext))?.signal.episode?.onAt;
  await expect.poll(() => ext.storage('sessionDismissed.v1')).toBe(onAt);
  // The badge still says what the session sees: the dismissal is the banner's only.
  expect((await ext.badge()).text).toBe('~');
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
  await recordMessages(ext);
  const page = await openClaude(ext);
  server.setClaudeApi({ send: { kind: 'status', status: 500 } });
  await sendMessage(page);
  server.setClaudeApi({ send: { kind: 'status', status: 200 } });
  await sendMessage(page);
  await waitForBadge(ext, (text) => text === '~', 60_000);
  const messages = await recordedMessages(ext);
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
  await recordMessages(ext);
  const page = await openClaude(ext);
  server.setClaudeApi({ send: { kind: 'status', status: 500 } });
  await sendMessage(page);
  // Had this page an observer, its counts went out 2 s after the first failure, or at the latest as it closes.
  // Closed before the setting goes on: a page open then starts observing only then, so a request it makes right
  // after could come before its observer; a new page's observer sees the page's requests from the start.
  await page.close();

  // Switched on, a new page's own successful requests are reported and counted: what the first page would have
  // sent, seconds earlier, has come by now.
  await setSettings(ext, {});
  server.setClaudeApi(HEALTHY_CLAUDE_API);
  await openClaude(ext);
  await expect.poll(async () => (await totals(ext)).success, { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(async () => (await reports(ext)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  expect((await reports(ext)).filter((counts) => counts.api.serverError + counts.send.serverError > 0)).toEqual([]);
  expect((await totals(ext)).serverError).toBe(0);
  expect((await ext.badge()).text).toBe('');
});

/** Raises the signal as the other tests do: one failed send, retried twice by the page. */
async function raiseSignal(ext: ExtensionDriver, server: { setClaudeApi(api: unknown): void }): Promise<DriverPage> {
  await refresh(ext);
  const page = await openClaude(ext);
  server.setClaudeApi({ send: { kind: 'status', status: 529 } });
  await sendMessage(page);
  await waitForBadge(ext, (text) => text === '~', 60_000);
  return page;
}

async function openPopup(ext: ExtensionDriver): Promise<DriverPage> {
  const page = await ext.openExtensionPage(POPUP);
  await page.waitForSelector('[data-testid="popup-state"]');
  return page;
}

const textOf = (page: DriverPage, selector: string) =>
  page.evaluate((sel) => document.querySelector(sel)?.textContent?.trim() ?? null, selector);
const present = (page: DriverPage, selector: string) =>
  page.evaluate((sel) => document.querySelector(sel) !== null, selector);

/**
 * Moves every time in the stored session `ms` into the past. The worker keeps nothing in memory and decides
 * from the stored window and the clock alone, so to it this is the same as `ms` passing (a whole number of
 * 30 s buckets). Retried if a report or the alarm wrote in between.
 */
async function ageSession(ext: ExtensionDriver, ms: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const before = await stored(ext);
        if (!before) return false;
        const back = (at: number) => at - ms;
        const aged: StoredSession = {
          window: before.window.map((bucket) => ({ ...bucket, start: back(bucket.start) })),
          signal: {
            ...before.signal,
            episode: before.signal.episode && {
              firstErrorAt: back(before.signal.episode.firstErrorAt),
              onAt: back(before.signal.episode.onAt),
              endedAt: before.signal.episode.endedAt === null ? null : back(before.signal.episode.endedAt),
            },
          },
        };
        await ext.inExtension(
          (value) =>
            (
              globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }
            ).chrome.storage.local.set({ 'session.v1': value }),
          aged,
        );
        // Compared field by field: Chromium's storage gives the keys back in its own order.
        const after = await stored(ext);
        const starts = (session: StoredSession | null) => session?.window.map((bucket) => bucket.start).join() ?? '';
        return starts(after) === starts(aged) && after?.signal.episode?.onAt === aged.signal.episode?.onAt;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
}

test('the popup opens with the session card while the page is operational; an incident takes it to one line', async ({
  ext,
  server,
}, testInfo) => {
  await raiseSignal(ext, server);
  const popup = await openPopup(ext);
  await popup.waitForSelector('[data-testid="popup-session"]');
  expect(await textOf(popup, '[data-testid="popup-state"]')).toBe('Claude is operational');
  expect(await textOf(popup, '#session-heading')).toBe('~Your claude.ai session');
  expect(await textOf(popup, '[data-testid="popup-session-facts"]')).toMatch(
    /^3 of \d+ requests failed in the last 5 minutes\. The status page reports no incident, last updated .+ ago\.$/,
  );
  const card = (await textOf(popup, '[data-testid="popup-session"]')) ?? '';
  expect(card).toContain('an outage the status page has not posted yet, or a problem with your network or account');
  expect(card).toContain('nothing was sent anywhere');
  // First in the content, named by its heading, and no alert or live region: it is not announced as an outage.
  expect(
    await popup.evaluate(() => {
      const region = document.querySelector('[data-testid="popup-session"]')!;
      return {
        first: document.querySelector('main')!.firstElementChild === region,
        labelledBy: region.getAttribute('aria-labelledby'),
        announced: region.closest('[role="alert"], [aria-live]') !== null,
        link: (region.querySelector('a') as HTMLAnchorElement).href,
      };
    }),
  ).toEqual({ first: true, labelledBy: 'session-heading', announced: false, link: 'https://status.claude.com/' });
  expect(await seriousViolations(popup)).toEqual([]);
  const browser = ext.browserName;
  await popup.screenshot(testInfo.outputPath(`popup-session-${browser}-light.png`));
  await setSettings(ext, { theme: 'dark' });
  await popup.waitForFunction(() => document.documentElement.dataset.theme === 'dark', undefined);
  expect(await seriousViolations(popup)).toEqual([]);
  await popup.screenshot(testInfo.outputPath(`popup-session-${browser}-dark.png`));
  await setSettings(ext, {});

  // An incident opens: the official state leads, and the session's counts join it as one line.
  server.setScenario('p0mgnjv3bj97');
  server.goTo(5);
  await refresh(ext);
  await popup.waitForSelector('[data-testid="popup-session-line"]');
  expect(await textOf(popup, '[data-testid="popup-session-line"]')).toMatch(
    /^Your claude\.ai session: 3 of \d+ requests failed in the last 5 minutes$/,
  );
  expect(await present(popup, '[data-testid="popup-session"]')).toBe(false);
  expect(await textOf(popup, '[data-testid="popup-state"]')).toBe('Claude has a partial outage');
  await waitForBadge(ext, (text) => text === '1');
  expect((await ext.badge()).title).toMatch(
    /\nYour claude\.ai session: 3 of \d+ requests failed in the last 5 minutes$/,
  );
  await popup.screenshot(testInfo.outputPath(`popup-session-${browser}-incident.png`));
  // On claude.ai the official banner leads, and the counts join it as one line.
  const page = await openClaude(ext);
  await waitForBannerState(page, 'incident');
  const banner = await readBanner(page);
  expect(banner).toMatchObject({ level: 'major', title: 'Elevated error rate on multiple models' });
  expect(banner?.session).toMatch(/^Your claude\.ai session: 3 of \d+ requests failed in the last 5 minutes$/);
  await page.screenshot(testInfo.outputPath(`banner-session-${browser}-incident.png`));
});

test('recovery: once requests succeed and no server error came for 2 minutes, the badge and the card clear', async ({
  ext,
  server,
}) => {
  const page = await raiseSignal(ext, server);
  const popup = await openPopup(ext);
  await popup.waitForSelector('[data-testid="popup-session"]');
  // "Tell me when it's fixed" on the card: one notification once it is over, then the watch is gone.
  const watches = async () =>
    (await ext.storage('watches.v1')) as { session: number | null; log: { key: string; delivery: string }[] } | null;
  await popup.click('[data-testid="popup-session"] [data-testid="watch-button"]');
  await expect.poll(async () => typeof (await watches())?.session).toBe('number');

  // Requests succeed again; no tab reports while the stored session is aged past the quiet time.
  server.setClaudeApi({ send: { kind: 'status', status: 200 } });
  await page.close();
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  await ageSession(ext, 150_000);
  expect((await stored(ext))?.signal.on).toBe(true);

  // A page load's own requests succeed: the worker sees the success after two quiet minutes and ends the signal.
  const again = await openClaude(ext);
  await waitForBannerState(again, 'session', 15_000);
  await sendMessage(again);
  // The banner shows the recovery too (notifications or not): "works again", briefly, then nothing.
  await waitForBannerState(again, 'resolved', 30_000);
  expect((await readBanner(again))?.title).toBe('Your claude.ai session works again');
  await waitForBadge(ext, (text) => text === '', 30_000);
  expect((await stored(ext))?.signal.on).toBe(false);
  expect((await ext.badge()).title).not.toContain('claude.ai session');
  await popup.waitForFunction(
    () => document.querySelector('[data-testid="popup-session"]') === null,
    undefined,
    10_000,
  );
  expect(await present(popup, '[data-testid="popup-session-line"]')).toBe(false);
  expect(await textOf(popup, '[data-testid="popup-state"]')).toBe('Claude is operational');
  await expect.poll(async () => (await watches())?.log.map((entry) => entry.key)).toEqual(['session']);
  expect((await watches())?.session).toBeNull();
  // Firefox has the permission granted; headless Chromium cannot answer the prompt, so it has no API.
  expect((await watches())?.log[0]?.delivery).toBe(ext.browserName === 'firefox' ? 'created' : 'no-permission');
});
