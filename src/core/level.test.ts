import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { runs } from '../../test/unit/property-runs';
import {
  healthyData,
  makeIncident,
  makeMaintenance,
  makeSnapshot,
  NOW,
  withComponentStatus,
} from '../../test/unit/core-builders';
import { CLOCK_SKEW_TOLERANCE_MS } from './clock';
import { dataAgeMs, effectiveLevel, incidentLevel, isStale, LEVEL_SEVERITY, overallLevel, worstLevel } from './level';
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
    ['fetched a minute "in the future" (a view whose clock ticks late)', { fetchedAt: NOW + 60_000 }, NOW, 'major'],
    // Issue #15 item 6: the clock went back an hour after the poll; nobody can tell how old the data is.
    ['fetched an hour "in the future" (the clock went back)', { fetchedAt: NOW + 60 * 60_000 }, NOW, 'unknown'],
    ['fetched a minute and 1 ms "in the future"', { fetchedAt: NOW + 60_001 }, NOW, 'unknown'],
  ])('%s', (_name, overrides, now, expected) => {
    expect(effectiveLevel(makeSnapshot(data, overrides), now, STALE)).toBe(expected);
  });

  test('no data', () => {
    expect(effectiveLevel(makeSnapshot(null), NOW, STALE)).toBe('unknown');
  });

  test('fresh only while the data is between a minute "ahead" and the limit old, whatever the clocks say', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 45 }),
        fc.integer({ min: -(2 ** 45), max: 2 ** 45 }),
        fc.integer({ min: 0, max: 2 ** 32 }),
        (fetchedAt, shift, limit) => {
          const now = fetchedAt + shift;
          const fresh = !isStale(makeSnapshot(data, { fetchedAt }), now, limit);
          expect(fresh).toBe(shift >= -CLOCK_SKEW_TOLERANCE_MS && shift <= limit);
          const age = dataAgeMs(makeSnapshot(data, { fetchedAt }), now);
          if (age !== null) expect(age).toBeGreaterThanOrEqual(0);
          expect(age === null).toBe(shift < -CLOCK_SKEW_TOLERANCE_MS);
        },
      ),
      runs(100),
    );
  });

  test('a NaN limit or clock means unknown, not fresh', () => {
    expect(effectiveLevel(makeSnapshot(data), NOW, Number.NaN)).toBe('unknown');
    expect(effectiveLevel(makeSnapshot(data), Number.NaN, STALE)).toBe('unknown');
  });
});
