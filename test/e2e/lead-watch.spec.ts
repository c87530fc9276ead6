// Lead time and the one-off watch in real browsers, on the real incident p0mgnjv3bj97: the user's claude.ai
// session fails, then the status page posts the incident; the extension says how much earlier the session
// saw it (popup, options). A "tell me when it's fixed" click on the incident card notifies once when the
// page marks it resolved, then the watch is gone.
import { asIfJustHappened } from '../../scripts/demo/live-times';
import { capturedReplayScenario } from '../scenarios/captured-replays';
import type { DriverPage, ExtensionDriver } from './drivers/types';
import { expect, OPTIONS, POPUP, refresh, test, waitForBadge } from './fixtures';

const INCIDENT = 'p0mgnjv3bj97';

interface Watches {
  incidents: Record<string, number>;
  log: { key: string; delivery: string }[];
}
const watches = async (ext: ExtensionDriver) => (await ext.storage('watches.v1')) as Watches | null;
const text = (page: DriverPage, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);

async function failingSession(ext: ExtensionDriver, server: { setClaudeApi(b: unknown): void }) {
  const page = await ext.openPage('https://claude.ai/').catch(() => ext.openPage('https://claude.ai/'));
  await page.waitForSelector('#composer');
  server.setClaudeApi({ send: { kind: 'status', status: 529 } });
  await page.click('#send-button');
  await waitForBadge(ext, (badge) => badge === '~', 60_000);
  return page;
}

test('an incident posted while the session sees errors records the lead time, said in popup and options', async ({
  ext,
  server,
}) => {
  await refresh(ext);
  await failingSession(ext, server);
  // The status page posts the incident now, after the session's errors: the replay moved to the present.
  const [baseline, first] = capturedReplayScenario(INCIDENT).steps;
  const now = Date.now();
  server.setScenario({
    name: `${INCIDENT}-now`,
    description: 'the first update of p0mgnjv3bj97, posted now',
    steps: [asIfJustHappened(baseline!, now, 60_000), asIfJustHappened(first!, now, 0)],
  });
  server.goTo(1);
  await refresh(ext);
  await expect
    .poll(async () => ((await ext.storage('sessionLeads.v1')) as { incidentId: string }[] | null)?.[0]?.incidentId)
    .toBe(INCIDENT);
  const [record] = (await ext.storage('sessionLeads.v1')) as { leadMs: number; title: string }[];
  expect(record!.leadMs).toBeGreaterThan(0);
  expect(record!.title).toBe('Elevated error rate on multiple models');

  const popup = await ext.openExtensionPage(POPUP);
  await popup.waitForSelector('[data-testid="incident-lead"]');
  expect(await text(popup, '[data-testid="incident-lead"]')).toMatch(
    /^Your claude\.ai session saw errors \d+ min before the status page\.$/,
  );
  const options = await ext.openExtensionPage(OPTIONS);
  await options.waitForSelector('[data-testid="options-lead"]');
  expect(await text(options, '[data-testid="options-lead"]')).toMatch(
    /^Elevated error rate on multiple models .+ \d+ min earlier$/,
  );
});

test('"Tell me when it\'s fixed" on the incident card fires once when the incident resolves', async ({
  ext,
  server,
}) => {
  server.setScenario(INCIDENT);
  server.goTo(1);
  await refresh(ext);
  const popup = await ext.openExtensionPage(POPUP);
  await popup.waitForSelector('[data-testid="watch-button"]');
  await popup.click('[data-testid="watch-button"]');
  await expect.poll(async () => Object.keys((await watches(ext))?.incidents ?? {})).toEqual([INCIDENT]);
  await popup.waitForSelector('[data-testid="watch-active"]');

  // Updates that are not the resolution leave it waiting.
  server.goTo(3);
  await refresh(ext);
  expect((await watches(ext))?.log ?? []).toEqual([]);
  server.goTo(server.stepCount - 1);
  await refresh(ext);
  await expect.poll(async () => (await watches(ext))?.log.length).toBe(1);
  const after = (await watches(ext))!;
  expect(after.incidents).toEqual({});
  // Firefox runs with the permission granted; headless Chromium cannot answer the prompt, so it has no
  // notifications API and the watch ends without one (the badge shows the recovery).
  expect(after.log[0]).toMatchObject({
    key: `incident:${INCIDENT}`,
    delivery: ext.browserName === 'firefox' ? 'created' : 'no-permission',
  });
  await refresh(ext);
  expect((await watches(ext))?.log).toHaveLength(1);
});
