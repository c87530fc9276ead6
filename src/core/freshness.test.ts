import { describe, expect, test, vi } from 'vitest';
import { healthyData, makeSnapshot, NOW } from '../../test/unit/core-builders';
import { displayLevel, pollIntervalMs, staleAfterMs } from './freshness';

vi.mock('./models', () => import('../../test/unit/fake-models'));

const MINUTE = 60_000;

describe('the check interval setting', () => {
  test('is read in seconds and used in ms', () => {
    expect(pollIntervalMs({ pollIntervalSec: 30 })).toBe(30_000);
    expect(pollIntervalMs({ pollIntervalSec: 900 })).toBe(15 * MINUTE);
  });

  test('data goes stale after two intervals and two minutes of grace', () => {
    expect(staleAfterMs({ pollIntervalSec: 60 })).toBe(4 * MINUTE);
    expect(staleAfterMs({ pollIntervalSec: 900 })).toBe(32 * MINUTE);
  });

  test('the level every view shows turns unknown exactly past that limit', () => {
    const settings = { pollIntervalSec: 60 };
    const at = (age: number) => displayLevel(makeSnapshot(healthyData(), { fetchedAt: NOW - age }), settings, NOW);
    expect(at(4 * MINUTE)).toBe('operational');
    expect(at(4 * MINUTE + 1)).toBe('unknown');
    // A longer interval keeps the same data current.
    const later = makeSnapshot(healthyData(), { fetchedAt: NOW - 10 * MINUTE });
    expect(displayLevel(later, { pollIntervalSec: 900 }, NOW)).toBe('operational');
  });
});
