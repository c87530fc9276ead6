// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BANNER_TICK_MS, startBanner, type BannerController } from '../../../src/content/controller';
import { HOST_ID } from '../../../src/content/render';
import { RESOLVED_VISIBLE_MS } from '../../../src/content/view';
import type { Snapshot } from '../../../src/core/types';
import { KEYS } from '../../../src/shared/storage';
import { defaultSettings } from '../../../src/shared/settings';
import { FakeExtension } from './fake-extension';
import { englishTranslator, healthyData, p0Data, p0Final, P0_ID, snapshotOf, userClick } from './support';

const T0 = Date.parse('2026-05-22T06:20:00Z');
let clock = T0;
let controllers: BannerController[] = [];

function start(ext: FakeExtension): BannerController {
  ext.clock = () => clock;
  const controller = startBanner({
    document,
    storage: ext.storage,
    onChanged: ext.onChanged,
    runtime: ext.runtime,
    t: englishTranslator(),
    now: () => clock,
    setTimer: ext.setTimer,
    clearTimer: ext.clearTimer,
    debug: (message) => ext.debug.push(message),
  });
  controllers.push(controller);
  return controller;
}

const nodeCount = () => document.documentElement.querySelectorAll('*').length;
const host = () => document.getElementById(HOST_ID);
const shadow = () => host()?.shadowRoot ?? null;
/** A part of the bar by its class (the banner adds no test hooks to claude.ai's DOM). */
const part = (name: string) => shadow()?.querySelector<HTMLElement>(`.${name}`) ?? null;
const incidentSnapshot = (step = 5, extra: Partial<Snapshot> = {}) => snapshotOf(p0Data(step), clock, extra);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let baseline = 0;
beforeEach(() => {
  clock = T0;
  document.body.replaceChildren();
  const app = document.createElement('div');
  app.id = 'app';
  document.body.append(app);
  baseline = nodeCount();
});
afterEach(() => {
  for (const controller of controllers) controller.stop();
  controllers = [];
});

describe('banner controller', () => {
  it('adds nothing, schedules nothing and writes nothing while Claude is healthy', async () => {
    const ext = new FakeExtension({
      [KEYS.snapshot]: snapshotOf(healthyData(), clock),
      [KEYS.settings]: defaultSettings,
    });
    await start(ext).ready;
    expect(nodeCount()).toBe(baseline);
    expect(ext.timers.size).toBe(0);
    expect(ext.store.reads).toBe(1);
    expect(ext.store.writes).toHaveLength(0);
    await ext.write({ [KEYS.snapshot]: snapshotOf(healthyData(), clock + 60_000) });
    expect(nodeCount()).toBe(baseline);
    expect(ext.timers.size).toBe(0);
    expect(ext.store.reads).toBe(1);
  });

  it('adds nothing before the worker has written anything', async () => {
    await start(new FakeExtension()).ready;
    expect(nodeCount()).toBe(baseline);
  });

  it('shows the p0mgnjv3bj97 incident with its models', async () => {
    const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
    await start(ext).ready;
    expect(nodeCount()).toBe(baseline + 1);
    expect(host()!.parentNode).toBe(document.body);
    expect(part('title')!.textContent).toBe('Elevated error rate on multiple models');
    expect(part('models')!.textContent).toBe('Haiku 4.5, Opus 4.7, Sonnet 4.6');
    expect(part('status')!.textContent).toBe('Monitoring');
    expect(part('started')!.textContent).toBe('Started 2 h ago');
    expect(part('level')!.textContent).toContain('Partial outage');
    // One timer while shown: the age label and freshness move on.
    expect([...ext.timers.values()].map((timer) => timer.ms)).toEqual([BANNER_TICK_MS]);
  });

  it('appears and goes with live storage changes', async () => {
    const ext = new FakeExtension({ [KEYS.snapshot]: snapshotOf(healthyData(), clock) });
    await start(ext).ready;
    await ext.write({ [KEYS.snapshot]: incidentSnapshot(2) });
    expect(part('models')!.textContent).toBe('Opus 4.7, Sonnet 4.6');
    await ext.write({ [KEYS.snapshot]: incidentSnapshot(5) });
    expect(part('models')!.textContent).toBe('Haiku 4.5, Opus 4.7, Sonnet 4.6');
    await ext.write({ [KEYS.settings]: { ...defaultSettings, banner: false } });
    expect(nodeCount()).toBe(baseline);
    expect(ext.timers.size).toBe(0);
  });

  it('hides for muted models and components', async () => {
    const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
    await start(ext).ready;
    expect(host()).not.toBeNull();
    await ext.write({ [KEYS.settings]: { ...defaultSettings, mutedModels: ['Haiku 4.5', 'Opus 4.7', 'Sonnet 4.6'] } });
    expect(nodeCount()).toBe(baseline);
    await ext.write({ [KEYS.settings]: defaultSettings });
    expect(host()).not.toBeNull();
    const ids = p0Data(5).incidents[0]!.affectedComponents.map((c) => c.id);
    await ext.write({ [KEYS.settings]: { ...defaultSettings, mutedComponentIds: ids } });
    expect(nodeCount()).toBe(baseline);
  });

  describe('dismissal', () => {
    it('is stored per incident and survives a reload of the page', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      const first = start(ext);
      await first.ready;
      userClick(part('dismiss')!);
      expect(nodeCount()).toBe(baseline);
      expect(ext.timers.size).toBe(0);
      await tick();
      expect(ext.store.data[KEYS.dismissed]).toEqual({ [P0_ID]: { level: 'major', at: T0 } });

      first.stop();
      await start(ext).ready;
      expect(nodeCount()).toBe(baseline);
    });

    it('comes back when the incident escalates', async () => {
      const ext = new FakeExtension({
        [KEYS.snapshot]: incidentSnapshot(),
        [KEYS.dismissed]: { [P0_ID]: { level: 'major', at: T0 } },
      });
      await start(ext).ready;
      expect(host()).toBeNull();
      await ext.write({ [KEYS.snapshot]: snapshotOf(p0Data(5, { impact: 'critical' }), clock) });
      expect(part('bar')!.dataset.level).toBe('critical');
      expect(part('level')!.textContent).toContain('Major outage');
    });

    it('comes back for another incident', async () => {
      const ext = new FakeExtension({
        [KEYS.snapshot]: incidentSnapshot(),
        [KEYS.dismissed]: { [P0_ID]: { level: 'major', at: T0 } },
      });
      await start(ext).ready;
      expect(host()).toBeNull();
      await ext.write({ [KEYS.snapshot]: snapshotOf(p0Data(5, { withSn3y: true }), clock) });
      expect(part('title')!.textContent).toBe('Elevated errors across Claude models');
      expect(part('more')!.hidden).toBe(true);
    });

    it('follows a dismissal made in another tab', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      await start(ext).ready;
      await ext.write({ [KEYS.dismissed]: { [P0_ID]: { level: 'major', at: T0 } } });
      expect(nodeCount()).toBe(baseline);
    });

    it('is the worker’s to store: the page sends it and writes nothing itself', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      await start(ext).ready;
      userClick(part('dismiss')!);
      await tick();
      expect(ext.messages).toEqual([{ type: 'dismiss', payload: { key: P0_ID, level: 'major' } }]);
      expect(ext.store.writes).toHaveLength(0);
    });

    it('stays hidden when the worker cannot be reached, for this page', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      ext.runtime.sendMessage = () => Promise.reject(new Error('Could not establish connection.'));
      await start(ext).ready;
      userClick(part('dismiss')!);
      // The refusal was handled (and said once) before the banner is checked.
      await vi.waitFor(() => expect(ext.debug).toEqual(['banner: Error: Could not establish connection.']));
      expect(host()).toBeNull();
    });
  });

  it('says resolved for a while, then removes every node and timer', async () => {
    const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot(6) });
    await start(ext).ready;
    clock += 60_000;
    await ext.write({ [KEYS.snapshot]: incidentSnapshot(7, { recentlyResolved: [p0Final()] }) });
    expect(part('bar')!.dataset.state).toBe('resolved');
    expect(part('level')!.textContent).toContain('Resolved');
    expect(part('title')!.textContent).toBe('Elevated error rate on multiple models');
    expect([...ext.timers.values()].map((timer) => timer.ms)).toEqual([RESOLVED_VISIBLE_MS]);
    clock += RESOLVED_VISIBLE_MS;
    ext.fireTimers();
    expect(host()).toBeNull();
    expect(nodeCount()).toBe(baseline);
    expect(ext.timers.size).toBe(0);
  });

  it('removes the resolved state at once on dismiss, without storing anything', async () => {
    const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot(6) });
    await start(ext).ready;
    await ext.write({ [KEYS.snapshot]: incidentSnapshot(7) });
    userClick(part('dismiss')!);
    await tick();
    expect(nodeCount()).toBe(baseline);
    expect(ext.timers.size).toBe(0);
    expect(Object.hasOwn(ext.store.data, KEYS.dismissed)).toBe(false);
  });

  it('re-evaluates on its tick: the banner leaves when the data turns stale', async () => {
    const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
    await start(ext).ready;
    clock += 2 * 60 * 60_000;
    ext.fireTimers();
    expect(nodeCount()).toBe(baseline);
    expect(ext.timers.size).toBe(0);
  });

  it('survives SPA navigation and puts the host back when the page removes it', async () => {
    const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
    await start(ext).ready;
    history.pushState({}, '', '/chat/abc');
    expect(host()).not.toBeNull();
    document.body.replaceChildren(document.createElement('main'));
    expect(host()).toBeNull();
    await tick();
    expect(host()).not.toBeNull();
    expect(part('title')!.textContent).toBe('Elevated error rate on multiple models');
  });

  it('removes a banner left behind by an earlier instance of the extension', async () => {
    const orphan = document.createElement('div');
    orphan.id = HOST_ID;
    document.body.append(orphan);
    await start(new FakeExtension({ [KEYS.snapshot]: snapshotOf(healthyData(), clock) })).ready;
    expect(nodeCount()).toBe(baseline);
  });

  it('stop() leaves no node, timer or listener, and nothing started before it brings the banner back', async () => {
    const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
    const controller = start(ext);
    await controller.ready;
    const dismiss = part('dismiss')!;
    // The worker's answer to this watch arrives after the stop.
    userClick(part('watch')!);
    controller.stop();
    expect(nodeCount()).toBe(baseline);
    expect(ext.timers.size).toBe(0);
    expect(ext.store.listenerCount).toBe(0);
    await vi.waitFor(() => expect(ext.store.data[KEYS.watches]).toBeDefined());
    await tick();
    // The page re-renders its body (the observer would put the host back) and the user clicks the old button.
    document.body.replaceChildren(document.createElement('main'));
    userClick(dismiss);
    await tick();
    expect(host()).toBeNull();
    expect(ext.timers.size).toBe(0);
    expect(ext.messages).toHaveLength(1);
    expect(ext.debug).toEqual([]);
  });

  describe('extension context invalidated', () => {
    it('removes banner, timer and listener at the next event, with one debug line', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      await start(ext).ready;
      expect(host()).not.toBeNull();
      ext.invalidate();
      await expect(ext.write({ [KEYS.snapshot]: incidentSnapshot(6) })).resolves.toBeUndefined();
      expect(nodeCount()).toBe(baseline);
      expect(ext.timers.size).toBe(0);
      expect(ext.store.listenerCount).toBe(0);
      expect(ext.debug).toHaveLength(1);
    });

    it('cleans up on its own tick when no event comes (Chrome stops delivering them)', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      await start(ext).ready;
      ext.invalidate();
      ext.fireTimers();
      expect(nodeCount()).toBe(baseline);
      expect(ext.timers.size).toBe(0);
      expect(ext.store.listenerCount).toBe(0);
    });

    it('does not throw when dismiss is clicked after invalidation', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      await start(ext).ready;
      const button = part('dismiss')!;
      ext.invalidate();
      expect(() => userClick(button)).not.toThrow();
      await tick();
      expect(nodeCount()).toBe(baseline);
      expect(ext.debug).toHaveLength(1);
    });

    it('stays quiet when storage already throws at start', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      ext.invalidate();
      await expect(start(ext).ready).resolves.toBeUndefined();
      expect(nodeCount()).toBe(baseline);
      expect(ext.store.listenerCount).toBe(0);
      expect(ext.debug).toHaveLength(1);
    });

    it('treats a storage write failing with "context invalidated" the same way', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      await start(ext).ready;
      ext.invalidated = true; // storage throws, runtime.id not yet cleared
      userClick(part('dismiss')!);
      await tick();
      expect(ext.store.listenerCount).toBe(0);
      expect(ext.debug).toEqual(['banner stopped: extension context invalidated']);
    });
  });

  describe('the session signal', () => {
    const ON_AT = T0 - 4 * 60_000;
    const written = (leads = true) => ({ leads, onAt: ON_AT, failed: 5, total: 12, pageUpdatedAt: T0 - 7_200_000 });
    const healthy = () => ({ [KEYS.snapshot]: snapshotOf(healthyData(), clock) });

    it('shows the quiet variant when the worker says the badge gives the session the lead, and goes with it', async () => {
      const ext = new FakeExtension(healthy());
      await start(ext).ready;
      expect(host()).toBeNull();
      await ext.write({ [KEYS.sessionShown]: written() });
      expect(part('bar')!.dataset.level).toBe('session');
      expect(part('title')!.textContent).toBe('5 of 12 requests failed in the last 5 minutes');
      expect(part('status')!.textContent).toBe('The status page reports no incident, last updated 2 h ago.');
      // The signal ends: "works again" for a while, then nothing at all.
      await ext.write({ [KEYS.sessionShown]: null });
      expect(part('title')!.textContent).toBe('Your claude.ai session works again');
      clock += RESOLVED_VISIBLE_MS;
      ext.fireTimers();
      expect(nodeCount()).toBe(baseline);
    });

    it('shows nothing of the session with its setting off', async () => {
      const ext = new FakeExtension({
        ...healthy(),
        [KEYS.sessionShown]: written(),
        [KEYS.settings]: { ...defaultSettings, sessionSignal: false },
      });
      await start(ext).ready;
      expect(nodeCount()).toBe(baseline);
    });

    it('dismissed for the episode through the worker; a new episode brings it back', async () => {
      const ext = new FakeExtension({ ...healthy(), [KEYS.sessionShown]: written() });
      await start(ext).ready;
      userClick(part('dismiss')!);
      expect(host()).toBeNull();
      await tick();
      expect(ext.messages).toEqual([{ type: 'dismiss', payload: { sessionOnAt: ON_AT } }]);
      expect(ext.store.data[KEYS.sessionDismissed]).toBe(ON_AT);
      await ext.write({ [KEYS.sessionShown]: { ...written(), onAt: ON_AT + 600_000 } });
      expect(part('bar')!.dataset.state).toBe('session');
    });

    it('joins an incident banner with the counts as one line', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot(), [KEYS.sessionShown]: written(false) });
      await start(ext).ready;
      expect(part('title')!.textContent).toBe('Elevated error rate on multiple models');
      expect(part('session')!.textContent).toBe(
        'Your claude.ai session: 5 of 12 requests failed in the last 5 minutes',
      );
    });
  });

  describe('tell me when it’s fixed', () => {
    it('sets the watch for the incident shown, then offers to cancel it', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      await start(ext).ready;
      expect(part('watch')!.getAttribute('aria-pressed')).toBe('false');
      userClick(part('watch')!);
      await tick();
      expect(ext.messages).toEqual([{ type: 'watch', payload: { target: { kind: 'incident', id: P0_ID }, on: true } }]);
      expect(part('watch')!.getAttribute('aria-pressed')).toBe('true');
      expect(part('watch')!.textContent).toBe('Watching');
      userClick(part('watch')!);
      await tick();
      expect(ext.messages.at(-1)).toEqual({
        type: 'watch',
        payload: { target: { kind: 'incident', id: P0_ID }, on: false },
      });
      expect(part('watch')!.getAttribute('aria-pressed')).toBe('false');
    });

    it('watches the session from its quiet banner, and says so when notifications are not allowed', async () => {
      const ext = new FakeExtension({
        [KEYS.snapshot]: snapshotOf(healthyData(), clock),
        [KEYS.sessionShown]: { leads: true, onAt: T0, failed: 3, total: 4, pageUpdatedAt: null },
      });
      ext.notifications = false;
      await start(ext).ready;
      userClick(part('watch')!);
      await tick();
      expect(ext.messages).toEqual([{ type: 'watch', payload: { target: { kind: 'session' }, on: true } }]);
      expect(part('watch')!.getAttribute('aria-pressed')).toBe('true');
      expect(part('watch')!.title).toBe(
        "Notifications are not allowed: the badge and the banner will show when it's fixed.",
      );
    });

    it('a click the page makes sets nothing', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      await start(ext).ready;
      part('watch')!.click();
      // The user's click that follows is answered: the button was listening, and the page's click sent nothing.
      userClick(part('watch')!);
      await vi.waitFor(() => expect(part('watch')!.getAttribute('aria-pressed')).toBe('true'));
      expect(ext.messages).toEqual([{ type: 'watch', payload: { target: { kind: 'incident', id: P0_ID }, on: true } }]);
    });
  });
});
