import { describe, expect, test } from 'vitest';
import { historyLevel, IMPACT_NAMING_ORDER, IMPACT_SEVERITY, impactLevel } from './impact';
import { LEVEL_SEVERITY } from './level';
import type { Impact } from './types';

const IMPACTS = Object.keys(IMPACT_SEVERITY) as Impact[];
const pairs = IMPACTS.flatMap((a) => IMPACTS.map((b) => [a, b] as const));

describe('the impact tables tell one story', () => {
  test('the naming order lists every impact once', () => {
    expect([...IMPACT_NAMING_ORDER].sort()).toEqual([...IMPACTS].sort());
  });

  test.each(pairs)('%s vs %s: a more severe impact names the day and never shows a milder level', (a, b) => {
    if (IMPACT_SEVERITY[a] < IMPACT_SEVERITY[b]) {
      expect(IMPACT_NAMING_ORDER.indexOf(a)).toBeLessThan(IMPACT_NAMING_ORDER.indexOf(b));
      expect(LEVEL_SEVERITY[impactLevel(a)]).toBeLessThanOrEqual(LEVEL_SEVERITY[impactLevel(b)]);
    }
  });

  test('an open incident is never operational, whatever its impact', () => {
    expect(IMPACTS.map(impactLevel)).not.toContain('operational');
    expect(IMPACTS.map(impactLevel)).not.toContain('maintenance');
  });

  test('the history differs from the badge only for a maintenance posted as an incident', () => {
    expect(IMPACTS.filter((impact) => historyLevel(impact) !== impactLevel(impact))).toEqual(['maintenance']);
    expect(historyLevel('maintenance')).toBe('maintenance');
  });

  test('an unreadable impact is as bad as minor, and a stated none rises to minor', () => {
    expect(IMPACT_SEVERITY.unknown).toBe(IMPACT_SEVERITY.minor);
    expect(IMPACT_SEVERITY.none).toBeLessThan(IMPACT_SEVERITY.minor);
    expect(impactLevel('none')).toBe('minor');
  });
});
