// What the demo does on claude.ai for the session signal: send a message as the user would (the page's own
// script posts it, retrying twice on a server error), and read the toolbar button back from the browser.
import type { Page } from 'playwright-core';
import { totalOf } from '../../src/core/session/counts';
import { sumWindow } from '../../src/core/session/window';
import { sessionRecord } from '../../src/shared/session-storage';
import { bannerSignature, settle } from './capture';
import type { Session } from './session';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Clicks Send and waits until the page is done with that message (retries included); returns its status line. */
export async function sendMessage(claude: Page): Promise<string> {
  const done = () => claude.evaluate(() => Number(document.getElementById('chat-status')!.dataset.done));
  const before = await done();
  await claude.click('#send-button');
  await claude.waitForFunction((n) => Number(document.getElementById('chat-status')!.dataset.done) > n, before, {
    timeout: 20_000,
    polling: 100,
  });
  return claude.evaluate(() => document.getElementById('chat-status')!.textContent ?? '');
}

/** Every request the session counted so far, as one number (the stored window, API requests). */
const countedRequests = async (session: Session): Promise<number> =>
  totalOf(sumWindow(sessionRecord.read(await session.ext.storage(sessionRecord.key)).window).api);

/**
 * Sends a message and waits until the worker has counted what the page saw (the page batches its counts
 * for a few seconds); returns the page's status line, empty when Claude answered.
 */
export async function sendAndCount(session: Session, claude: Page, timeoutMs = 15_000): Promise<string> {
  const before = await countedRequests(session);
  const line = await sendMessage(claude);
  const start = Date.now();
  while ((await countedRequests(session)) === before && Date.now() - start < timeoutMs) await sleep(200);
  return line;
}

export interface ToolbarButton {
  text: string;
  color: number[];
  textColor: number[];
  title: string;
}

/**
 * The badge, its colours and tooltip once `ready(text)` holds: the page reports its counts within a few
 * seconds (it batches them), and the worker repaints the badge as soon as it decides.
 */
export async function readToolbar(
  session: Session,
  ready: (text: string) => boolean,
  timeoutMs = 30_000,
): Promise<ToolbarButton> {
  const start = Date.now();
  for (;;) {
    const badge = await session.ext.badge();
    if (ready(badge.text)) {
      const textColor = await session.ext.inExtension(async () => {
        const action = (
          globalThis as unknown as { chrome: { action: { getBadgeTextColor(d: object): Promise<number[]> } } }
        ).chrome.action;
        return action.getBadgeTextColor({});
      });
      return { text: badge.text, color: badge.color, textColor, title: badge.title };
    }
    if (Date.now() - start > timeoutMs)
      throw new Error(`the badge still shows "${badge.text}" after ${timeoutMs / 1000} s`);
    await sleep(250);
  }
}

/**
 * Brings the banner's session variant up on `claude`: one message fails three times (the page retries
 * twice) while the status page is operational, so the worker raises the signal; resolves once the banner
 * shows it and has stopped changing.
 */
export async function raiseSessionBanner(session: Session, claude: Page): Promise<void> {
  await sendAndCount(session, claude);
  await session.refresh();
  await claude.waitForFunction(
    () =>
      document
        .getElementById('claude-status-indicator-banner')
        ?.shadowRoot?.querySelector('.bar')
        ?.getAttribute('data-state') === 'session',
    undefined,
    { timeout: 30_000, polling: 100 },
  );
  await settle(() => bannerSignature(claude), '', 0);
}
