// The worker's side of the session signal over an in-memory browser: reports are checked, merged across
// tabs into storage (never memory), decided, and shown in the badge in the signal's own state.
import { fakeBrowser } from '@webext-core/fake-browser';
import type Browser from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { isSessionReporter } from '../../../src/background/session';
import { SESSION_GLYPH } from '../../../src/core/session/present';
import { readReport } from '../../../src/core/session/report';
import { defaultSettings } from '../../../src/shared/settings';
import { KEYS } from '../../../src/shared/storage';
import type { StatusServer } from '../../server';
import { badge, startWorker, storage, useStatusServer, type Clock } from './harness';

let server: StatusServer;
const clock: Clock = { now: Date.parse('2026-11-23T10:00:00Z') };
useStatusServer(clock, (started) => (server = started));

const tab = (id: number, url = 'https://claude.ai/chat/4f2a-9b1c') =>
  ({ id: fakeBrowser.runtime.id, tab: { id } as Browser.Tabs.Tab, frameId: 0, url }) as Browser.Runtime.MessageSender;
const counts = (success: number, serverError: number, send = { success: 0, serverError: 0 }) => ({
  api: { success, serverError, rateLimited: 0, other: 0 },
  send: { ...send, rateLimited: 0, other: 0 },
});
const report = (worker: ReturnType<typeof startWorker>, c: unknown, sender = tab(1)) =>
  worker.onMessage({ type: 'sessionCounts', payload: { counts: c } }, sender);

describe('reports', () => {
  it('are accepted only from our content script in a top-level claude.ai page', () => {
    const own = fakeBrowser.runtime.id;
    expect(isSessionReporter(tab(1), own)).toBe(true);
    expect(isSessionReporter({ ...tab(1), id: 'other-extension' }, own)).toBe(false);
    expect(isSessionReporter({ ...tab(1), tab: undefined }, own)).toBe(false);
    expect(isSessionReporter({ ...tab(1), frameId: 3 }, own)).toBe(false);
    for (const url of ['https://claude.ai.evil.example/', 'http://claude.ai/', 'https://evil.example/?claude.ai', 'x'])
      expect(isSessionReporter(tab(1, url), own), url).toBe(false);
  });

  it('carry numbers only: anything else is refused whole', () => {
    expect(readReport({ counts: counts(1, 2) })).toEqual(counts(1, 2));
    const refused = [
      null,
      { counts: counts(1, 2), url: 'https://claude.ai/chat/x' },
      { counts: { ...counts(1, 2), path: '/api/x' } },
      { counts: { api: { ...counts(1, 2).api, id: 7 }, send: counts(0, 0).send } },
      { counts: { api: { success: '1' }, send: {} } },
      { counts: counts(-1, 0) },
      { counts: counts(0.5, 0) },
      { counts: counts(0, 0) },
      { counts: counts(100_000, 0) },
      { counts: counts(0, 1, { success: 0, serverError: 2 }) },
    ];
    for (const payload of refused) expect(readReport(payload), JSON.stringify(payload)).toBeNull();
  });

  it('from another page never reach storage', async () => {
    const worker = startWorker(server, clock);
    await worker.pollNow();
    expect(await report(worker, counts(0, 5), tab(1, 'https://evil.example/'))).toEqual({ ok: false });
    expect(await report(worker, { ...counts(0, 5), extra: 'x' })).toEqual({ ok: false });
    expect((await storage.area.get(KEYS.session))[KEYS.session]).toBeUndefined();
  });
});

describe('the signal', () => {
  it('adds two tabs up, survives a new worker, and takes its own badge state while the page is operational', async () => {
    let worker = startWorker(server, clock);
    await worker.pollNow();
    await report(worker, counts(2, 1), tab(1));
    expect((await badge()).text).toBe('');
    // The worker is stopped: a new instance knows only what storage holds.
    worker = startWorker(server, clock);
    clock.now += 5_000;
    await report(worker, counts(0, 2), tab(2));
    const stored = (await storage.area.get(KEYS.session))[KEYS.session];
    expect(JSON.stringify(stored)).not.toMatch(/claude|\/|[a-f0-9]{4}-/);
    const shown = await badge();
    expect(shown.text).toBe(SESSION_GLYPH);
    expect(shown.title).toContain('Your claude.ai session sees errors while the status page reports no incident');
    expect(shown.title).toContain('3 of 5 requests failed in the last 5 minutes');
    expect(shown.title).toMatch(/last updated .+ ago/);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0x6d, 0x28, 0xd9, 255]);
    expect((await fakeBrowser.alarms.get('session'))?.name).toBe('session');
  });

  it('a single error and 429s alone raise nothing', async () => {
    const worker = startWorker(server, clock);
    await worker.pollNow();
    await report(worker, counts(0, 1));
    await report(worker, { ...counts(0, 0), api: { success: 0, serverError: 0, rateLimited: 40, other: 0 } });
    expect((await badge()).text).toBe('');
  });

  it('joins the official state as one line while the status page has an incident', async () => {
    server.setScenario('p0mgnjv3bj97');
    server.goTo(5);
    const worker = startWorker(server, clock);
    await worker.pollNow();
    const official = await badge();
    await report(worker, counts(1, 4));
    const shown = await badge();
    expect(shown.text).toBe(official.text);
    expect(shown.title).toBe(`${official.title}\nYour claude.ai session: 4 of 5 requests failed in the last 5 minutes`);
  });

  it('clears after two quiet minutes with successes; turning the setting off forgets the counts', async () => {
    const worker = startWorker(server, clock);
    await worker.pollNow();
    await report(worker, counts(0, 3));
    expect((await badge()).text).toBe(SESSION_GLYPH);
    for (let i = 0; i < 6; i++) {
      clock.now += 30_000;
      await report(worker, counts(3, 0));
    }
    expect((await badge()).text).toBe('');
    await report(worker, counts(0, 3));
    const settings = { ...defaultSettings, sessionSignal: false };
    const old = { sessionSignal: true };
    await storage.area.set({ [KEYS.settings]: settings });
    await worker.onStorageChanged({ [KEYS.settings]: { oldValue: old, newValue: settings } }, 'local');
    expect((await storage.area.get(KEYS.session))[KEYS.session]).toBeUndefined();
    expect(await report(worker, counts(0, 3))).toEqual({ ok: false });
    expect((await badge()).text).toBe('');
  });
});
