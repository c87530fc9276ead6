import { afterEach, expect, it, vi } from 'vitest';
import { CI_RUNS, runs } from './property-runs';

afterEach(() => vi.unstubAllEnvs());

it('CI gets at least CI_RUNS cases, or the lower count a slow property asks for; a local run its own sample', () => {
  vi.stubEnv('CI', 'true');
  expect(CI_RUNS).toBeGreaterThanOrEqual(1_000);
  expect(runs(60)).toEqual({ numRuns: CI_RUNS });
  expect(runs(5_000)).toEqual({ numRuns: 5_000 });
  expect(runs(15, 200)).toEqual({ numRuns: 200 });
  for (const off of [undefined, '', 'false', '0']) {
    vi.stubEnv('CI', off);
    expect(runs(60)).toEqual({ numRuns: 60 });
  }
});
