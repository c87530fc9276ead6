// Every locale in both browsers: the popup (during the real incident p0mgnjv3bj97, its longest state),
// the options page and the claude.ai banner show each of their labels whole: no element's text is wider
// than its box (scrollWidth against clientWidth), none is cut by a clipping box, and none runs past the
// page's edge. One browser per locale, started in that language, shows all three.
import { resolve } from 'node:path';
import { languages, mergeLocale } from '../../scripts/locales';
import { HEALTHY_CLAUDE_API } from '../server/claude-api';
import { launchChromium } from './drivers/chromium';
import { launchFirefox } from './drivers/firefox';
import type { DriverPage, ExtensionDriver } from './drivers/types';
import { expect, OPTIONS, POPUP, refresh, test } from './fixtures';

/** Update 5 of 7: the incident with its three models, five components and the longest update text. */
const INCIDENT_STEP = 5;
const BANNER_HOST = 'claude-status-indicator-banner';

/** "pt_BR" → "pt-BR"; Firefox's Spanish language pack is es-ES. */
const bcp47 = (locale: string, browser: 'chromium' | 'firefox') =>
  browser === 'firefox' && locale === 'es' ? 'es-ES' : locale.replace('_', '-');

async function launch(browser: 'chromium' | 'firefox', locale: string, port: number): Promise<ExtensionDriver> {
  const tag = bcp47(locale, browser);
  if (browser === 'firefox') return launchFirefox(resolve('dist/firefox'), { locale: tag });
  // chrome.i18n follows the browser's language, which Chromium on Linux reads from the environment.
  const posix = tag.replace('-', '_');
  return launchChromium(resolve('dist/chrome'), port, {
    locale: tag,
    env: { ...process.env, LANGUAGE: posix, LANG: `${posix}.UTF-8` },
    args: [`--lang=${tag}`],
  });
}

interface Overflow {
  what: string;
  text: string;
  why: string;
}

/**
 * Elements that hold text of their own (or are controls), visible and laid out as boxes, whose text does
 * not fit: wider than the box, cut by a clipping box, or past the page's right edge. Runs in the page;
 * `shadowHost`: measure only inside that element's open shadow root.
 */
function findOverflows(shadowHost: string | null): { checked: number; found: Overflow[] } {
  const root: ParentNode | null = shadowHost ? (document.getElementById(shadowHost)?.shadowRoot ?? null) : document;
  if (!root) return { checked: 0, found: [{ what: `#${shadowHost}`, text: '', why: 'no shadow root' }] };
  const pageWidth = document.documentElement.clientWidth;
  const found: Overflow[] = [];
  let checked = 0;
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(el);
    if (style.display === 'inline' || style.display === 'none' || style.visibility !== 'visible') continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!ownText && !el.matches('button, select, input, label, summary, a')) continue;
    const box = el.getBoundingClientRect();
    // Visually hidden text (1 px, clipped) is meant for screen readers only.
    if (box.width <= 1 || box.height <= 1) continue;
    checked++;
    const what = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''}${
      typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''
    }`;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
      found.push({ what, text, why: `scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}` });
    }
    if (style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 0) {
      found.push({ what, text, why: `scrollHeight ${el.scrollHeight} > clientHeight ${el.clientHeight}` });
    }
    if (box.right > pageWidth + 1) found.push({ what, text, why: `right edge ${box.right} > page ${pageWidth}` });
  }
  return { checked, found };
}

/** What does not fit; throws when too few labels were measured to mean anything. */
async function overflowsOf(page: DriverPage, minimum: number, shadowHost: string | null = null): Promise<Overflow[]> {
  const { checked, found } = await page.evaluate(findOverflows, shadowHost);
  expect(checked, 'labelled elements measured').toBeGreaterThanOrEqual(minimum);
  return found;
}

for (const locale of languages()) {
  test(`${locale}: popup, options and banner show every label whole`, async ({ server }, testInfo) => {
    const browser = testInfo.project.metadata.browser as 'chromium' | 'firefox';
    server.setScenario('p0mgnjv3bj97');
    server.goTo(INCIDENT_STEP);
    for (const host of ['*', 'status.claude.com', 'anthropic.statuspage.io'] as const) server.setFault(host, null);
    server.setClaudeApi(HEALTHY_CLAUDE_API);
    const ext = await launch(browser, locale, server.port);
    try {
      await refresh(ext);
      const popup = await ext.openExtensionPage(POPUP);
      await popup.waitForSelector('[data-testid="popup-state"][data-level="major"]');
      // The extension speaks the locale asked for: without Firefox's language pack it would test English again.
      const spoken = await popup.evaluate(() =>
        (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }).chrome.i18n.getMessage(
          'messagesLocale',
        ),
      );
      expect(spoken, `the browser runs in ${locale}`).toBe(mergeLocale(locale).messagesLocale!.message);
      expect(await overflowsOf(popup, 30), `popup in ${locale}`).toEqual([]);
      // The measure sees a label that no longer fits: the Refresh button squeezed to a sliver.
      await popup.evaluate(() => {
        const button = document.querySelector<HTMLElement>('[data-testid="popup-refresh"]')!;
        Object.assign(button.style, { width: '24px', whiteSpace: 'nowrap', overflow: 'hidden' });
      });
      expect((await overflowsOf(popup, 30)).map((o) => o.what)).toEqual([expect.stringContaining('button')]);

      const options = await ext.openExtensionPage(OPTIONS);
      await options.waitForSelector('[data-testid="options-poll-interval"]');
      expect(await overflowsOf(options, 30), `options in ${locale}`).toEqual([]);

      const claude = await ext.openPage('https://claude.ai/');
      await claude.waitForFunction(
        (host) => !!document.getElementById(host)?.shadowRoot?.querySelector('.bar'),
        BANNER_HOST,
        15_000,
      );
      expect(await overflowsOf(claude, 3, BANNER_HOST), `banner in ${locale}`).toEqual([]);
    } finally {
      await ext.close();
    }
  });
}
