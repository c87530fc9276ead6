import { LEVEL_COLORS } from '../../src/core/level-colors';
import { seriousViolations } from './a11y';
import type { DriverPage, ExtensionDriver } from './drivers/types';
import { POPUP, expect, refresh, setSettings, test } from './fixtures';

const text = (page: DriverPage, selector: string) =>
  page.evaluate((sel) => document.querySelector(sel)?.textContent?.trim() ?? null, selector);
const all = (page: DriverPage, selector: string) =>
  page.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => el.textContent?.trim() ?? ''), selector);
const levelOf = (page: DriverPage) =>
  page.evaluate(
    () => (document.querySelector('[data-testid="popup-state"]') as HTMLElement | null)?.dataset.level ?? null,
  );

async function openPopup(ext: ExtensionDriver) {
  const page = await ext.openExtensionPage(POPUP);
  await page.waitForSelector('[data-testid="popup-state"]');
  return page;
}

test('healthy: the state in words, every component, and how fresh the data is', async ({ ext }) => {
  await refresh(ext);
  const page = await openPopup(ext);
  expect(await levelOf(page)).toBe('operational');
  expect(await text(page, '[data-testid="popup-state"]')).toMatch(/operational/i);
  expect(await text(page, '[data-testid="popup-freshness"]')).toMatch(/updated/i);
  const components = await all(page, '[data-testid="popup-components"] [data-testid="component-status"]');
  expect(components.length).toBe(6);
  expect(await page.evaluate(() => document.querySelectorAll('[data-testid="incident"]').length)).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test('an incident: title, status, models named only by updates, components, link and timeline', async ({
  ext,
  server,
}) => {
  server.setScenario('p0mgnjv3bj97');
  server.goTo(5);
  await refresh(ext);
  const page = await openPopup(ext);
  expect(await levelOf(page)).toBe('major');
  const card = '[data-testid="incident"][data-incident-id="p0mgnjv3bj97"]';
  expect(await text(page, `${card} h3`)).toBe('Elevated error rate on multiple models');
  expect(await text(page, `${card} [data-testid="incident-status"]`)).toMatch(/monitoring/i);
  const chips = await page.evaluate(
    (sel) =>
      [...document.querySelectorAll(`${sel} [data-testid="model-chip"]`)].map((chip) => ({
        name: chip.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        fromUpdate: (chip as HTMLElement).dataset.fromUpdate === 'true',
      })),
    card,
  );
  expect(chips.map((c) => c.name.split(' ').slice(0, 2).join(' '))).toEqual(['Haiku 4.5', 'Opus 4.7', 'Sonnet 4.6']);
  // The title says "multiple models": every name came from an update, and the chips say so.
  expect(chips.every((c) => c.fromUpdate)).toBe(true);
  expect(
    await page.evaluate(
      (sel) => (document.querySelector(`${sel} [data-testid="incident-link"]`) as HTMLAnchorElement).href,
      card,
    ),
  ).toBe('https://status.claude.com/incidents/p0mgnjv3bj97');
  expect(await text(page, `${card} [data-testid="incident-component-group"]`)).toContain('claude.ai');

  await page.click(`${card} [data-testid="incident-timeline-toggle"]`);
  const entries = await all(page, `${card} [data-testid="timeline-entry"]`);
  expect(entries.length).toBe(5);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the popup follows the worker live, and Refresh works from the keyboard', async ({ ext, server }) => {
  await refresh(ext);
  const page = await openPopup(ext);
  expect(await levelOf(page)).toBe('operational');

  server.setScenario('9g6qpr72ttbr');
  server.goTo(2);
  // Tab to the Refresh button and press Enter, as a keyboard user would.
  await page.evaluate(() => (document.querySelector('[data-testid="popup-refresh"]') as HTMLElement).focus());
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('popup-refresh');
  await page.keyboard('Enter');
  await page.waitForFunction(
    () => (document.querySelector('[data-testid="popup-state"]') as HTMLElement).dataset.level === 'critical',
    undefined,
  );
  expect(await text(page, '[data-testid="incident"] h3')).toBe('Elevated errors across many models');
});

test('a failing status page: grey unknown, the reason, and the last good data with its age', async ({
  ext,
  server,
}) => {
  server.setScenario('p0mgnjv3bj97');
  server.goTo(2);
  await refresh(ext);
  server.setFault('*', { kind: 'waf-405' });
  await refresh(ext);
  const page = await openPopup(ext);
  expect(await levelOf(page)).toBe('unknown');
  expect(await text(page, '[data-testid="popup-freshness"]')).toMatch(/can.t reach the status page since \d/i);
  // The reason in plain words: a 405 with x-amzn-waf-action is the WAF asking for a browser check.
  expect(await text(page, '[data-testid="popup-problem"]')).toMatch(/browser check/i);
  // The incident from the last good poll is still listed, marked as old data.
  expect(await text(page, '[data-testid="incident"] h3')).toBe('Elevated error rate on multiple models');
  expect(await seriousViolations(page)).toEqual([]);
});

test('history of the last 7 days is loaded only when asked for', async ({ ext, server }) => {
  await refresh(ext);
  const page = await openPopup(ext);
  expect(server.stats().byPath['/api/v2/incidents.json'] ?? 0).toBe(0);
  await page.click('[data-testid="history-toggle"]');
  await page.waitForSelector('[data-testid="history-days"]');
  expect(await page.evaluate(() => document.querySelectorAll('[data-testid="history-day"]').length)).toBe(7);
  expect(server.stats().byPath['/api/v2/incidents.json']).toBe(1);
});

test('dark mode: the theme setting, and the system scheme where the browser can emulate it', async ({ ext }) => {
  await refresh(ext);
  const page = await openPopup(ext);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const setTheme = (theme: string) => setSettings(ext, { theme });
  const DARK = 'rgb(13, 17, 23)';
  const LIGHT = 'rgb(255, 255, 255)';

  await setTheme('dark');
  await expect.poll(background).toBe(DARK);
  await setTheme('light');
  await expect.poll(background).toBe(LIGHT);

  if (page.setColorScheme) {
    await setTheme('system');
    await page.setColorScheme('dark');
    await expect.poll(background).toBe(DARK);
    await page.setColorScheme('light');
    await expect.poll(background).toBe(LIGHT);
  }
  expect(await seriousViolations(page)).toEqual([]);
});

test('scheduled maintenance: upcoming in local time, then in progress in blue with M on the badge', async ({
  ext,
  server,
}) => {
  server.setScenario('maintenance');
  server.goTo(1);
  await refresh(ext);
  let page = await openPopup(ext);
  expect(await levelOf(page)).toBe('operational');
  expect(await text(page, '[data-testid="popup-maintenance"]')).toContain(
    'Scheduled maintenance for Claude.ai and Anthropic Console',
  );
  expect(
    await page.evaluate(() => document.querySelectorAll('[data-testid="maintenance-window"]').length),
  ).toBeGreaterThan(0);

  server.goTo(2);
  await refresh(ext);
  await page.close();
  page = await openPopup(ext);
  expect(await levelOf(page)).toBe('maintenance');
  const badge = await ext.badge();
  expect(badge.text).toBe('M');
  const hex =
    '#' +
    badge.color
      .slice(0, 3)
      .map((c) => c.toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
  expect(hex).toBe(LEVEL_COLORS.maintenance.background);
});
