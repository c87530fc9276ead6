// The local status server and Chromium with the built extension, opened and closed together.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, playwrightPageOf, type ChromiumOptions } from '../../test/e2e/drivers/chromium';
import type { ExtensionDriver } from '../../test/e2e/drivers/types';
import { startStatusServer, type StatusServer } from '../../test/server';

export const POPUP = 'src/popup/index.html';
export const OPTIONS = 'src/options/index.html';
export const CLAUDE = 'https://claude.ai/';
/** Chrome draws extension popups at most 800×600; this one is 380 wide by its own CSS. */
export const POPUP_SIZE = { width: 380, height: 600 };
export const PAGE_SIZE = { width: 1280, height: 800 };

export interface Session {
  server: StatusServer;
  ext: ExtensionDriver;
  /** Asks the worker to poll now, as the popup's Refresh button does; true when the poll succeeded. */
  refresh(): Promise<boolean>;
  openPopup(): Promise<Page>;
  openClaude(): Promise<Page>;
  openOptions(size?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export interface SessionOptions {
  root: string;
  headless: boolean;
  deviceScaleFactor: number;
  /** English and UTC whatever the machine says, for screenshots that are committed. */
  pinLocale: boolean;
  /** Reuse a running server (the README run opens two browsers on one). */
  server?: StatusServer;
}

/** Starts what is not given; close() stops only what it started, and is safe to call twice. */
export async function openSession(options: SessionOptions): Promise<Session> {
  // Port 0: a free port chosen by the system. Chromium maps the real host names to it, so no root is needed.
  const server = options.server ?? (await startStatusServer({ port: 0, scenario: 'healthy' }));
  const launch: ChromiumOptions = {
    headless: options.headless,
    viewport: PAGE_SIZE,
    deviceScaleFactor: options.deviceScaleFactor,
    // Headed, the window holds the 1280×800 page plus the browser's own bars.
    args: options.headless ? [] : ['--window-size=1300,960'],
    // Playwright would close the browser and exit on Ctrl-C before scripts/demo.ts has cleaned up.
    handleSIGINT: false,
    handleSIGTERM: false,
  };
  if (options.pinLocale) {
    Object.assign(launch, {
      locale: 'en-US',
      timezoneId: 'UTC',
      // chrome.i18n follows the browser's language, which Chromium on Linux reads from the environment.
      env: { ...process.env, LANGUAGE: 'en_US', LANG: 'en_US.UTF-8', TZ: 'UTC' },
    });
    launch.args = [...(launch.args ?? []), '--lang=en-US'];
  }
  let ext: ExtensionDriver;
  try {
    ext = await launchChromium(resolve(options.root, 'dist/chrome'), server.port, launch);
  } catch (error) {
    if (!options.server) await server.close();
    throw error;
  }

  async function open(
    driverPage: Promise<Parameters<typeof playwrightPageOf>[0]>,
    size: { width: number; height: number },
  ) {
    const page = playwrightPageOf(await driverPage);
    await page.setViewportSize(size);
    return page;
  }

  let closed: Promise<void> | null = null;
  return {
    server,
    ext,
    refresh: async () => {
      const answer = (await ext.sendMessage({ type: 'refresh', payload: {} })) as { ok?: boolean } | undefined;
      return answer?.ok === true;
    },
    async openPopup() {
      const page = await open(ext.openExtensionPage(POPUP), POPUP_SIZE);
      await page.waitForSelector('[data-testid="popup-state"]');
      return page;
    },
    async openClaude() {
      const page = await open(ext.openPage(CLAUDE), PAGE_SIZE);
      await page.waitForSelector('#composer');
      return page;
    },
    async openOptions(size = PAGE_SIZE) {
      const page = await open(ext.openExtensionPage(OPTIONS), size);
      await page.waitForSelector('[data-testid="options-poll-interval"]');
      return page;
    },
    close() {
      closed ??= (async () => {
        await ext.close().catch(() => undefined);
        if (!options.server) await server.close();
      })();
      return closed;
    },
  };
}

/** Writes one committed set of pictures (the README's, the store's) into `out`; returns their sizes in bytes. */
export type WriteShots = (
  root: string,
  out: string,
  headless: boolean,
  say: (line: string) => void,
  track: (close: () => Promise<void>) => void,
) => Promise<Record<string, number>>;

/**
 * What every committed set of pictures is shot in: one healthy status server for all the browsers `shoot`
 * opens, each browser in English and UTC and closed with the run however it ends. Answers the sizes of `files`
 * once `shoot` is done.
 */
export async function shootCommitted(
  options: { root: string; out: string; headless: boolean; track: (close: () => Promise<void>) => void },
  files: readonly string[],
  shoot: (open: (deviceScaleFactor: number) => Promise<Session>, server: StatusServer) => Promise<void>,
): Promise<Record<string, number>> {
  const { root, out, headless, track } = options;
  const server = await startStatusServer({ port: 0, scenario: 'healthy' });
  track(() => server.close());
  await shoot(async (deviceScaleFactor) => {
    const session = await openSession({ root, headless, deviceScaleFactor, pinLocale: true, server });
    track(() => session.close());
    return session;
  }, server);
  await server.close();
  return Object.fromEntries(files.map((name) => [name, statSync(join(out, name)).size]));
}
