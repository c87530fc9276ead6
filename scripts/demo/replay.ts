// `npm run demo`: a real incident replayed step by step, then the status page behind a WAF challenge
// (the fallback answers) and failing altogether (grey "unknown"), with screenshots at every step.
import { relative } from 'node:path';
import type { Page } from 'playwright-core';
import { RESOLVED_VISIBLE_MS } from '../../src/content/view';
import type { Fault, Scenario } from '../../test/server';
import { bannerSignature, popupSignature, settle, shootPopup, shootTop } from './capture';
import { asIfJustHappened, isHistorical } from './live-times';
import { shotFileName } from './names';
import { PAGE_SIZE, type Session } from './session';
import { sendAndCount } from './session-signal';

/** How long before "now" each replayed step's latest update is placed. */
const UPDATE_AGO_MS = 2 * 60_000;

export interface ReplayOptions {
  scenario: Scenario;
  out: string;
  delayMs: number;
  headed: boolean;
  realTimes: boolean;
  say: (line: string) => void;
}

interface DemoStep {
  label: string;
  /** Puts the server in the state of this step. */
  enter: () => void;
  /** Plain-words explanation printed before the step. */
  explain?: string;
  /** Wait for the "Resolved" banner of an earlier step to leave first, as it would between real polls. */
  afterResolvedBanner?: boolean;
  /** The step sets how claude.ai's API answers: the user sends a message, so the session sees it. */
  sendsMessage?: boolean;
}

const RESOLVED_BANNER_S = RESOLVED_VISIBLE_MS / 1000;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** "1" on orange and the tooltip's first line (every line with `fullTooltip`), read from the toolbar button. */
async function describeBadge(session: Session, fullTooltip = false): Promise<string> {
  const badge = await session.ext.badge();
  const [r = 0, g = 0, b = 0] = badge.color;
  const colour = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  const text = badge.text ? `"${badge.text}" on ${colour}` : 'empty';
  const lines = badge.title.split('\n');
  return `badge ${text}; tooltip "${(fullTooltip ? lines : lines.slice(0, 1)).join(' / ')}"`;
}

/** A scenario that sets claude.ai's API tells the session signal's story. */
const isSessionStory = (scenario: Scenario) => scenario.steps.some((step) => step.claudeApi !== undefined);

const popupHeadline = (page: Page) =>
  page.evaluate(
    () => document.querySelector('[data-testid="popup-state"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );

// No helper functions inside evaluated code: tsx wraps named functions in a helper the page lacks.
const bannerLine = (page: Page) =>
  page.evaluate(() => {
    const root = document.getElementById('claude-status-indicator-banner')?.shadowRoot;
    const bar = root?.querySelector('.bar') as HTMLElement | null | undefined;
    if (!root || !bar) return 'no banner';
    const parts = ['title', 'models']
      .map((id) => root.querySelector(`.${id}`)?.textContent?.trim() ?? '')
      .filter(Boolean);
    return `${bar.dataset.state} banner: ${parts.join(' · ')}`;
  });

/** Only a replay made entirely of captures is moved; one placed around the present already looks live. */
const shouldMoveDates = ({ realTimes, scenario }: ReplayOptions) =>
  !realTimes && scenario.steps.every((step) => isHistorical(step, Date.now()));

function scenarioSteps(session: Session, options: ReplayOptions): DemoStep[] {
  const { server } = session;
  const { scenario } = options;
  const moveDates = shouldMoveDates(options);
  // The session's errors happen in real time, just before each step is shown: its status page updates are
  // placed at that moment, after the errors, as they were.
  const agoMs = isSessionStory(scenario) ? 0 : UPDATE_AGO_MS;
  const replay = scenario.steps.map((step, index) => ({
    label: step.label,
    sendsMessage: step.claudeApi !== undefined,
    enter: () => {
      // Each step as if its latest update had just been posted, unless the real dates were asked for.
      const live = moveDates ? asIfJustHappened(step, Date.now(), agoMs) : step;
      server.setScenario({ ...scenario, steps: scenario.steps.map((s, i) => (i === index ? live : s)) });
      server.goTo(index);
    },
  }));
  const fault = (host: 'status.claude.com' | '*', value: Fault) => () => server.setFault(host, value);
  return [
    ...replay,
    {
      label: 'WAF challenge, fallback answers',
      explain:
        'status.claude.com now answers with a browser check (HTTP 405 and an HTML page) instead of JSON, as its firewall sometimes does. The extension should read the same data from anthropic.statuspage.io and show no difference.',
      enter: fault('status.claude.com', { kind: 'waf-405' }),
      afterResolvedBanner: true,
    },
    {
      label: 'status page failing, unknown',
      explain:
        'Now the fallback fails too (HTTP 503). The extension cannot know the status: it should turn grey ("?"), say why, and keep the last good data with its age.',
      enter: fault('*', { kind: 'http', status: 503 }),
    },
  ];
}

/** Runs the whole demo; returns the files written. */
export async function runReplay(session: Session, options: ReplayOptions): Promise<string[]> {
  const { say, out } = options;
  const files: string[] = [];
  const claude = await session.openClaude();
  const popup = await session.openPopup();
  const steps = scenarioSteps(session, options);
  say(`Scenario ${options.scenario.name}: ${options.scenario.description}`);
  say(`${steps.length} steps: the ${options.scenario.steps.length} states of the status page, then two failures.`);
  const story = isSessionStory(options.scenario);
  if (shouldMoveDates(options)) {
    say(
      story
        ? 'The captured dates are moved so that each step looks as if it had just happened (--real-times keeps them).'
        : `The captured dates are moved so that each step looks as if its latest update had been posted ${UPDATE_AGO_MS / 60_000} minutes ago (--real-times keeps them).`,
    );
  }
  if (story) {
    say(
      "At every step of the replay a message is sent on claude.ai, as a user would, so the session signal sees how claude.ai's API answers. The replay shows the steps one after another: the minutes between them in the capture (20 before the status page's first update) pass in seconds here.",
    );
  }

  for (const [index, step] of steps.entries()) {
    const number = index + 1;
    say('');
    say(`Step ${number}/${steps.length}: ${step.label}`);
    if (step.explain) say(`  ${step.explain}`);
    if (options.headed) await claude.bringToFront();
    if (step.afterResolvedBanner && (await bannerSignature(claude)).startsWith('resolved|')) {
      say(`  (The "Resolved" banner on claude.ai stays ${RESOLVED_BANNER_S} seconds; waiting for it to go.)`);
      await claude.waitForFunction(() => !document.getElementById('claude-status-indicator-banner'), undefined, {
        timeout: (RESOLVED_BANNER_S + 10) * 1000,
        polling: 200,
      });
    }
    const before = {
      popup: await popupSignature(popup),
      banner: await bannerSignature(claude),
      badge: await describeBadge(session, true),
    };
    step.enter();
    if (step.sendsMessage) {
      const line = await sendAndCount(session, claude);
      say(`  A message is sent on claude.ai: ${line ? `"${line}" (the app retried twice)` : 'Claude answered'}.`);
    }
    const ok = await session.refresh();
    await Promise.all([
      settle(() => popupSignature(popup), before.popup),
      settle(() => bannerSignature(claude), before.banner),
      settle(() => describeBadge(session, true), before.badge),
    ]);

    const snapshot = (await session.ext.storage('snapshot.v1')) as { origin?: string | null } | null;
    const answeredBy = ok ? `answered by ${snapshot?.origin ?? 'nobody'}` : 'no status page answered';
    say(`  The extension checked the status: ${answeredBy}.`);
    say(`  Toolbar: ${await describeBadge(session, story)}`);
    say(`  Popup: "${await popupHeadline(popup)}"`);
    say(`  claude.ai: ${await bannerLine(claude)}`);

    const bannerFile = `${out}/${shotFileName(number, step.label, 'claude-ai')}`;
    const popupFile = `${out}/${shotFileName(number, step.label, 'popup')}`;
    await shootTop(claude, bannerFile, PAGE_SIZE.height);
    await shootPopup(popup, popupFile);
    files.push(popupFile, bannerFile);
    say(`  Saved ${relative(out, popupFile)} and ${relative(out, bannerFile)}`);

    if (options.headed && options.delayMs > 0) {
      // Let a person look at both: the banner first (it changed live), then the popup.
      await sleep(options.delayMs / 2);
      await popup.bringToFront();
      await sleep(options.delayMs / 2);
    } else if (options.delayMs > 0) {
      await sleep(options.delayMs);
    }
  }
  return files;
}
