// Waiting for a page to show the latest state, and screenshots cut to what matters.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { optimizePng } from './png';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** What the popup shows, as text: changes whenever its content or level does. */
export const popupSignature = (page: Page) =>
  page.evaluate(() => {
    const state = document.querySelector('[data-testid="popup-state"]') as HTMLElement | null;
    return `${state?.dataset.level ?? ''}|${document.querySelector('.popup')?.textContent ?? ''}`;
  });

/** What the claude.ai banner shows (through its open shadow root), or "none". */
export const bannerSignature = (page: Page) =>
  page.evaluate(() => {
    const root = document.getElementById('claude-status-indicator-banner')?.shadowRoot;
    const bar = root?.querySelector('.bar') as HTMLElement | null | undefined;
    return bar ? `${bar.dataset.state ?? ''}|${bar.dataset.level ?? ''}|${root?.textContent ?? ''}` : 'none';
  });

/**
 * Views follow storage.onChanged a moment after the worker writes (here about 5 ms after the refresh
 * answers). Waits until the view differs from `before` (or `changeMs` passes: the step may change
 * nothing it shows), then until it stays the same for `quietMs`.
 */
export async function settle(
  read: () => Promise<string>,
  before: string,
  changeMs = 800,
  quietMs = 250,
): Promise<void> {
  const start = Date.now();
  let last = await read();
  while (last === before && Date.now() - start < changeMs) {
    await sleep(100);
    last = await read();
  }
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs && Date.now() - start < changeMs + 5000) {
    await sleep(100);
    const now = await read();
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    }
  }
}

export interface ShotOptions {
  /** Reduce to 256 colours and recompress (for committed files). */
  optimize?: boolean;
}

async function save(
  page: Page,
  path: string,
  clip: { x: number; y: number; width: number; height: number },
  options: ShotOptions,
) {
  const png = await page.screenshot({ clip, fullPage: true, animations: 'disabled', caret: 'hide' });
  writeFileSync(path, options.optimize ? optimizePng(png, { quantize: true }) : png);
}

/** The popup as Chrome would show it, cut at the bottom of its content (shorter than 600 px when it is). */
export async function shootPopup(page: Page, path: string, options: ShotOptions = {}): Promise<void> {
  const height = await page.evaluate(() => {
    const margin = parseFloat(getComputedStyle(document.body).marginBottom) || 0;
    return Math.ceil(document.body.getBoundingClientRect().bottom + scrollY + margin);
  });
  // The viewport's width, not the page's: with a window, a scrollbar would narrow the page, but a
  // full-page screenshot is taken without one.
  const width = page.viewportSize()?.width ?? 380;
  await save(page, path, { x: 0, y: 0, width, height }, options);
}

/** The top `height` pixels of the page at its full width. */
export async function shootTop(page: Page, path: string, height: number, options: ShotOptions = {}): Promise<void> {
  const width = page.viewportSize()?.width ?? 1280;
  await save(page, path, { x: 0, y: 0, width, height }, options);
}
