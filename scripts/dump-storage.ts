// Writes what a real browser holds in storage.local after a user has used the built extension for a
// while: settings changed, an incident seen, its banner dismissed, the history fetched, the incident
// resolved, then one failed poll. Each file holds the whole storage at two moments: while the
// incident is open (banner dismissed) and at the end. The files in test/fixtures/storage-<version>/ are the shapes an update must read back.
// Needs port 443 (the Firefox host mapping has no port): run it in its own network namespace, e.g.
//   unshare --net bash -c 'ip link set lo up && npx tsx scripts/dump-storage.ts'
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pkg from '../package.json' with { type: 'json' };
import { launchChromium } from '../test/e2e/drivers/chromium';
import { launchFirefox } from '../test/e2e/drivers/firefox';
import type { ExtensionDriver } from '../test/e2e/drivers/types';
import { startStatusServer } from '../test/server';

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await wait(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function use(ext: ExtensionDriver, server: Awaited<ReturnType<typeof startStatusServer>>) {
  const refresh = () => ext.sendMessage({ type: 'refresh', payload: {} });
  await until(
    async () => ((await ext.storage('snapshot.v1')) as { fetchedAt?: number } | null)?.fetchedAt != null,
    'first poll',
  );
  // Settings as a user leaves them on the options page: every field away from its default.
  await ext.inExtension(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } })
      .chrome;
    await api.storage.local.set({
      settings: {
        version: 1,
        pollIntervalSec: 120,
        notifications: { enabled: false, opened: true, escalated: false, updated: true, resolved: false },
        snoozeUntil: 0,
        banner: true,
        mutedModels: ['Haiku 4.5'],
        mutedComponentIds: ['0scnb50nvy53'],
        theme: 'dark',
      },
    });
  });
  server.setScenario('p0mgnjv3bj97');
  server.goTo(3);
  await refresh();
  const page = await ext.openPage('https://claude.ai/');
  await page.waitForFunction(
    () => !!document.getElementById('claude-status-indicator-banner')?.shadowRoot?.querySelector('.dismiss'),
    undefined,
    15_000,
  );
  await page.evaluate(() =>
    (
      document
        .getElementById('claude-status-indicator-banner')!
        .shadowRoot!.querySelector('.dismiss') as HTMLButtonElement
    ).click(),
  );
  await until(async () => (await ext.storage('dismissed.v1')) !== null, 'the dismissal');
  await ext.sendMessage({ type: 'getHistory', payload: { force: true } });
  const incidentOpen = await dump(ext);
  server.goTo(server.stepCount - 1);
  await refresh();
  // One failed poll after the last good one: the snapshot carries an error and the last good data.
  server.setFault('*', { kind: 'http', status: 503 });
  await refresh();
  server.setFault('*', null);
  return { incidentOpen, resolvedThenFailed: await dump(ext) };
}

const dump = (ext: ExtensionDriver) =>
  ext.inExtension(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } })
      .chrome;
    return api.storage.local.get(null);
  });

const server = await startStatusServer({ port: 443, scenario: 'healthy' });
try {
  for (const browser of ['chromium', 'firefox'] as const) {
    server.setScenario('healthy');
    const ext =
      browser === 'chromium'
        ? await launchChromium(resolve('dist/chrome'), server.port)
        : await launchFirefox(resolve('dist/firefox'));
    try {
      const stored = await use(ext, server);
      const file = resolve(`test/fixtures/storage-${pkg.version}/${browser}.json`);
      writeFileSync(file, JSON.stringify(stored, null, 2) + '\n');
      console.log(`wrote ${file}`);
    } finally {
      await ext.close();
    }
  }
} finally {
  await server.close();
}
