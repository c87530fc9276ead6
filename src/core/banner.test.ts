import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { runs } from '../../test/unit/property-runs';
import {
  healthyData,
  makeIncident,
  makeSnapshot,
  NO_MODELS,
  NOW,
  withComponentStatus,
} from '../../test/unit/core-builders';
import { API_COMPONENT_ID, bannerDecision, CLAUDE_AI_COMPONENT_ID, componentsKey, type IsDismissed } from './banner';
import { componentLevel, LEVEL_SEVERITY, type KnownLevel } from './level';
import type { AttentionFilter, ComponentState, Incident, StatusData } from './types';

vi.mock('./models', () => import('../../test/unit/fake-models'));

const NONE: AttentionFilter = { mutedModels: [], mutedComponentIds: [] };
const CODE = 'yyzkbfz2thpt';
const affected = (id: string, status: ComponentState['status'] = 'partial_outage'): ComponentState => ({
  id,
  name: id,
  status,
});
const opus = (overrides: Partial<Incident> = {}) =>
  makeIncident({
    id: 'opus',
    impact: 'major',
    models: { ...NO_MODELS, models: ['Opus 4.7'], scope: 'named' },
    affectedComponents: [affected(CLAUDE_AI_COMPONENT_ID)],
    ...overrides,
  });
const data = (incidents: Incident[], degraded: string[] = []): StatusData =>
  degraded.reduce((d, id) => withComponentStatus(d, id, 'partial_outage'), { ...healthyData(), incidents });

const decide = (d: StatusData, filter = NONE) => bannerDecision(makeSnapshot(d), filter, NOW);

describe('bannerDecision', () => {
  test('healthy → no banner', () => {
    expect(decide(healthyData())).toBeNull();
  });

  test('an open incident of impact minor or worse', () => {
    const decision = decide(data([opus()], [CLAUDE_AI_COMPONENT_ID]));
    expect(decision).toMatchObject({ incident: { id: 'opus' }, level: 'major', otherIncidents: 0 });
    expect(decision?.models?.models).toEqual(['Opus 4.7']);
    expect(decision?.components.map((c) => c.id)).toEqual([CLAUDE_AI_COMPONENT_ID]);
  });

  test('impact none and only Claude Code degraded → no banner on claude.ai', () => {
    expect(decide(data([opus({ impact: 'none', affectedComponents: [affected(CODE)] })], [CODE]))).toBeNull();
  });

  test('impact none but claude.ai degraded by it → banner about that incident', () => {
    const decision = decide(data([opus({ impact: 'none' })], [CLAUDE_AI_COMPONENT_ID]));
    expect(decision?.incident?.id).toBe('opus');
  });

  test('degraded API without any incident → component banner', () => {
    const decision = decide(withComponentStatus(healthyData(), API_COMPONENT_ID, 'degraded_performance'));
    expect(decision).toMatchObject({ incident: null, level: 'minor', models: null, otherIncidents: 0 });
    expect(decision?.components.map((c) => c.id)).toEqual([API_COMPONENT_ID]);
  });

  test('under maintenance is not degraded', () => {
    expect(decide(withComponentStatus(healthyData(), CLAUDE_AI_COMPONENT_ID, 'under_maintenance'))).toBeNull();
  });

  test('worst incident first, then newest; the rest counted', () => {
    const minorNew = makeIncident({ id: 'new', impact: 'minor', startedAt: '2026-09-27T12:00:00.000Z' });
    const critical = makeIncident({ id: 'crit', impact: 'critical', startedAt: '2026-09-27T09:00:00.000Z' });
    const minorOld = makeIncident({ id: 'old', impact: 'minor', startedAt: '2026-09-27T08:00:00.000Z' });
    expect(decide(data([minorNew, critical, minorOld]))).toMatchObject({ incident: { id: 'crit' }, otherIncidents: 2 });
    expect(decide(data([minorNew, minorOld]))).toMatchObject({ incident: { id: 'new' }, otherIncidents: 1 });
  });

  test('muted incident → no banner, and the claude.ai degradation it explains stays quiet', () => {
    const filter = { mutedModels: ['Opus 4.7'], mutedComponentIds: [] };
    expect(decide(data([opus()], [CLAUDE_AI_COMPONENT_ID]), filter)).toBeNull();
  });

  test('muted incident, but the API is degraded by something else → component banner for the API only', () => {
    const filter = { mutedModels: ['Opus 4.7'], mutedComponentIds: [] };
    const decision = decide(data([opus()], [CLAUDE_AI_COMPONENT_ID, API_COMPONENT_ID]), filter);
    expect(decision).toMatchObject({ incident: null });
    expect(decision?.components.map((c) => c.id)).toEqual([API_COMPONENT_ID]);
  });

  test('aggregate models are never muted', () => {
    const filter = { mutedModels: ['Opus 4.7'], mutedComponentIds: [] };
    const incident = opus({ models: { ...NO_MODELS, models: ['Opus 4.7'], scope: 'named+others' } });
    expect(decide(data([incident], [CLAUDE_AI_COMPONENT_ID]), filter)?.incident?.id).toBe('opus');
  });

  test('muted component without incident → no banner', () => {
    const filter = { mutedModels: [], mutedComponentIds: [API_COMPONENT_ID] };
    expect(decide(withComponentStatus(healthyData(), API_COMPONENT_ID, 'major_outage'), filter)).toBeNull();
  });

  test('stale or failed data → no banner', () => {
    const d = data([opus()], [CLAUDE_AI_COMPONENT_ID]);
    expect(bannerDecision(makeSnapshot(d, { error: { kind: 'network', detail: '', at: NOW } }), NONE, NOW)).toBeNull();
    expect(bannerDecision(makeSnapshot(d, { fetchedAt: NOW - 60 * 60_000 }), NONE, NOW, 15 * 60_000)).toBeNull();
    expect(bannerDecision(makeSnapshot(null), NONE, NOW)).toBeNull();
  });

  test('resolved incidents still listed do not count', () => {
    expect(decide(data([opus({ status: 'resolved' })]))).toBeNull();
  });
});

// Issue #15 item 3: the banner took its level from the incident alone, below what the page said of claude.ai.
describe('the banner never says less than the page says of claude.ai', () => {
  const CONSOLE = 'console-id';
  const claudeAiDown = (incidents: Incident[]) =>
    withComponentStatus({ ...healthyData(), incidents }, CLAUDE_AI_COMPONENT_ID, 'major_outage');
  const opusFilter = { mutedModels: ['Opus 4.7'], mutedComponentIds: [] };

  test('claude.ai major outage with no incident of its own, plus a minor Console incident → critical', () => {
    const console = makeIncident({
      id: 'console',
      impact: 'minor',
      affectedComponents: [affected(CONSOLE, 'degraded_performance')],
    });
    const decision = decide(claudeAiDown([console]));
    expect(decision).toMatchObject({ incident: { id: 'console' }, level: 'critical' });
    expect(decision?.components.map((c) => c.id)).toContain(CLAUDE_AI_COMPONENT_ID);
  });

  test('an update lists claude.ai as degraded, the page now says major outage → critical', () => {
    const incident = opus({
      impact: 'minor',
      affectedComponents: [affected(CLAUDE_AI_COMPONENT_ID, 'degraded_performance')],
    });
    expect(decide(claudeAiDown([incident]))).toMatchObject({ incident: { id: 'opus' }, level: 'critical' });
  });

  test('a muted-model incident and an unmuted impact-none incident, claude.ai in major outage → critical', () => {
    const other = makeIncident({
      id: 'none',
      impact: 'none',
      affectedComponents: [affected(CLAUDE_AI_COMPONENT_ID, 'degraded_performance')],
    });
    const decision = decide(claudeAiDown([opus(), other]), opusFilter);
    expect(decision).toMatchObject({ incident: { id: 'none' }, level: 'critical' });
  });

  test('a muted-model incident alone does not explain away claude.ai in major outage: component banner, critical', () => {
    const decision = decide(claudeAiDown([opus()]), opusFilter);
    expect(decision).toMatchObject({ incident: null, level: 'critical' });
    expect(decision?.components.map((c) => c.id)).toEqual([CLAUDE_AI_COMPONENT_ID]);
  });

  test('the user muting the claude.ai component itself is respected', () => {
    expect(decide(claudeAiDown([]), { mutedModels: [], mutedComponentIds: [CLAUDE_AI_COMPONENT_ID] })).toBeNull();
  });

  test('claude.ai in partial outage explained by a muted incident, the API degraded → the API banner says major', () => {
    // Found by the property below: the components-only path once ignored the floor.
    let d: StatusData = { ...healthyData(), incidents: [opus({ impact: 'none' })] };
    d = withComponentStatus(d, CLAUDE_AI_COMPONENT_ID, 'partial_outage');
    d = withComponentStatus(d, API_COMPONENT_ID, 'degraded_performance');
    const decision = decide(d, opusFilter);
    expect(decision).toMatchObject({ incident: null, level: 'major' });
    expect(decision?.components.map((c) => c.id)).toEqual([API_COMPONENT_ID, CLAUDE_AI_COMPONENT_ID]);
  });

  test('muting the claude.ai component also drops its floor: an API banner stays minor', () => {
    let d = withComponentStatus(healthyData(), CLAUDE_AI_COMPONENT_ID, 'major_outage');
    d = withComponentStatus(d, API_COMPONENT_ID, 'degraded_performance');
    const decision = decide(d, { mutedModels: [], mutedComponentIds: [CLAUDE_AI_COMPONENT_ID] });
    expect(decision).toMatchObject({ incident: null, level: 'minor' });
    expect(decision?.components.map((c) => c.id)).toEqual([API_COMPONENT_ID]);
  });

  const STATUSES: ComponentState['status'][] = [
    'operational',
    'under_maintenance',
    'degraded_performance',
    'partial_outage',
    'major_outage',
    'unknown',
  ];
  const IMPACTS: Incident['impact'][] = ['none', 'maintenance', 'minor', 'major', 'critical', 'unknown'];
  const arbIncident = fc.record({
    impact: fc.constantFrom(...IMPACTS),
    status: fc.constantFrom<Incident['status']>('investigating', 'monitoring', 'resolved', 'unknown'),
    muted: fc.boolean(),
    components: fc.array(
      fc.record({
        id: fc.constantFrom(CLAUDE_AI_COMPONENT_ID, API_COMPONENT_ID, CONSOLE),
        status: fc.constantFrom(...STATUSES),
      }),
      { maxLength: 3 },
    ),
  });

  test('property: whenever a banner shows, its level is at least the page level of claude.ai; a major outage always shows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATUSES),
        fc.constantFrom(...STATUSES),
        fc.array(arbIncident, { maxLength: 4 }),
        (claudeAi, api, specs) => {
          const incidents = specs.map((spec, index) =>
            makeIncident({
              id: `i${index}`,
              impact: spec.impact,
              status: spec.status,
              models: { ...NO_MODELS, models: [spec.muted ? 'Opus 4.7' : 'Sonnet 4.5'], scope: 'named' },
              affectedComponents: spec.components.map((c) => ({ ...c, name: c.id })),
            }),
          );
          let d: StatusData = { ...healthyData(), incidents };
          d = withComponentStatus(withComponentStatus(d, CLAUDE_AI_COMPONENT_ID, claudeAi), API_COMPONENT_ID, api);
          const decision = decide(d, opusFilter);
          const pageSays = claudeAi === 'under_maintenance' ? 'operational' : componentLevel(claudeAi);
          if (decision) expect(LEVEL_SEVERITY[decision.level]).toBeGreaterThanOrEqual(LEVEL_SEVERITY[pageSays]);
          if (claudeAi === 'major_outage') expect(decision?.level).toBe('critical');
        },
      ),
      runs(100),
    );
  });
});

describe('dismissals, decided in the core', () => {
  const dismissedAt =
    (entries: Record<string, KnownLevel>): IsDismissed =>
    (key, level) =>
      Object.hasOwn(entries, key) && LEVEL_SEVERITY[level] <= LEVEL_SEVERITY[entries[key]!];
  const decideWith = (d: StatusData, entries: Record<string, KnownLevel>, filter = NONE) =>
    bannerDecision(makeSnapshot(d), filter, NOW, undefined, dismissedAt(entries));

  test('a dismissed incident is gone, and the components it lists stay quiet at that level', () => {
    expect(decideWith(data([opus()], [CLAUDE_AI_COMPONENT_ID]), { opus: 'major' })).toBeNull();
  });

  test('a second open incident still shows after the first is dismissed, counted alone', () => {
    const second = opus({ id: 'second', impact: 'minor', affectedComponents: [] });
    const decision = decideWith(data([opus(), second], [CLAUDE_AI_COMPONENT_ID]), { opus: 'major' });
    expect(decision).toMatchObject({ incident: { id: 'second' }, otherIncidents: 0 });
  });

  test('dismissed while claude.ai was degraded, then claude.ai goes down: the banner is back, critical', () => {
    const minor = opus({
      impact: 'minor',
      affectedComponents: [affected(CLAUDE_AI_COMPONENT_ID, 'degraded_performance')],
    });
    const d = withComponentStatus({ ...healthyData(), incidents: [minor] }, CLAUDE_AI_COMPONENT_ID, 'major_outage');
    expect(decideWith(d, { opus: 'minor' })).toMatchObject({ incident: { id: 'opus' }, level: 'critical' });
  });

  test('a dismissed incident does not explain away a component that got worse than the incident says', () => {
    // Dismissed at minor with the API it lists degraded: quiet. Then the page puts the API in major outage
    // while the incident still says minor: the API speaks for itself.
    const minor = opus({
      impact: 'minor',
      affectedComponents: [affected(API_COMPONENT_ID, 'degraded_performance')],
    });
    const d = withComponentStatus({ ...healthyData(), incidents: [minor] }, API_COMPONENT_ID, 'degraded_performance');
    expect(decideWith(d, { opus: 'minor' })).toBeNull();
    const worse = decideWith(withComponentStatus(d, API_COMPONENT_ID, 'major_outage'), { opus: 'minor' });
    expect(worse).toMatchObject({ incident: null, level: 'critical' });
    expect(worse?.components.map((c) => c.id)).toEqual([API_COMPONENT_ID]);
  });

  test('a components-only banner is dismissed by its key, and returns when it gets worse', () => {
    const d = withComponentStatus(healthyData(), API_COMPONENT_ID, 'degraded_performance');
    expect(decideWith(d, { [componentsKey([API_COMPONENT_ID])]: 'minor' })).toBeNull();
    const worse = withComponentStatus(d, API_COMPONENT_ID, 'partial_outage');
    expect(decideWith(worse, { [componentsKey([API_COMPONENT_ID])]: 'minor' })).toMatchObject({ level: 'major' });
  });

  test('property: dismissing exactly what is shown never leaves a banner of the same or a lower level', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DISMISS_STATUSES), fc.constantFrom(...DISMISS_STATUSES), (claudeAi, api) => {
        let d: StatusData = { ...healthyData(), incidents: [opus()] };
        d = withComponentStatus(withComponentStatus(d, CLAUDE_AI_COMPONENT_ID, claudeAi), API_COMPONENT_ID, api);
        const entries: Record<string, KnownLevel> = {};
        let decision = decideWith(d, entries);
        for (let round = 0; decision && round < 5; round++) {
          const key = decision.incident ? decision.incident.id : componentsKey(decision.components.map((c) => c.id));
          entries[key] = decision.level;
          const next = decideWith(d, entries);
          if (next) expect(next.incident?.id ?? componentsKey(next.components.map((c) => c.id))).not.toBe(key);
          decision = next;
        }
        expect(decision).toBeNull();
      }),
      runs(100),
    );
  });
});

const DISMISS_STATUSES: ComponentState['status'][] = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'unknown',
];
