import { describe, expect, test, vi } from 'vitest';
import {
  healthyData,
  makeIncident,
  makeSnapshot,
  NO_MODELS,
  NOW,
  withComponentStatus,
} from '../../test/unit/core-builders';
import { API_COMPONENT_ID, bannerDecision, CLAUDE_AI_COMPONENT_ID } from './banner';
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
