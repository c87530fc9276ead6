import { expect, refresh, setSettings, test } from './fixtures';
import type { DriverPage } from './drivers/types';
import { escalatingIncident } from './scenario-edits';

const CLAUDE = 'https://claude.ai/';

/** What the banner shows, read through its open shadow root; null when there is no banner host. */
function readBanner(page: DriverPage) {
  return page.evaluate(() => {
    const host = document.getElementById('claude-status-indicator-banner');
    const root = host?.shadowRoot;
    if (!host || !root) return null;
    const text = (id: string) => root.querySelector(`.${id}`)?.textContent?.trim() ?? '';
    const bar = root.querySelector('.bar') as HTMLElement | null;
    const box = bar?.getBoundingClientRect();
    return {
      state: bar?.dataset.state ?? '',
      level: bar?.dataset.level ?? '',
      role: bar?.getAttribute('role') ?? '',
      live: bar?.getAttribute('aria-live') ?? '',
      title: text('title'),
      models: text('models'),
      status: text('status'),
      link: (root.querySelector('.link') as HTMLAnchorElement | null)?.href ?? '',
      box: box ? { top: box.top, bottom: box.bottom, height: box.height } : null,
    };
  });
}

const nodeCount = (page: DriverPage) => page.evaluate(() => document.documentElement.querySelectorAll('*').length);

async function waitForBanner(page: DriverPage, state: 'incident' | 'resolved' | null, timeoutMs = 15_000) {
  await page.waitForFunction(
    (expected) => {
      const bar = document
        .getElementById('claude-status-indicator-banner')
        ?.shadowRoot?.querySelector('.bar') as HTMLElement | null;
      return expected === null
        ? !document.getElementById('claude-status-indicator-banner')
        : bar?.dataset.state === expected;
    },
    state,
    timeoutMs,
  );
}

/**
 * The fake claude.ai with a banner host left behind by an earlier instance and a log of the elements anyone else
 * added or removed (test/server/claude-page.ts). A state that shows nothing leaves no trace to wait for, so these
 * tests wait for the content script to start, change the state to one that shows, and read from the log what
 * was drawn before.
 */
const WATCHED_CLAUDE = `${CLAUDE}?leftover=1`;

interface DomLogEntry {
  op: 'added' | 'removed';
  tag: string;
  id: string;
  state?: string;
  level?: string;
  status?: string;
}

const domLog = (page: DriverPage) => page.evaluate(() => (window as unknown as { __domLog: DomLogEntry[] }).__domLog);

/**
 * Waits until the content script removed the leftover host, which it does as it starts, in the same task as it
 * asks storage for the state. The browser's storage answers in the order it is asked, so a change made after this
 * comes to the script after its first read: the state the page was opened in is decided on, drawn or not, before any change.
 */
const waitForStart = (page: DriverPage) =>
  page.waitForFunction(
    () =>
      (window as unknown as { __domLog: DomLogEntry[] }).__domLog.some(
        (entry) => entry.op === 'removed' && entry.id === 'claude-status-indicator-banner',
      ),
    undefined,
    15_000,
  );

/** What the content script added to the page, each as it was when added. */
const added = async (page: DriverPage) => (await domLog(page)).filter((entry) => entry.op === 'added');

test('healthy: the content script adds nothing, then shows the banner live when an incident opens', async ({
  ext,
  server,
}) => {
  await refresh(ext);
  const page = await ext.openPage(WATCHED_CLAUDE);
  await waitForStart(page);
  const before = await nodeCount(page);

  // Same page, no reload: the banner follows storage.onChanged, which proves the script was there all along.
  server.setScenario('p0mgnjv3bj97');
  server.goTo(5);
  await refresh(ext);
  await waitForBanner(page, 'incident');
  // While healthy, nothing: the one element the page ever got is the banner, and it came with the incident.
  expect((await added(page)).map(({ id, state }) => ({ id, state }))).toEqual([
    { id: 'claude-status-indicator-banner', state: 'incident' },
  ]);
  const banner = await readBanner(page);
  expect(banner).toMatchObject({
    level: 'major',
    role: 'status',
    live: 'polite',
    title: 'Elevated error rate on multiple models',
    models: 'Haiku 4.5, Opus 4.7, Sonnet 4.6',
    link: 'https://status.claude.com/incidents/p0mgnjv3bj97',
  });
  expect(await nodeCount(page)).toBe(before + 1);
});

test('the banner never covers the header or the composer, and survives single-page navigation', async ({
  ext,
  server,
}) => {
  server.setScenario('p0mgnjv3bj97');
  server.goTo(2);
  await refresh(ext);
  const page = await ext.openPage(CLAUDE);
  await waitForBanner(page, 'incident');
  const layout = await page.evaluate(() => {
    const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    return { header: rect('#app-header').bottom, composer: rect('#composer').top };
  });
  const { box } = (await readBanner(page))!;
  expect(box!.height).toBeGreaterThan(0);
  expect(box!.top).toBeGreaterThanOrEqual(layout.header);
  expect(box!.bottom).toBeLessThanOrEqual(layout.composer);

  await page.click('#spa-link');
  await page.waitForFunction(() => location.pathname === '/chat/abc', undefined);
  expect((await readBanner(page))?.state).toBe('incident');
});

test('dismissal survives a reload; the banner comes back when the incident escalates', async ({ ext, server }) => {
  server.setScenario(escalatingIncident());
  server.goTo(1);
  await refresh(ext);
  const page = await ext.openPage(WATCHED_CLAUDE);
  await waitForBanner(page, 'incident');
  expect((await readBanner(page))?.level).toBe('minor');

  // Keyboard: the dismiss button is reachable and works with Enter.
  await page.evaluate(() => {
    const root = document.getElementById('claude-status-indicator-banner')!.shadowRoot!;
    (root.querySelector('.dismiss') as HTMLButtonElement).focus();
  });
  await page.keyboard('Enter');
  await waitForBanner(page, null);

  await page.reload();
  await waitForStart(page);

  server.goTo(2);
  await refresh(ext);
  await waitForBanner(page, 'incident');
  expect((await readBanner(page))?.level).toBe('critical');
  // The reloaded page decided on the dismissed minor incident first and drew nothing: its one banner came critical.
  expect((await added(page)).map(({ state, level }) => ({ state, level }))).toEqual([
    { state: 'incident', level: 'critical' },
  ]);
});

test('a dismissed banner comes back when another incident opens', async ({ ext, server }) => {
  server.setScenario('p0mgnjv3bj97');
  server.goTo(2);
  await refresh(ext);
  const page = await ext.openPage(CLAUDE);
  await waitForBanner(page, 'incident');
  // A real mouse click: the banner ignores element.click() from page script (untrusted).
  const point = await page.evaluate(() => {
    const root = document.getElementById('claude-status-indicator-banner')!.shadowRoot!;
    const box = root.querySelector('.dismiss')!.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  await page.mouseClick(point.x, point.y);
  await waitForBanner(page, null);

  server.setScenario('9g6qpr72ttbr');
  server.goTo(1);
  await refresh(ext);
  await waitForBanner(page, 'incident');
  expect((await readBanner(page))?.title).toBe('Elevated errors across many models');
});

test('on resolution the banner says so briefly, then leaves no node behind', async ({ ext, server }) => {
  const page = await ext.openPage(CLAUDE);
  await page.waitForSelector('#composer');
  const healthyCount = await nodeCount(page);
  server.setScenario('p0mgnjv3bj97');
  server.goTo(6);
  await refresh(ext);
  await waitForBanner(page, 'incident');

  server.goTo(server.stepCount - 1);
  await refresh(ext);
  await waitForBanner(page, 'resolved');
  await waitForBanner(page, null, 20_000);
  expect(await nodeCount(page)).toBe(healthyCount);
});

test('the banner setting and muted models are respected, live', async ({ ext, server }) => {
  server.setScenario('p0mgnjv3bj97');
  server.goTo(2);
  await refresh(ext);
  await setSettings(ext, { banner: false });
  const page = await ext.openPage(WATCHED_CLAUDE);
  await waitForStart(page);

  // The incident moves on (identified, then monitoring) while the banner is off, then the banner is switched on:
  // it shows the newer state, so a banner drawn on the page's first read, the setting ignored, is in the log.
  server.goTo(5);
  await refresh(ext);
  await setSettings(ext, { banner: true });
  await waitForBanner(page, 'incident');
  expect((await readBanner(page))?.status).toBe('Monitoring');
  expect((await added(page)).map(({ state, status }) => ({ state, status }))).toEqual([
    { state: 'incident', status: 'Monitoring' },
  ]);

  // Every model the incident names is muted: the banner goes.
  await setSettings(ext, { banner: true, mutedModels: ['Haiku 4.5', 'Opus 4.7', 'Sonnet 4.6'] });
  await waitForBanner(page, null);

  // One of them unmuted: the banner comes back without a reload.
  await setSettings(ext, { banner: true, mutedModels: ['Haiku 4.5', 'Sonnet 4.6'] });
  await waitForBanner(page, 'incident');
});

test('when the extension is reloaded, the old banner goes away and never doubles up', async ({ ext, server }) => {
  test.setTimeout(120_000);
  server.setScenario('p0mgnjv3bj97');
  server.goTo(2);
  await refresh(ext);
  const page = await ext.openPage(CLAUDE);
  await waitForBanner(page, 'incident');
  await page.evaluate(() => {
    (document.getElementById('claude-status-indicator-banner') as HTMLElement).dataset.generation = 'old';
  });
  await ext
    .inExtension(() => {
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
    })
    .catch(() => {});
  // Firefox injects the new content script into open tabs, which replaces the old banner; Chromium does not,
  // and the orphaned script removes its banner on its next minute tick, once it sees its context is gone.
  await page.waitForFunction(
    () => {
      const hosts = document.querySelectorAll('#claude-status-indicator-banner');
      return hosts.length <= 1 && (hosts[0] as HTMLElement | undefined)?.dataset.generation !== 'old';
    },
    undefined,
    90_000,
  );
  expect(
    await page.evaluate(() => document.querySelectorAll('#claude-status-indicator-banner').length),
  ).toBeLessThanOrEqual(1);
});
