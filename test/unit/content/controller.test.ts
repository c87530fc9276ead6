// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BANNER_TICK_MS, startBanner, type BannerController } from '../../../src/content/controller';
import { HOST_ID } from '../../../src/content/render';
import { RESOLVED_VISIBLE_MS } from '../../../src/content/view';
import type { Snapshot } from '../../../src/core/types';
import { KEYS } from '../../../src/shared/storage';
import { defaultSettings } from '../../../src/shared/settings';
import { FakeExtension } from './fake-extension';
import { englishTranslator, healthyData, p0Data, p0Final, P0_ID, snapshotOf, SN3Y_ID, userClick } from './support';

const T0 = Date.parse('2026-05-22T06:20:00Z');
let clock = T0;
let controllers: BannerController[] = [];

function start(ext: FakeExtension): BannerController {
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
const byTestId = (id: string) => shadow()?.querySelector<HTMLElement>(`[data-testid="${id}"]`) ?? null;
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
    expect(ext.gets).toBe(1);
    expect(ext.sets).toBe(0);
    ext.write({ [KEYS.snapshot]: snapshotOf(healthyData(), clock + 60_000) });
    expect(nodeCount()).toBe(baseline);
    expect(ext.timers.size).toBe(0);
    expect(ext.gets).toBe(1);
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
    expect(byTestId('banner-title')!.textContent).toBe('Elevated error rate on multiple models');
    expect(byTestId('banner-models')!.textContent).toBe('Haiku 4.5, Opus 4.7, Sonnet 4.6');
    expect(byTestId('banner-status')!.textContent).toBe('Monitoring');
    expect(byTestId('banner-started')!.textContent).toBe('Started 2 h ago');
    expect(byTestId('banner-level')!.textContent).toContain('Partial outage');
    // One timer while shown: the age label and freshness move on.
    expect([...ext.timers.values()].map((timer) => timer.ms)).toEqual([BANNER_TICK_MS]);
  });

  it('appears and goes with live storage changes', async () => {
    const ext = new FakeExtension({ [KEYS.snapshot]: snapshotOf(healthyData(), clock) });
    await start(ext).ready;
    ext.write({ [KEYS.snapshot]: incidentSnapshot(2) });
    expect(byTestId('banner-models')!.textContent).toBe('Opus 4.7, Sonnet 4.6');
    ext.write({ [KEYS.snapshot]: incidentSnapshot(5) });
    expect(byTestId('banner-models')!.textContent).toBe('Haiku 4.5, Opus 4.7, Sonnet 4.6');
    ext.write({ [KEYS.settings]: { ...defaultSettings, banner: false } });
    expect(nodeCount()).toBe(baseline);
    expect(ext.timers.size).toBe(0);
  });

  it('hides for muted models and components', async () => {
    const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
    await start(ext).ready;
    expect(host()).not.toBeNull();
    ext.write({ [KEYS.settings]: { ...defaultSettings, mutedModels: ['Haiku 4.5', 'Opus 4.7', 'Sonnet 4.6'] } });
    expect(nodeCount()).toBe(baseline);
    ext.write({ [KEYS.settings]: defaultSettings });
    expect(host()).not.toBeNull();
    const ids = p0Data(5).incidents[0]!.affectedComponents.map((c) => c.id);
    ext.write({ [KEYS.settings]: { ...defaultSettings, mutedComponentIds: ids } });
    expect(nodeCount()).toBe(baseline);
  });

  describe('dismissal', () => {
    it('is stored per incident and survives a reload of the page', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      const first = start(ext);
      await first.ready;
      userClick(byTestId('banner-dismiss')!);
      expect(nodeCount()).toBe(baseline);
      expect(ext.timers.size).toBe(0);
      await tick();
      expect(ext.data.get(KEYS.dismissed)).toEqual({ [P0_ID]: { level: 'major', at: T0 } });

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
      ext.write({ [KEYS.snapshot]: snapshotOf(p0Data(5, { impact: 'critical' }), clock) });
      expect(byTestId('banner')!.dataset.level).toBe('critical');
      expect(byTestId('banner-level')!.textContent).toContain('Major outage');
    });

    it('comes back for another incident', async () => {
      const ext = new FakeExtension({
        [KEYS.snapshot]: incidentSnapshot(),
        [KEYS.dismissed]: { [P0_ID]: { level: 'major', at: T0 } },
      });
      await start(ext).ready;
      expect(host()).toBeNull();
      ext.write({ [KEYS.snapshot]: snapshotOf(p0Data(5, { withSn3y: true }), clock) });
      expect(byTestId('banner-title')!.textContent).toBe('Elevated errors across Claude models');
      expect(byTestId('banner-more')!.hidden).toBe(true);
    });

    it('follows a dismissal made in another tab', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      await start(ext).ready;
      ext.write({ [KEYS.dismissed]: { [P0_ID]: { level: 'major', at: T0 } } });
      expect(nodeCount()).toBe(baseline);
    });

    it('prunes dismissals of incidents no longer open, keeping the others', async () => {
      const ext = new FakeExtension({
        [KEYS.snapshot]: snapshotOf(p0Data(5, { withSn3y: true }), clock),
        [KEYS.dismissed]: { [P0_ID]: { level: 'major', at: T0 }, [SN3Y_ID]: { level: 'critical', at: T0 } },
      });
      await start(ext).ready;
      expect(ext.sets).toBe(0);
      ext.write({ [KEYS.snapshot]: incidentSnapshot() });
      await tick();
      expect(ext.data.get(KEYS.dismissed)).toEqual({ [P0_ID]: { level: 'major', at: T0 } });
    });
  });

  it('says resolved for a while, then removes every node and timer', async () => {
    const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot(6) });
    await start(ext).ready;
    clock += 60_000;
    ext.write({ [KEYS.snapshot]: incidentSnapshot(7, { recentlyResolved: [p0Final()] }) });
    expect(byTestId('banner')!.dataset.state).toBe('resolved');
    expect(byTestId('banner-level')!.textContent).toContain('Resolved');
    expect(byTestId('banner-title')!.textContent).toBe('Elevated error rate on multiple models');
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
    ext.write({ [KEYS.snapshot]: incidentSnapshot(7) });
    userClick(byTestId('banner-dismiss')!);
    await tick();
    expect(nodeCount()).toBe(baseline);
    expect(ext.timers.size).toBe(0);
    expect(ext.data.has(KEYS.dismissed)).toBe(false);
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
    expect(byTestId('banner-title')!.textContent).toBe('Elevated error rate on multiple models');
  });

  it('removes a banner left behind by an earlier instance of the extension', async () => {
    const orphan = document.createElement('div');
    orphan.id = HOST_ID;
    document.body.append(orphan);
    await start(new FakeExtension({ [KEYS.snapshot]: snapshotOf(healthyData(), clock) })).ready;
    expect(nodeCount()).toBe(baseline);
  });

  describe('extension context invalidated', () => {
    it('removes banner, timer and listener at the next event, with one debug line', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      await start(ext).ready;
      expect(host()).not.toBeNull();
      ext.invalidate();
      expect(() => ext.write({ [KEYS.snapshot]: incidentSnapshot(6) })).not.toThrow();
      expect(nodeCount()).toBe(baseline);
      expect(ext.timers.size).toBe(0);
      expect(ext.listeners.size).toBe(0);
      expect(ext.debug).toHaveLength(1);
    });

    it('cleans up on its own tick when no event comes (Chrome stops delivering them)', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      await start(ext).ready;
      ext.invalidate();
      ext.fireTimers();
      expect(nodeCount()).toBe(baseline);
      expect(ext.timers.size).toBe(0);
      expect(ext.listeners.size).toBe(0);
    });

    it('does not throw when dismiss is clicked after invalidation', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      await start(ext).ready;
      const button = byTestId('banner-dismiss')!;
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
      expect(ext.listeners.size).toBe(0);
      expect(ext.debug).toHaveLength(1);
    });

    it('treats a storage write failing with "context invalidated" the same way', async () => {
      const ext = new FakeExtension({ [KEYS.snapshot]: incidentSnapshot() });
      await start(ext).ready;
      ext.invalidated = true; // storage throws, runtime.id not yet cleared
      userClick(byTestId('banner-dismiss')!);
      await tick();
      expect(ext.listeners.size).toBe(0);
      expect(ext.debug).toEqual(['banner stopped: extension context invalidated']);
    });
  });
});
