// "Tell me when it's fixed" over the real replay of p0mgnjv3bj97 and an in-memory browser: a watch set on
// the incident notifies once when the page marks it resolved; the session's watch once requests succeed
// again and the page is operational; each then turns itself off.
import { fakeBrowser } from '@webext-core/fake-browser';
import type Browser from 'webextension-polyfill';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { KEYS } from '../../../src/shared/storage';
import { startStatusServer, type StatusServer } from '../../server';
import { resetBrowser, startWorker, storage, type Clock } from './harness';

const POSTED_AT = Date.parse('2026-05-22T04:16:42.333Z');
const MINUTE = 60_000;
let server: StatusServer;
const clock: Clock = { now: 0 };
const created: { id: string; title: string; message: string }[] = [];
beforeAll(async () => {
  server = await startStatusServer({ port: 0, scenario: 'p0mgnjv3bj97' });
});
afterAll(() => server.close());
beforeEach(() => {
  resetBrowser();
  created.length = 0;
  server.setScenario('p0mgnjv3bj97');
  clock.now = POSTED_AT + MINUTE;
  (fakeBrowser as unknown as { notifications: unknown }).notifications = {
    create: async (id: string, options: { title: string; message: string }) => {
      created.push({ id, title: options.title, message: options.message });
      return id;
    },
  };
});

const watch = (worker: ReturnType<typeof startWorker>, target: unknown, on = true) =>
  worker.onMessage({ type: 'watch', payload: { target, on } }, { id: fakeBrowser.runtime.id });
const storedWatches = async () => (await storage.area.get(KEYS.watches))[KEYS.watches];

it('an incident watch notifies once when the incident resolves, then is gone', async () => {
  const worker = startWorker(server, clock);
  server.goTo(1);
  await worker.pollNow();
  expect(await watch(worker, { kind: 'incident', id: 'p0mgnjv3bj97' })).toEqual({ ok: true, notifications: true });
  // Updates that are not the resolution do not fire it.
  for (let step = 2; step < server.stepCount - 1; step++) {
    clock.now += MINUTE;
    server.goTo(step);
    await worker.pollNow();
  }
  expect(created.filter((n) => n.id.includes('watch:'))).toEqual([]);
  clock.now += MINUTE;
  server.goTo(server.stepCount - 1);
  await worker.pollNow();
  const fired = created.filter((n) => n.id.includes('watch:'));
  expect(fired).toHaveLength(1);
  expect(fired[0]!.title).toMatch(/^Fixed: /);
  expect(JSON.parse(fired[0]!.id)).toEqual({
    key: 'watch:p0mgnjv3bj97',
    url: expect.stringMatching(/^https:\/\/.+p0mgnjv3bj97/),
  });
  expect(await storedWatches()).toEqual({
    incidents: {},
    session: null,
    log: [{ key: 'incident:p0mgnjv3bj97', at: clock.now, delivery: 'created' }],
  });
  clock.now += MINUTE;
  await worker.pollNow();
  expect(created.filter((n) => n.id.includes('watch:'))).toHaveLength(1);
});

it('the session watch notifies once requests succeed again and the page is operational', async () => {
  const worker = startWorker(server, clock);
  server.goTo(0);
  await worker.pollNow();
  const tab = { id: fakeBrowser.runtime.id, tab: { id: 1 }, frameId: 0, url: 'https://claude.ai/new' };
  const report = (success: number, serverError: number) =>
    worker.onMessage(
      {
        type: 'sessionCounts',
        payload: {
          counts: {
            api: { success, serverError, rateLimited: 0, other: 0 },
            send: { success: 0, serverError: 0, rateLimited: 0, other: 0 },
          },
        },
      },
      tab as Browser.Runtime.MessageSender,
    );
  await report(0, 3);
  await watch(worker, { kind: 'session' });
  clock.now += 30_000;
  await report(2, 0);
  expect(created).toEqual([]);
  for (let i = 0; i < 5; i++) {
    clock.now += 30_000;
    await report(2, 0);
  }
  expect(created).toEqual([
    {
      id: JSON.stringify({ key: 'watch:session', url: null }),
      title: 'Your claude.ai session works again',
      message: 'Requests succeed again and the status page reports no incident.',
    },
  ]);
  clock.now += 30_000;
  await report(2, 0);
  expect(created).toHaveLength(1);
});

it('refuses malformed watches and works without the notifications permission', async () => {
  delete (fakeBrowser as unknown as { notifications?: unknown }).notifications;
  const worker = startWorker(server, clock);
  for (const bad of [null, { kind: 'incident', id: 'https://claude.ai/chat/x' }, { kind: 'x' }])
    expect(await watch(worker, bad), JSON.stringify(bad)).toEqual({ ok: false, notifications: false });
  expect(
    await worker.onMessage(
      { type: 'watch', payload: { target: { kind: 'session' }, on: 'yes' } },
      { id: fakeBrowser.runtime.id },
    ),
  ).toEqual({ ok: false, notifications: false });
  expect(await storedWatches()).toBeUndefined();
  expect(await watch(worker, { kind: 'session' })).toEqual({ ok: true, notifications: false });
  expect(await watch(worker, { kind: 'session' }, false)).toEqual({ ok: true, notifications: false });
  expect(await storedWatches()).toEqual({ incidents: {}, session: null, log: [] });
});
