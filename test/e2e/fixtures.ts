import { test as base, expect } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStatusServer, type StatusServer } from '../server';
import { HEALTHY_CLAUDE_API } from '../server/claude-api';
import { launchChromium } from './drivers/chromium';
import { launchFirefox } from './drivers/firefox';
import type { ExtensionDriver } from './drivers/types';

export const POPUP = 'src/popup/index.html';
export const OPTIONS = 'src/options/index.html';

interface WorkerFixtures {
  server: StatusServer;
}
interface TestFixtures {
  /**
   * Optional permissions the Chromium build is to hold from install. Headless Chromium cannot answer a
   * permission prompt, so a test of what a granted permission does runs a copy of the build whose manifest
   * moves them to `permissions`, made for that test and deleted after it; the shipped build is never
   * changed. Firefox grants them through its own prompt (answered by a preference), so it runs the build.
   */
  grantAtInstall: string[];
  ext: ExtensionDriver;
}

/** A copy of the Chromium build that holds `granted` (optional permissions) from install. */
function grantedCopy(granted: string[]): string {
  const copy = mkdtempSync(join(tmpdir(), 'e2e-granted-'));
  cpSync(resolve('dist/chrome'), copy, { recursive: true });
  const path = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { permissions: string[]; optional_permissions?: string[] };
  for (const permission of granted) {
    if (!manifest.optional_permissions?.includes(permission)) throw new Error(`${permission} is not optional`);
    manifest.optional_permissions = manifest.optional_permissions.filter((p) => p !== permission);
    manifest.permissions.push(permission);
  }
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return copy;
}

/**
 * `server`: the local Statuspage answering status.claude.com, anthropic.statuspage.io and claude.ai.
 * `ext`: a fresh browser profile with the production build of the extension, per test.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // Playwright requires the destructuring pattern even when a fixture uses no other fixture.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startStatusServer({ port: Number(process.env.E2E_PORT ?? 443), scenario: 'healthy' });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  grantAtInstall: [[], { option: true }],
  ext: async ({ server, grantAtInstall }, use, testInfo) => {
    server.setScenario('healthy');
    // Faults of every host: one left on a single host would greet the next test's install poll.
    for (const host of ['*', 'status.claude.com', 'anthropic.statuspage.io'] as const) server.setFault(host, null);
    server.setClaudeApi(HEALTHY_CLAUDE_API);
    server.resetStats();
    const browser = testInfo.project.metadata.browser as 'chromium' | 'firefox';
    const copy = browser === 'chromium' && grantAtInstall.length ? grantedCopy(grantAtInstall) : null;
    try {
      const driver =
        browser === 'firefox'
          ? await launchFirefox(resolve('dist/firefox'))
          : await launchChromium(copy ?? resolve('dist/chrome'), server.port);
      await use(driver);
      await driver.close();
    } finally {
      if (copy) rmSync(copy, { recursive: true, force: true });
    }
  },
});

export { expect };

/** Polls until the badge satisfies the check; the worker polls on install, so the first state can lag. */
export async function waitForBadge(ext: ExtensionDriver, check: (text: string) => boolean, timeoutMs = 20_000) {
  let last = '';
  await expect
    .poll(
      async () => {
        last = (await ext.badge()).text;
        return check(last);
      },
      { timeout: timeoutMs, message: `badge text never matched; last was "${last}"` },
    )
    .toBe(true);
}

/** Polls now, as the popup's Refresh button does, and waits for the answer. */
export const refresh = (ext: ExtensionDriver) => ext.sendMessage({ type: 'refresh', payload: {} });

/** Writes settings as the options page does (fields not given take their defaults). */
export async function setSettings(ext: ExtensionDriver, settings: Record<string, unknown>) {
  await ext.inExtension(async (value) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } })
      .chrome;
    await api.storage.local.set({ settings: { version: 1, ...value } });
  }, settings);
}

/**
 * Records every message the extension's pages receive (in the page the driver keeps open for its privileged
 * calls): what the content scripts send the worker reaches them too, in the order each script sent it.
 */
export async function recordMessages(ext: ExtensionDriver): Promise<void> {
  await ext.inExtension(() => {
    const g = globalThis as unknown as {
      __messages?: unknown[];
      chrome: { runtime: { onMessage: { addListener(l: (m: unknown) => void): void } } };
    };
    if (g.__messages) return;
    const seen: unknown[] = [];
    g.__messages = seen;
    g.chrome.runtime.onMessage.addListener((message) => void seen.push(message));
  });
}

/** What recordMessages has seen so far. */
export const recordedMessages = (ext: ExtensionDriver) =>
  ext.inExtension(() => (globalThis as unknown as { __messages: unknown[] }).__messages);
