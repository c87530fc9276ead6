// The hostile-text corpus (test/scenarios/hostile-corpus.ts) through the real extension: in the popup, the
// claude.ai banner and the tooltip nothing runs (the canary global stays unset, no node is injected), the only
// links are https to the status page, text stays inside its box, and the worker reports no error.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CANARY, HIDDEN, HOSTILE_TEXTS } from '../scenarios/hostile-corpus';
import type { DriverPage, ExtensionDriver } from './drivers/types';
import { POPUP, expect, refresh, test } from './fixtures';

const CLAUDE = 'https://claude.ai/';
const STATUS_HOSTS = ['status.claude.com', 'anthropic.statuspage.io'];
const ENTRIES = Object.keys(HOSTILE_TEXTS);
/** Steps of the hostile scenario: 0 every entry, 1 the 10,000 updates, then each entry alone. */
const EVERY_ENTRY = 0;
const MANY_UPDATES = 1;

const shots = (name: string, browser: string) => {
  mkdirSync(resolve('test-results/hostile'), { recursive: true });
  return resolve('test-results/hostile', `${name}-${browser}.png`);
};

/** What a view must never have: a run canary, an element the corpus brought, an inline handler, a bad link. */
function inspect(page: DriverPage, canary: string) {
  return page.evaluate((name) => {
    // On claude.ai only the banner is ours (the page has scripts of its own); elsewhere the whole document.
    const host = document.getElementById('claude-status-indicator-banner');
    const roots: (Document | ShadowRoot)[] = location.hostname === 'claude.ai' ? [host!.shadowRoot!] : [document];
    const elements = roots.flatMap((root) => [...root.querySelectorAll('*')]);
    return {
      ran: (window as unknown as Record<string, unknown>)[name] !== undefined,
      injected: elements
        .filter(
          (el) =>
            ['IFRAME', 'IMG', 'OBJECT', 'EMBED'].includes(el.tagName) ||
            (el.tagName === 'SCRIPT' && !el.hasAttribute('src')),
        )
        .map((el) => el.tagName),
      handlers: elements.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      links: elements.filter((el) => el.tagName === 'A').map((a) => (a as HTMLAnchorElement).href),
      text: roots.map((root) => (root instanceof Document ? root.body.innerText : (root.textContent ?? ''))).join('\n'),
    };
  }, canary);
}

function expectInert(found: Awaited<ReturnType<typeof inspect>>, extensionOrigin: string) {
  expect(found.ran).toBe(false);
  expect(found.injected).toEqual([]);
  expect(found.handlers).toBe(0);
  for (const href of found.links) {
    if (href.startsWith(extensionOrigin)) continue;
    const url = new URL(href);
    expect(url.protocol, href).toBe('https:');
    expect(STATUS_HOSTS, href).toContain(url.hostname);
  }
  expect(found.text).not.toMatch(HIDDEN);
}

async function openPopup(ext: ExtensionDriver) {
  const page = await ext.openExtensionPage(POPUP);
  await page.waitForSelector('[data-testid="popup-state"]', 30_000);
  return page;
}

/** Nothing wider than the popup, and the Refresh button on screen and working. */
async function expectUsablePopup(page: DriverPage) {
  const layout = await page.evaluate(() => {
    const refresh = document.querySelector('[data-testid="popup-refresh"]')!.getBoundingClientRect();
    const cards = [...document.querySelectorAll('[data-testid="incident"]')].map((card) => {
      const title = card.querySelector('h3')!.getBoundingClientRect();
      return { right: card.getBoundingClientRect().right, titleHeight: title.height };
    });
    return {
      width: document.body.getBoundingClientRect().width,
      scrollWidth: document.documentElement.scrollWidth,
      refresh: { top: refresh.top, bottom: refresh.bottom, right: refresh.right },
      viewport: { width: innerWidth, height: innerHeight },
      cards,
    };
  });
  expect(layout.scrollWidth).toBeLessThanOrEqual(Math.max(layout.width, layout.viewport.width));
  expect(layout.refresh.top).toBeGreaterThanOrEqual(0);
  expect(layout.refresh.bottom).toBeLessThanOrEqual(layout.viewport.height);
  for (const card of layout.cards) {
    expect(card.right).toBeLessThanOrEqual(layout.width + 1);
    // A title is a few lines at most (300 characters), whatever its length was.
    expect(card.titleHeight).toBeLessThan(300);
  }
}

test('the corpus in the popup and the tooltip: inert, https links to the status page only, inside the popup', async ({
  ext,
  server,
}) => {
  await ext.watchBackground();
  server.setScenario('hostile');
  server.goTo(EVERY_ENTRY);
  await refresh(ext);
  const page = await openPopup(ext);
  expect(await page.evaluate(() => document.querySelectorAll('[data-testid="incident"]').length)).toBe(ENTRIES.length);
  await page.evaluate(() =>
    document.querySelectorAll('details').forEach((details) => ((details as HTMLDetailsElement).open = true)),
  );
  await page.screenshot(shots('popup-corpus', ext.browserName));
  if (page.setColorScheme) {
    await page.setColorScheme('dark');
    await page.screenshot(shots('popup-corpus-dark', ext.browserName));
  }
  expectInert(await inspect(page, CANARY), ext.origin);
  await expectUsablePopup(page);

  const { title } = await ext.badge();
  expect(title).not.toMatch(HIDDEN);
  // The tooltip is plain text: markup in it is only characters, and stays readable as written.
  expect(title).toContain('<script>window.__hostileRan=1;alert(1)</script> Elevated errors');
  expect(title.length).toBeLessThan(2_000);

  server.goTo(MANY_UPDATES);
  await refresh(ext);
  const started = Date.now();
  const many = await openPopup(ext);
  const openMs = Date.now() - started;
  expect(
    await many.evaluate(() => document.querySelector('[data-testid="incident-timeline-toggle"]')?.textContent ?? ''),
  ).toMatch(/\(100\)/);
  // It says so, on screen without opening anything, with a link to the incident on the status page.
  const capped = await many.evaluate(() => {
    const line = document.querySelector('[data-testid="incident-updates-capped"]');
    const box = line?.getBoundingClientRect();
    return {
      text: line?.textContent ?? null,
      shown: box !== undefined && box.height > 0 && box.width > 0,
      links: [...(line?.querySelectorAll('a') ?? [])].map((a) => a.href),
      // Lines each link is laid out on: a link broken after "Incident" reads as two.
      linkLines: [...(line?.querySelectorAll('a') ?? [])].map((a) => a.getClientRects().length),
    };
  });
  expect(capped.text).toBe('Showing the latest 100 of 10,000 updates. Incident page');
  expect(capped.shown).toBe(true);
  const manyId = server.scenario.steps[MANY_UPDATES]!.summary.incidents[0]!.id;
  expect(capped.links).toEqual([`https://status.claude.com/incidents/${manyId}`]);
  expect(capped.linkLines).toEqual([1]);
  expectInert(await inspect(many, CANARY), ext.origin);
  await expectUsablePopup(many);
  await many.screenshot(shots('popup-many-updates', ext.browserName));
  await many.evaluate(() => document.querySelector('[data-testid="incident-updates-capped"]')!.scrollIntoView());
  await many.screenshot(shots('popup-many-updates-capped', ext.browserName));
  // Ten thousand updates sent: the newest hundred kept, and the popup opens in a few seconds.
  expect(openMs).toBeLessThan(10_000);

  expect(await ext.backgroundErrors()).toEqual({ installed: true, errors: [] });
});

test('the corpus in the claude.ai banner: each entry inert, one bar, inside the page', async ({ ext, server }) => {
  await ext.watchBackground();
  server.setScenario('hostile');
  server.goTo(2);
  await refresh(ext);
  const page = await ext.openPage(CLAUDE);
  await page.waitForSelector('#composer');
  for (const [index, name] of ENTRIES.entries()) {
    server.goTo(index + 2);
    await refresh(ext);
    await page.waitForFunction(
      (id) =>
        document
          .getElementById('claude-status-indicator-banner')
          ?.shadowRoot?.querySelector('.link')
          ?.getAttribute('href')
          ?.endsWith(id) ?? false,
      server.scenario.steps[index + 2]!.summary.incidents[0]!.id,
      15_000,
    );
    const found = await inspect(page, CANARY);
    expectInert(found, ext.origin);
    const box = await page.evaluate(() => {
      const root = document.getElementById('claude-status-indicator-banner')!.shadowRoot!;
      const bar = root.querySelector('.bar')!;
      const rect = bar.getBoundingClientRect();
      return {
        bars:
          document.querySelectorAll('#claude-status-indicator-banner').length * root.querySelectorAll('.bar').length,
        height: rect.height,
        right: rect.right,
        width: innerWidth,
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
    expect(box.bars, name).toBe(1);
    expect(box.height, name).toBeLessThan(120);
    expect(box.right, name).toBeLessThanOrEqual(box.width);
    expect(box.scrollWidth, name).toBeLessThanOrEqual(box.width);
    if (['script', 'bidiUnclosed', 'longWord', 'longSpaced', 'rtl', 'emoji'].includes(name))
      await page.screenshot(shots(`banner-${name}`, ext.browserName));
  }
  expect(await ext.backgroundErrors()).toEqual({ installed: true, errors: [] });
});
