import { describe, expect, test, vi } from 'vitest';
import {
  healthyData,
  makeIncident,
  makeMaintenance,
  makeSnapshot,
  NOW,
  withComponentStatus,
} from '../../test/unit/core-builders';
import { effectiveLevel, incidentLevel, LEVEL_SEVERITY, overallLevel, worstLevel } from './level';
import type { ComponentStatus, Impact, IncidentStatus, Level } from './types';

vi.mock('./models', () => import('../../test/unit/fake-models'));

test('severity order: operational < maintenance < minor < major < critical', () => {
  const ordered = Object.entries(LEVEL_SEVERITY)
    .sort((a, b) => a[1] - b[1])
    .map(([level]) => level);
  expect(ordered).toEqual(['operational', 'maintenance', 'minor', 'major', 'critical']);
  expect(worstLevel(['minor', 'critical', 'maintenance'])).toBe('critical');
  expect(worstLevel([])).toBe('operational');
  expect(worstLevel(['operational', 'unknown'])).toBe('minor');
});

describe('overallLevel', () => {
  test('the healthy capture is operational', () => {
    expect(overallLevel(healthyData())).toBe('operational');
  });

  test.each<[ComponentStatus, Level]>([
    ['operational', 'operational'],
    ['under_maintenance', 'maintenance'],
    ['degraded_performance', 'minor'],
    ['partial_outage', 'major'],
    ['major_outage', 'critical'],
    ['unknown', 'minor'],
  ])('one component %s → %s', (status, level) => {
    expect(overallLevel(withComponentStatus(healthyData(), 'bpp5gb3hpjcl', status))).toBe(level);
  });

  test.each<[Level, Level]>([
    ['operational', 'operational'],
    ['maintenance', 'maintenance'],
    ['minor', 'minor'],
    ['major', 'major'],
    ['critical', 'critical'],
    ['unknown', 'minor'],
  ])('page indicator %s → %s', (indicator, level) => {
    expect(overallLevel({ ...healthyData(), indicator })).toBe(level);
  });

  test.each<[Impact, Level]>([
    ['none', 'minor'],
    ['maintenance', 'minor'],
    ['minor', 'minor'],
    ['major', 'major'],
    ['critical', 'critical'],
    ['unknown', 'minor'],
  ])('an open incident of impact %s → %s, never operational', (impact, level) => {
    expect(overallLevel({ ...healthyData(), incidents: [makeIncident({ impact })] })).toBe(level);
  });

  test.each<[IncidentStatus, Level]>([
    ['investigating', 'critical'],
    ['identified', 'critical'],
    ['monitoring', 'critical'],
    ['unknown', 'critical'],
    ['resolved', 'operational'],
    ['postmortem', 'operational'],
  ])('an incident with status %s counts as open: %s', (status, level) => {
    expect(overallLevel({ ...healthyData(), incidents: [makeIncident({ status, impact: 'critical' })] })).toBe(level);
  });

  test('active maintenance → maintenance; upcoming does not count; an incident beats it', () => {
    const base = healthyData();
    const m = makeMaintenance();
    expect(overallLevel({ ...base, maintenances: { active: [m], upcoming: [] } })).toBe('maintenance');
    expect(overallLevel({ ...base, maintenances: { active: [], upcoming: [m] } })).toBe('operational');
    expect(
      overallLevel({
        ...base,
        incidents: [makeIncident({ impact: 'major' })],
        maintenances: { active: [m], upcoming: [] },
      }),
    ).toBe('major');
  });

  test('worst of everything: a degraded component beats an indicator that says minor', () => {
    const data = withComponentStatus({ ...healthyData(), indicator: 'minor' }, 'rwppv331jlwc', 'major_outage');
    expect(overallLevel(data)).toBe('critical');
  });
});

test('incidentLevel: impact or worst affected component', () => {
  expect(incidentLevel(makeIncident({ impact: 'none' }))).toBe('minor');
  expect(
    incidentLevel(
      makeIncident({ impact: 'none', affectedComponents: [{ id: 'a', name: 'A', status: 'partial_outage' }] }),
    ),
  ).toBe('major');
  expect(
    incidentLevel(
      makeIncident({ impact: 'critical', affectedComponents: [{ id: 'a', name: 'A', status: 'operational' }] }),
    ),
  ).toBe('critical');
});

describe('effectiveLevel', () => {
  const STALE = 10 * 60_000;
  const data = withComponentStatus(healthyData(), 'rwppv331jlwc', 'partial_outage');

  test.each<[string, Parameters<typeof makeSnapshot>[1], number, Level]>([
    ['fresh data', {}, NOW, 'major'],
    ['exactly at the stale limit', {}, NOW + STALE, 'major'],
    ['one ms past the limit', {}, NOW + STALE + 1, 'unknown'],
    ['last poll failed', { error: { kind: 'waf-challenge', status: 405, detail: '', at: NOW } }, NOW, 'unknown'],
    ['never fetched', { fetchedAt: null }, NOW, 'unknown'],
    ['fetched "in the future" (clock skew)', { fetchedAt: NOW + 60_000 }, NOW, 'major'],
  ])('%s', (_name, overrides, now, expected) => {
    expect(effectiveLevel(makeSnapshot(data, overrides), now, STALE)).toBe(expected);
  });

  test('no data', () => {
    expect(effectiveLevel(makeSnapshot(null), NOW, STALE)).toBe('unknown');
  });

  test('a NaN limit or clock means unknown, not fresh', () => {
    expect(effectiveLevel(makeSnapshot(data), NOW, Number.NaN)).toBe('unknown');
    expect(effectiveLevel(makeSnapshot(data), Number.NaN, STALE)).toBe('unknown');
  });
});
