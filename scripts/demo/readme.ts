// `npm run demo -- --readme`: the screenshots the README shows, always of the same states, small
// enough to commit. Popups at scale 2 (sharp on high-density screens, shown 380 px wide); the wide
// pages at scale 1 (GitHub shows them scaled down anyway).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildScenario, type Scenario } from '../../test/server';
import { playwrightPageOf } from '../../test/e2e/drivers/chromium';
import { bannerSignature, popupSignature, settle, shootPopup, shootTop } from './capture';
import { asIfJustHappened } from './live-times';
import { optimizePng } from './png';
import { shootCommitted, type Session, type WriteShots } from './session';
import { raiseSessionBanner, readToolbar, sendAndCount } from './session-signal';
import { toolbarHtml, type ToolbarState } from './toolbar-layout';

/** The real incident at its fifth update: monitoring, three models named only in updates, five components down. */
export const INCIDENT = 'p0mgnjv3bj97';
export const INCIDENT_STEP = 5;
/** The incident's latest update, placed this long before the screenshot. */
const UPDATE_AGO_MS = 9 * 60_000;
/** For the "unknown" popup: how long the status page has been failing. */
const OUTAGE_AGE_MS = 12 * 60_000;
const BANNER_HEIGHT = 190;
const OPTIONS_WIDTH = 800;

export const README_FILES = [
  'popup-healthy-light.png',
  'popup-incident-light.png',
  'popup-incident-dark.png',
  'popup-unknown-light.png',
  'banner-incident.png',
  'banner-session.png',
  'options-light.png',
  'session-signal.png',
  'popup-session-light.png',
] as const;

/** The session-signal story: claude.ai's API fails before the status page posts this real incident. */
export const SESSION_SCENARIO = 'p0mgnjv3bj97-session';
/** Its first step: the status page still operational while claude.ai's API fails. */
export const SESSION_STEP = 1;
const SESSION_WIDTH = 800;

/** The scenario with one step made current, and the server put on that step. */
export function showStep(session: Session, scenario: Scenario, index: number, agoMs = UPDATE_AGO_MS): void {
  const steps = scenario.steps.map((s, i) => (i === index ? asIfJustHappened(s, Date.now(), agoMs) : s));
  session.server.setScenario({ ...scenario, steps });
  session.server.goTo(index);
}

export async function pollAndSettle(
  session: Session,
  page: Page,
  read: (page: Page) => Promise<string>,
): Promise<void> {
  const before = await read(page);
  await session.refresh();
  await settle(() => read(page), before);
}

async function popups(session: Session, out: string, say: (line: string) => void): Promise<void> {
  const popup = await session.openPopup();
  await popup.emulateMedia({ colorScheme: 'light' });

  showStep(session, buildScenario('healthy'), 0);
  await pollAndSettle(session, popup, popupSignature);
  await shootPopup(popup, join(out, 'popup-healthy-light.png'), { optimize: true });
  say('  popup-healthy-light.png: all systems operational');

  showStep(session, buildScenario(INCIDENT), INCIDENT_STEP);
  await pollAndSettle(session, popup, popupSignature);
  await shootPopup(popup, join(out, 'popup-incident-light.png'), { optimize: true });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await shootPopup(popup, join(out, 'popup-incident-dark.png'), { optimize: true });
  await popup.emulateMedia({ colorScheme: 'light' });
  say(`  popup-incident-{light,dark}.png: ${INCIDENT} at update ${INCIDENT_STEP}`);

  session.server.setFault('*', { kind: 'waf-405' });
  await session.refresh();
  session.server.setFault('*', null);
  // Seen a while into the outage, so the last good data shows its age: only this page's clock moves on.
  await popup.clock.setFixedTime(Date.now() + OUTAGE_AGE_MS);
  await popup.reload();
  await popup.waitForSelector('[data-testid="popup-state"][data-level="unknown"]');
  await settle(() => popupSignature(popup), '', 0);
  await shootPopup(popup, join(out, 'popup-unknown-light.png'), { optimize: true });
  say(
    `  popup-unknown-light.png: both origins answer with a WAF challenge, seen ${OUTAGE_AGE_MS / 60_000} minutes later; last good data kept`,
  );
}

async function pages(session: Session, out: string, say: (line: string) => void): Promise<void> {
  showStep(session, buildScenario(INCIDENT), INCIDENT_STEP);
  await session.refresh();
  const claude = await session.openClaude();
  await settle(() => bannerSignature(claude), 'none');
  await shootTop(claude, join(out, 'banner-incident.png'), BANNER_HEIGHT, { optimize: true });
  say('  banner-incident.png: the banner on claude.ai');

  const options = await session.openOptions({ width: OPTIONS_WIDTH, height: 900 });
  await options.emulateMedia({ colorScheme: 'light' });
  // Down to halfway between the second and third cards: the title, the check interval and notifications.
  const bottom = await options.evaluate(() => {
    const cards = [...document.querySelectorAll('.card')].map((card) => card.getBoundingClientRect());
    const end = cards[1]?.bottom ?? 760;
    return Math.round((end + (cards[2]?.top ?? end + 16)) / 2 + scrollY);
  });
  await shootTop(options, join(out, 'options-light.png'), bottom, { optimize: true });
  say('  options-light.png: the top of the options page');
}

/** The banner's quieter session variant, in a browser of its own: no incident banner came before it. */
async function sessionBanner(session: Session, out: string, say: (line: string) => void): Promise<void> {
  showStep(session, buildScenario(SESSION_SCENARIO), SESSION_STEP);
  await session.refresh();
  const claude = await session.openClaude();
  await raiseSessionBanner(session, claude);
  await shootTop(claude, join(out, 'banner-session.png'), BANNER_HEIGHT, { optimize: true });
  say('  banner-session.png: the banner while only the session sees errors');
}

/**
 * The toolbar button and its tooltip, drawn from what the extension set: first while only the session
 * sees errors (violet), then once the status page has posted the incident the session saw coming.
 */
async function sessionSignal(root: string, session: Session, out: string, say: (line: string) => void) {
  const scenario = buildScenario(SESSION_SCENARIO);
  const claude = await session.openClaude();
  const popup = await session.openPopup();
  await popup.emulateMedia({ colorScheme: 'light' });
  const states: ToolbarState[] = [];
  for (const [index, heading, agoMs, glyph] of [
    [SESSION_STEP, '1. Your claude.ai session sees errors first', UPDATE_AGO_MS, '~'],
    // The session's errors happened just now, so the incident is posted now too: after them, as it was.
    [2, '2. Then the status page posts the incident', 0, '1'],
  ] as const) {
    showStep(session, scenario, index, agoMs);
    await sendAndCount(session, claude);
    await session.refresh();
    states.push({ heading, ...(await readToolbar(session, (text) => text === glyph)) });
    if (glyph === '~') {
      // The clock is the context's: the unknown popup left it 12 minutes ahead, past the session's window.
      await popup.clock.setFixedTime(Date.now());
      await popup.reload();
      await popup.waitForSelector('[data-testid="popup-session"]');
      await settle(() => popupSignature(popup), '', 0);
      await shootPopup(popup, join(out, 'popup-session-light.png'), { optimize: true });
      say('  popup-session-light.png: the popup while only the session sees errors');
    }
  }
  const icon = `data:image/png;base64,${readFileSync(join(root, 'public/icons/icon-32.png')).toString('base64')}`;
  const canvas = playwrightPageOf(await session.ext.openPage('about:blank'));
  await canvas.setViewportSize({ width: SESSION_WIDTH, height: 400 });
  await canvas.setContent(toolbarHtml(states, icon, SESSION_WIDTH));
  const height = await canvas.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom));
  const png = await canvas.screenshot({ clip: { x: 0, y: 0, width: SESSION_WIDTH, height } });
  writeFileSync(join(out, 'session-signal.png'), optimizePng(png, { quantize: true }));
  say(`  session-signal.png: the badge and tooltip of ${SESSION_SCENARIO}, before and after the status page posts`);
}

/** Writes README_FILES into `out`; returns their sizes in bytes. */
export const writeReadmeShots: WriteShots = (root, out, headless, say, track) =>
  shootCommitted({ root, out, headless, track }, README_FILES, async (open, server) => {
    for (const [scale, shoot] of [
      [2, popups],
      [1, pages],
      [1, sessionBanner],
    ] as const) {
      const session = await open(scale);
      await shoot(session, out, say);
      if (scale === 2) await sessionSignal(root, session, out, say);
      await session.close();
      server.setFault('*', null);
    }
  });
