import { describe, expect, it } from 'vitest';
import { displayLevel } from '../../../src/core/freshness';
import { modelsLabel } from '../../../src/core/present';
import { componentsKey } from '../../../src/core/banner';
import { DEFAULT_BANNER_SETTINGS, type BannerSettings } from '../../../src/content/settings';
import type { SessionShown } from '../../../src/core/session/banner';
import {
  NO_BANNER,
  nextView,
  RESOLVED_VISIBLE_MS,
  type BannerView,
  type IncidentView,
  type ViewInput,
} from '../../../src/content/view';
import type { Snapshot } from '../../../src/core/types';
import type { DismissedLog } from '../../../src/shared/storage';
import { englishTranslator, healthyData, p0Data, p0Final, P0_ID, snapshotOf, SN3Y_ID } from './support';

const t = englishTranslator();
const STARTED = Date.parse('2026-05-22T04:16:42.159Z');
const NOW = STARTED + 2 * 3_600_000;

function input(
  snapshot: Snapshot,
  options: {
    settings?: Partial<BannerSettings>;
    dismissed?: DismissedLog;
    session?: SessionShown | null;
    sessionDismissed?: number | null;
    watches?: ViewInput['watches'];
  } = {},
): ViewInput {
  return {
    snapshot,
    settings: { ...DEFAULT_BANNER_SETTINGS, ...options.settings },
    dismissed: options.dismissed ?? {},
    now: NOW,
    session: options.session ?? null,
    sessionDismissed: options.sessionDismissed ?? null,
    watches: options.watches ?? null,
  };
}

function shown(view: BannerView): IncidentView {
  if (view.kind !== 'incident') throw new Error(`expected an incident banner, got ${view.kind}`);
  return view;
}

describe('nextView', () => {
  it('shows nothing while Claude is healthy', () => {
    expect(nextView(input(snapshotOf(healthyData(), NOW)), NO_BANNER)).toEqual(NO_BANNER);
  });

  it('describes the open p0mgnjv3bj97 incident from the real capture', () => {
    const view = shown(nextView(input(snapshotOf(p0Data(5), NOW)), NO_BANNER));
    expect(view).toMatchObject({
      key: P0_ID,
      incidentId: P0_ID,
      level: 'major',
      title: 'Elevated error rate on multiple models',
      status: 'monitoring',
      startedAt: STARTED,
      url: 'https://status.claude.com/incidents/p0mgnjv3bj97',
      more: 0,
    });
    expect(modelsLabel(view.models!, t)).toBe('Haiku 4.5, Opus 4.7, Sonnet 4.6');
    expect(view.componentIds.sort()).toEqual(['k8w3r06qmzrp', 'rwppv331jlwc']);
  });

  it('follows the incident status through its updates', () => {
    expect(shown(nextView(input(snapshotOf(p0Data(1), NOW)), NO_BANNER)).status).toBe('investigating');
    expect(shown(nextView(input(snapshotOf(p0Data(2), NOW)), NO_BANNER)).status).toBe('identified');
  });

  it('shows the worst incident and counts the others', () => {
    const view = shown(nextView(input(snapshotOf(p0Data(5, { withSn3y: true }), NOW)), NO_BANNER));
    expect(view.incidentId).toBe(SN3Y_ID);
    expect(view.level).toBe('critical');
    expect(view.more).toBe(1);
  });

  it('shows nothing when the banner setting is off', () => {
    expect(nextView(input(snapshotOf(p0Data(5), NOW), { settings: { banner: false } }), NO_BANNER)).toEqual(NO_BANNER);
  });

  it('shows nothing when every named model is muted, but does when one is not', () => {
    const all = { mutedModels: ['Haiku 4.5', 'Opus 4.7', 'Sonnet 4.6'] };
    expect(nextView(input(snapshotOf(p0Data(5), NOW), { settings: all }), NO_BANNER)).toEqual(NO_BANNER);
    const some = { mutedModels: ['Opus 4.7', 'Sonnet 4.6'] };
    expect(nextView(input(snapshotOf(p0Data(5), NOW), { settings: some }), NO_BANNER).kind).toBe('incident');
  });

  it('shows nothing when every affected component is muted', () => {
    const data = p0Data(5);
    const ids = data.incidents[0]!.affectedComponents.map((c) => c.id);
    expect(ids.length).toBeGreaterThan(0);
    const view = nextView(input(snapshotOf(data, NOW), { settings: { mutedComponentIds: ids } }), NO_BANNER);
    expect(view).toEqual(NO_BANNER);
  });

  it('shows nothing when the data is unknown (last poll failed): unknown alone is no banner', () => {
    const snapshot = snapshotOf(p0Data(5), NOW, {
      error: { kind: 'network', detail: 'offline', at: NOW },
      consecutiveFailures: 1,
    });
    expect(displayLevel(snapshot, { pollIntervalSec: 60 }, NOW)).toBe('unknown');
    expect(nextView(input(snapshot), NO_BANNER)).toEqual(NO_BANNER);
  });

  it('shows nothing when the data is older than the poll interval allows', () => {
    const snapshot = snapshotOf(p0Data(5), NOW - 60 * 60_000);
    expect(displayLevel(snapshot, { pollIntervalSec: 60 }, NOW)).toBe('unknown');
    expect(nextView(input(snapshot), NO_BANNER)).toEqual(NO_BANNER);
  });

  describe('dismissals', () => {
    const snapshot = () => snapshotOf(p0Data(5), NOW);

    it('hides a dismissed incident at the same level', () => {
      const dismissed = { [P0_ID]: { level: 'major', at: NOW - 1000 } };
      expect(nextView(input(snapshot(), { dismissed }), NO_BANNER)).toEqual(NO_BANNER);
    });

    it('shows it again when it escalates', () => {
      const dismissed = { [P0_ID]: { level: 'major', at: NOW - 1000 } };
      const worse = snapshotOf(p0Data(5, { impact: 'critical' }), NOW);
      const view = shown(nextView(input(worse, { dismissed }), NO_BANNER));
      expect(view.level).toBe('critical');
      expect(view.incidentId).toBe(P0_ID);
    });

    it('keeps it hidden when it improves', () => {
      const dismissed = { [P0_ID]: { level: 'critical', at: NOW - 1000 } };
      expect(nextView(input(snapshot(), { dismissed }), NO_BANNER)).toEqual(NO_BANNER);
    });

    it('shows another incident that opens', () => {
      const dismissed = { [P0_ID]: { level: 'major', at: NOW - 1000 } };
      const view = shown(nextView(input(snapshotOf(p0Data(5, { withSn3y: true }), NOW), { dismissed }), NO_BANNER));
      expect(view.incidentId).toBe(SN3Y_ID);
      expect(view.more).toBe(0);
    });

    it('falls back to the next incident when the worst one is dismissed', () => {
      const dismissed = { [SN3Y_ID]: { level: 'critical', at: NOW - 1000 } };
      const view = shown(nextView(input(snapshotOf(p0Data(5, { withSn3y: true }), NOW), { dismissed }), NO_BANNER));
      expect(view.incidentId).toBe(P0_ID);
      expect(view.more).toBe(0);
    });

    it('does not turn the components a dismissed incident degraded into a banner of their own', () => {
      const data = p0Data(5);
      expect(data.components.some((c) => c.id === 'rwppv331jlwc' && c.status !== 'operational')).toBe(true);
      const dismissed = { [P0_ID]: { level: 'major', at: NOW - 1000 } };
      expect(nextView(input(snapshotOf(data, NOW), { dismissed }), NO_BANNER)).toEqual(NO_BANNER);
    });

    it('ignores an entry whose level it cannot read', () => {
      const dismissed = { [P0_ID]: { level: 'purple', at: NOW - 1000 } };
      expect(nextView(input(snapshot(), { dismissed }), NO_BANNER).kind).toBe('incident');
    });
  });

  describe('a degraded claude.ai without incident', () => {
    const degraded = () => {
      const data = healthyData();
      data.components = data.components.map((c) => (c.id === 'rwppv331jlwc' ? { ...c, status: 'partial_outage' } : c));
      return data;
    };

    it('shows a component banner keyed by the component', () => {
      const view = shown(nextView(input(snapshotOf(degraded(), NOW)), NO_BANNER));
      expect(view).toMatchObject({ incidentId: null, level: 'major', componentNames: ['claude.ai'], url: null });
      expect(view.key).toBe(componentsKey(['rwppv331jlwc']));
    });

    it('hides it once dismissed, and says resolved when the component recovers', () => {
      const view = shown(nextView(input(snapshotOf(degraded(), NOW)), NO_BANNER));
      const dismissed = { [view.key]: { level: 'major', at: NOW } };
      expect(nextView(input(snapshotOf(degraded(), NOW), { dismissed }), NO_BANNER)).toEqual(NO_BANNER);
      expect(nextView(input(snapshotOf(healthyData(), NOW)), view)).toMatchObject({
        kind: 'resolved',
        componentNames: ['claude.ai'],
      });
    });
  });

  describe('resolution', () => {
    const showing = () => shown(nextView(input(snapshotOf(p0Data(6), NOW)), NO_BANNER));

    it('says "Resolved" with the final title for a while when the incident leaves the summary', () => {
      const after = snapshotOf(p0Data(7), NOW, { recentlyResolved: [p0Final()] });
      const view = nextView(input(after), showing());
      expect(view).toEqual({
        kind: 'resolved',
        key: P0_ID,
        title: 'Elevated error rate on multiple models',
        componentNames: ['claude.ai', 'Claude API (api.anthropic.com)'],
        url: 'https://status.claude.com/incidents/p0mgnjv3bj97',
        until: NOW + RESOLVED_VISIBLE_MS,
      });
    });

    it('also says it from fresh data without a final record', () => {
      expect(nextView(input(snapshotOf(p0Data(7), NOW)), showing()).kind).toBe('resolved');
    });

    it('keeps the resolved state until its time is up, then shows nothing', () => {
      const resolved = nextView(input(snapshotOf(p0Data(7), NOW)), showing());
      const later = (ms: number): ViewInput => ({ ...input(snapshotOf(p0Data(7), NOW + ms)), now: NOW + ms });
      expect(nextView(later(RESOLVED_VISIBLE_MS - 1), resolved)).toBe(resolved);
      expect(nextView(later(RESOLVED_VISIBLE_MS), resolved)).toEqual(NO_BANNER);
    });

    it('does not claim resolution from stale data', () => {
      const stale = snapshotOf(p0Data(7), NOW, {
        error: { kind: 'timeout', detail: '', at: NOW },
        consecutiveFailures: 1,
      });
      expect(nextView(input(stale), showing())).toEqual(NO_BANNER);
    });

    it('does not claim resolution when the incident is merely muted or dismissed', () => {
      const mutedModels = ['Haiku 4.5', 'Opus 4.7', 'Sonnet 4.6'];
      expect(nextView(input(snapshotOf(p0Data(6), NOW), { settings: { mutedModels } }), showing())).toEqual(NO_BANNER);
      const dismissed = { [P0_ID]: { level: 'major', at: NOW } };
      expect(nextView(input(snapshotOf(p0Data(6), NOW), { dismissed }), showing())).toEqual(NO_BANNER);
    });

    it('moves straight to another open incident instead of saying resolved', () => {
      const data = p0Data(7);
      data.incidents = p0Data(1, { withSn3y: true }).incidents.filter((incident) => incident.id === SN3Y_ID);
      expect(shown(nextView(input(snapshotOf(data, NOW)), showing())).incidentId).toBe(SN3Y_ID);
    });

    it('says nothing when the banner setting goes off', () => {
      const after = snapshotOf(p0Data(7), NOW, { recentlyResolved: [p0Final()] });
      expect(nextView(input(after, { settings: { banner: false } }), showing())).toEqual(NO_BANNER);
    });
  });
});

describe('the session signal on the banner', () => {
  const ON_AT = NOW - 4 * 60_000;
  /** What the worker writes beside the badge: it gives the session the lead while the page says all is well. */
  const written = (leads = true): SessionShown => ({
    leads,
    onAt: ON_AT,
    failed: 5,
    total: 12,
    pageUpdatedAt: NOW - 7_200_000,
  });
  const healthy = () => snapshotOf(healthyData(), NOW);

  it('shows the quiet variant while the badge gives the session the lead', () => {
    expect(nextView(input(healthy(), { session: written() }), NO_BANNER)).toEqual({
      kind: 'session',
      onAt: ON_AT,
      facts: written(),
      watching: false,
    });
  });

  it('shows nothing with the session setting off, the banner off, or the badge showing the official state', () => {
    expect(nextView(input(healthy(), { session: written(), settings: { sessionSignal: false } }), NO_BANNER)).toEqual(
      NO_BANNER,
    );
    expect(nextView(input(healthy(), { session: written(), settings: { banner: false } }), NO_BANNER)).toEqual(
      NO_BANNER,
    );
    expect(nextView(input(healthy(), { session: written(false) }), NO_BANNER)).toEqual(NO_BANNER);
  });

  it('stays dismissed for its episode; a new episode brings it back', () => {
    expect(nextView(input(healthy(), { session: written(), sessionDismissed: ON_AT }), NO_BANNER)).toEqual(NO_BANNER);
    const next = { ...written(), onAt: ON_AT + 600_000 };
    expect(nextView(input(healthy(), { session: next, sessionDismissed: ON_AT }), NO_BANNER).kind).toBe('session');
  });

  it('during an incident the official banner leads and the counts join it, even after the quiet one was dismissed', () => {
    const view = shown(
      nextView(input(snapshotOf(p0Data(5), NOW), { session: written(false), sessionDismissed: ON_AT }), NO_BANNER),
    );
    expect(view.incidentId).toBe(P0_ID);
    expect(view.session).toEqual(written(false));
    expect(shown(nextView(input(snapshotOf(p0Data(5), NOW)), NO_BANNER)).session).toBeNull();
  });

  it('says the session works again once the signal is off, then goes', () => {
    const quiet = nextView(input(healthy(), { session: written() }), NO_BANNER);
    const over = nextView(input(healthy()), quiet);
    expect(over).toEqual({
      kind: 'resolved',
      key: 'session',
      session: true,
      title: '',
      componentNames: [],
      url: null,
      until: NOW + RESOLVED_VISIBLE_MS,
    });
    // Dismissed or taken over by the official state: no "works again".
    expect(nextView(input(healthy(), { session: written(false) }), quiet)).toEqual(NO_BANNER);
  });

  it('marks what is watched: the incident by its id, the session by its own watch', () => {
    const watches = { incidents: { [P0_ID]: NOW }, session: NOW, log: [] };
    expect(shown(nextView(input(snapshotOf(p0Data(5), NOW), { watches }), NO_BANNER)).watching).toBe(true);
    expect(shown(nextView(input(snapshotOf(p0Data(5), NOW)), NO_BANNER)).watching).toBe(false);
    const quiet = nextView(input(healthy(), { session: written(), watches }), NO_BANNER);
    expect(quiet.kind === 'session' && quiet.watching).toBe(true);
    // Junk in the watches record watches nothing.
    const junk = { incidents: { [P0_ID]: 'yes' }, session: 'yes' } as unknown as ViewInput['watches'];
    expect(shown(nextView(input(snapshotOf(p0Data(5), NOW), { watches: junk }), NO_BANNER)).watching).toBe(false);
  });
});
