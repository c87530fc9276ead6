// Lead time over the real replay of p0mgnjv3bj97: claude.ai's API fails 20 minutes before the status page
// posts. The worker records how much earlier the session saw it, says so in the new-incident
// notification, and never records an incident the session did not see coming.
import { fakeBrowser } from '@webext-core/fake-browser';
import type Browser from 'webextension-polyfill';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/shared/settings';
import { KEYS } from '../../../src/shared/storage';
import { startStatusServer, type StatusServer } from '../../server';
import { resetBrowser, startWorker, storage, type Clock } from './harness';

const POSTED_AT = Date.parse('2026-05-22T04:16:42.333Z');
const MINUTE = 60_000;
let server: StatusServer;
const clock: Clock = { now: 0 };
beforeAll(async () => {
  server = await startStatusServer({ port: 0, scenario: 'p0mgnjv3bj97' });
});
afterAll(() => server.close());

const created: { id: string; message: string }[] = [];
beforeEach(async () => {
  resetBrowser();
  created.length = 0;
  server.setScenario('p0mgnjv3bj97');
  server.goTo(0);
  clock.now = POSTED_AT - 21 * MINUTE;
  // Notifications granted, every kind on: the fake browser has no notifications API of its own.
  (fakeBrowser as unknown as { notifications: unknown }).notifications = {
    create: async (id: string, options: { message: string }) => {
      created.push({ id, message: options.message });
      return id;
    },
  };
  const settings = { ...defaultSettings, notifications: { ...defaultSettings.notifications, enabled: true } };
  await storage.area.set({ [KEYS.settings]: settings });
});

const tab = { id: fakeBrowser.runtime.id, tab: { id: 1 }, frameId: 0, url: 'https://claude.ai/new' };
const failing = {
  api: { success: 1, serverError: 3, rateLimited: 0, other: 0 },
  send: { success: 0, serverError: 0, rateLimited: 0, other: 0 },
};
const report = (worker: ReturnType<typeof startWorker>) =>
  worker.onMessage({ type: 'sessionCounts', payload: { counts: failing } }, tab as Browser.Runtime.MessageSender);
const storedLeads = async () => (await storage.area.get(KEYS.sessionLeads))[KEYS.sessionLeads];

it('an incident posted while the signal is on gets its lead time, in storage and in its notification', async () => {
  const worker = startWorker(server, clock);
  await worker.pollNow();
  await report(worker);
  clock.now = POSTED_AT + MINUTE;
  server.goTo(1);
  await worker.pollNow();
  const leads = (await storedLeads()) as { incidentId: string; title: string; leadMs: number; postedAt: number }[];
  expect(leads).toHaveLength(1);
  expect(leads[0]).toMatchObject({ incidentId: 'p0mgnjv3bj97', postedAt: POSTED_AT });
  // The first error's 30 s bucket ends at most 30 s after it: never more lead than there was.
  expect(leads[0]!.leadMs).toBeGreaterThan(20 * MINUTE);
  expect(leads[0]!.leadMs).toBeLessThanOrEqual(21 * MINUTE);
  expect(leads[0]!.title).toMatch(/error/i);
  expect(JSON.stringify(leads)).not.toMatch(/claude\.ai|\/new/);
  expect(created).toHaveLength(1);
  expect(created[0]!.message.split('\n')[0]).toMatch(
    /^Your claude.ai session saw errors (20|21) min before the status page\.$/,
  );

  // A later poll of the same incident neither adds a record nor notifies again.
  clock.now += MINUTE;
  server.goTo(2);
  await worker.pollNow();
  expect(await storedLeads()).toEqual(leads);
});

it('no record when the session saw nothing, or when the signal is switched off', async () => {
  const worker = startWorker(server, clock);
  await worker.pollNow();
  clock.now = POSTED_AT + MINUTE;
  server.goTo(1);
  await worker.pollNow();
  expect(await storedLeads()).toBeUndefined();
  expect(created[0]?.message ?? '').not.toMatch(/session/);

  server.goTo(0);
  clock.now = POSTED_AT - 21 * MINUTE;
  resetBrowser();
  await storage.area.set({ [KEYS.settings]: { ...defaultSettings, sessionSignal: false } });
  const off = startWorker(server, clock);
  await off.pollNow();
  await report(off);
  clock.now = POSTED_AT + MINUTE;
  server.goTo(1);
  await off.pollNow();
  expect(await storedLeads()).toBeUndefined();
});
