import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { X509Certificate, createHash } from 'node:crypto';
import { backgroundWatch, notificationRecorder } from './extension-helpers';
import { probeCalls } from './probe';
import { HOSTS, type DriverPage, type ExtensionDriver, type NetworkOptions } from './types';

/**
 * Chromium flags every local run needs: no sandbox or GPU in these containers, and no background
 * traffic, without which Chromium floods the closed network with refused connections.
 */
export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The Playwright page behind each wrapped page, for callers that need more than DriverPage (the demo's clipped screenshots). */
const playwrightPages = new WeakMap<DriverPage, Page>();

export function playwrightPageOf(page: DriverPage): Page {
  const raw = playwrightPages.get(page);
  if (!raw) throw new Error('not a page of the Chromium driver');
  return raw;
}

function wrap(page: Page): DriverPage {
  const wrapped: DriverPage = {
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    click: (selector) => page.click(selector),
    mouseClick: (x, y) => page.mouse.click(x, y),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    waitForSelector: async (selector, timeout = 10_000) => void (await page.waitForSelector(selector, { timeout })),
    waitForFunction: async (predicate, arg, timeout = 10_000) =>
      void (await page.waitForFunction(predicate as never, arg, { timeout, polling: 100 })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateScript: (source) => page.evaluate(source),
    keyboard: (key) => page.keyboard.press(key),
    screenshot: async (path) => void (await page.screenshot({ path })),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    close: () => page.close(),
  };
  playwrightPages.set(wrapped, page);
  return wrapped;
}

type LaunchOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

/**
 * Optional launch settings (the tests use none): the demo shows a window when a display exists, pins
 * viewport, scale, language and time zone for its screenshots, and handles Ctrl-C itself.
 */
export type ChromiumOptions = Pick<
  LaunchOptions,
  'headless' | 'viewport' | 'deviceScaleFactor' | 'locale' | 'timezoneId' | 'env' | 'handleSIGINT' | 'handleSIGTERM'
> &
  NetworkOptions & {
    /** Extra command-line switches, e.g. --window-size. */
    args?: string[];
  };

/** base64 sha256 of a certificate's public key, the form --ignore-certificate-errors-spki-list takes. */
const spkiOf = (pem: string) =>
  createHash('sha256')
    .update(new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');

/**
 * Debian Chromium with the production build loaded. The real host names resolve to the local
 * status server, so the unchanged extension talks to the URLs it ships with.
 */
export async function launchChromium(
  extensionDir: string,
  serverPort: number,
  { args: extraArgs = [], trustOnlyCertificate, unresolvedHosts = [], ...launchOptions }: ChromiumOptions = {},
): Promise<ExtensionDriver> {
  const profile = mkdtempSync(join(tmpdir(), 'e2e-chromium-'));
  let context: BrowserContext;
  let worker: Worker;
  let extensionId = '';

  async function start() {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      ...launchOptions,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--host-resolver-rules=${HOSTS.map((h) =>
          unresolvedHosts.includes(h) ? `MAP ${h} ~NOTFOUND` : `MAP ${h} 127.0.0.1:${serverPort}`,
        ).join(', ')}`,
        // The test server's certificate is self-signed and made per run: ignore its errors, or trust
        // exactly that certificate's key and refuse every other.
        trustOnlyCertificate
          ? `--ignore-certificate-errors-spki-list=${spkiOf(trustOnlyCertificate)}`
          : '--ignore-certificate-errors',
        ...QUIET_CHROMIUM_ARGS,
        ...extraArgs,
      ],
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
    context.on('serviceworker', (started) => {
      if (started.url().startsWith(`chrome-extension://${extensionId}/`)) worker = started;
    });
  }
  await start();

  const probe = probeCalls((path) => driver.openExtensionPage(path));
  const driver: ExtensionDriver = {
    browserName: 'chromium',
    get origin() {
      return `chrome-extension://${extensionId}`;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrap(page);
    },
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return wrap(page);
    },
    ...probe,
    async watchBackground() {
      await worker.evaluate(backgroundWatch, 'install' as const);
    },
    backgroundErrors: () =>
      worker.evaluate(backgroundWatch, 'read' as const).catch(() => ({ installed: false, errors: [] })),
    // A worker started since the install has no recorder, and answers so.
    recordNotifications: (mode) => worker.evaluate(notificationRecorder, mode),
    async stopBackground() {
      // What Chromium does to an idle worker: stop it, dropping every variable and pending fetch.
      // Target.closeTarget on the worker's target does exactly that (Chromium 156).
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        const { targetInfos } = await cdp.send('Target.getTargets');
        const target = targetInfos.find(
          (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
        );
        if (!target) throw new Error('no extension service worker is running');
        await cdp.send('Target.closeTarget', { targetId: target.targetId });
      } finally {
        await page.close();
      }
    },
    async restart() {
      probe.forget();
      await context.close();
      await start();
    },
    async close() {
      // The profile goes even when the browser is already gone (Ctrl-C reaches Chromium too).
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
  return driver;
}
