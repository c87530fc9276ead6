import { X509Certificate, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import manifest from '../../../manifest.json' with { type: 'json' };
import { backgroundWatch, notificationRecorder } from './extension-helpers';
import { probeCalls } from './probe';
import { HOSTS, type DriverPage, type ExtensionDriver, type NetworkOptions } from './types';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = manifest.browser_specific_settings.gecko.id;

// Firefox ESR 153, puppeteer-core 24: page.goto() to a moz-extension:// URL never resolves its
// navigation wait, while the raw BiDi browsingContext.navigate works.
type BidiFrame = {
  browsingContext: { navigate(url: string, wait?: 'none' | 'interactive' | 'complete'): Promise<void> };
};
const navigate = (page: Page, url: string) =>
  (page.mainFrame() as unknown as BidiFrame).browsingContext.navigate(url, 'complete');

function wrap(page: Page): DriverPage {
  return {
    url: () => page.url(),
    goto: (url) => navigate(page, url),
    reload: async () => void (await page.reload()),
    click: (selector) => page.click(selector),
    mouseClick: (x, y) => page.mouse.click(x, y),
    select: async (selector, value) => void (await page.select(selector, value)),
    waitForSelector: async (selector, timeout = 10_000) =>
      void (await page.waitForSelector(selector, { timeout, visible: true })),
    waitForFunction: async (predicate, arg, timeout = 10_000) =>
      void (await page.waitForFunction(predicate as never, { timeout, polling: 100 }, arg)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateScript: (source) => page.evaluate(source),
    keyboard: (key) => page.keyboard.press(key as never),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    // Puppeteer emulates media features over CDP only; Firefox ESR 153 has no BiDi command for it.
    setColorScheme: null,
    close: () => page.close(),
  };
}

export interface FirefoxOptions extends NetworkOptions {
  /**
   * The browser's language (BCP 47, e.g. "de", "pt-BR", "es-ES"), which browser.i18n follows. Firefox
   * offers only the languages it has packs for: Debian's firefox-esr-l10n-<lang> packages.
   */
  locale?: string;
}

/**
 * Debian Firefox ESR with the production build installed as a temporary add-on. The real host names
 * resolve to 127.0.0.1 (network.dns.localDomains), so the server must listen on 443.
 */
export async function launchFirefox(
  extensionDir: string,
  { trustOnlyCertificate, unresolvedHosts = [], locale }: FirefoxOptions = {},
): Promise<ExtensionDriver> {
  const profile = mkdtempSync(join(tmpdir(), 'e2e-firefox-'));
  if (trustOnlyCertificate) {
    // A certificate exception per host, pinned to that certificate's fingerprint, as a user accepting
    // it would leave behind: every other certificate is refused.
    const fingerprint = new X509Certificate(trustOnlyCertificate).fingerprint256;
    const lines = HOSTS.map((host) => `${host}:443:\tOID.2.16.840.1.101.3.4.2.1\t${fingerprint}\t`);
    writeFileSync(
      join(profile, 'cert_override.txt'),
      ['# PSM Certificate Override Settings file', ...lines, ''].join('\n'),
    );
  }
  // A fixed internal UUID pins the moz-extension:// origin so tests know the pages' URLs.
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  let browser: Browser;

  async function start() {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profile,
      acceptInsecureCerts: !trustOnlyCertificate,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        'network.dns.localDomains': HOSTS.filter((host) => !unresolvedHosts.includes(host)).join(','),
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'extensions.update.enabled': false,
        // A temporary add-on is uninstalled when the browser closes; keep its storage for restart tests.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        // Answers the optional-permission prompt with "allow", as the user of the notifications test would.
        'extensions.webextOptionalPermissionPrompts': false,
        ...(locale && { 'intl.locale.requested': locale }),
      },
    });
    await browser.installExtension(extensionDir);
  }
  await start();

  const probe = probeCalls((path) => driver.openExtensionPage(path));
  const driver: ExtensionDriver = {
    browserName: 'firefox',
    origin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await navigate(page, `${origin}/${path}`);
      return wrap(page);
    },
    async openPage(url) {
      const page = await browser.newPage();
      await navigate(page, url);
      return wrap(page);
    },
    ...probe,
    async watchBackground() {
      await probe.inExtension(backgroundWatch, 'install');
    },
    backgroundErrors: () => probe.inExtension(backgroundWatch, 'read'),
    recordNotifications: (mode) => probe.inExtension(notificationRecorder, mode),
    async stopBackground() {
      // Firefox has no protocol command to stop an event page; reloading the add-on kills it just as
      // abruptly (in-flight fetches and all in-memory state gone) while storage stays.
      const page = await driver.openExtensionPage('src/options/index.html');
      await page
        .evaluate(() =>
          (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload(),
        )
        .catch(() => {});
    },
    async restart() {
      probe.forget();
      // A temporary add-on does not survive a restart: install it again on the same profile, as a
      // developer reloading it would, and keep its storage (the fixed UUID keeps the same origin).
      await browser.close();
      await start();
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return driver;
}
