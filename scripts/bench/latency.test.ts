import { describe, expect, it } from 'vitest';
import { buildScenario } from '../../test/server';
import { busyMs, inclusiveMsOf } from './browser';
import { CDN_MAX_AGE_MS, incidentAt60s, percentiles, simulateDetection } from './latency';
import { planDay } from './network-day';

const steps = buildScenario('p0mgnjv3bj97', Date.now()).steps;
const plan = planDay(steps);

describe('percentiles', () => {
  it('takes the nearest rank, so p95 of 1..100 is 95 and max is the largest', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentiles(values)).toEqual({ n: 100, p50: 50, p95: 95, max: 100 });
  });
});

describe('simulateDetection', () => {
  const run = (policy = undefined as Parameters<typeof simulateDetection>[2]['policy']) =>
    simulateDetection(steps, plan, { intervalMs: 60_000, runs: 50, wakeToBadgeMs: [200], policy });

  it('samples the first post as idle and every later change as incident, once per simulated day', () => {
    const result = run();
    expect(result.idle.n).toBe(50);
    expect(result.incident.n).toBe(50 * (steps.length - 2));
  });

  it('never detects a change sooner than it happened nor later than one interval after the CDN shows it', () => {
    for (const result of [run(), run(incidentAt60s)]) {
      expect(Math.min(result.idle.p50, result.incident.p50)).toBeGreaterThan(0.2);
      expect(result.idle.max).toBeLessThanOrEqual((60_000 + CDN_MAX_AGE_MS + 200) / 1000);
    }
    expect(run().incident.max).toBeLessThanOrEqual((30_000 + CDN_MAX_AGE_MS + 200) / 1000);
    expect(run(incidentAt60s).incident.max).toBeGreaterThan((30_000 + CDN_MAX_AGE_MS + 200) / 1000);
  });

  it('polls once a minute over a healthy-then-incident day, twice a minute only while the incident is open', () => {
    const before = run(incidentAt60s);
    expect(before.pollsPerDay).toBeCloseTo(1440, -1);
    const now = run();
    expect(now.pollsPerDay - before.pollsPerDay).toBeCloseTo(now.pollsWhileIncidentOpen / 2, -1);
  });
});

describe('busyMs', () => {
  it('sums the time of every sample that was not idle', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '' } },
        { id: 2, callFrame: { functionName: '(idle)', url: '' } },
        { id: 3, callFrame: { functionName: 'poll', url: '' } },
      ],
      samples: [3, 2, 3, 3],
      timeDeltas: [0, 500, 4000, 250, 250],
    };
    expect(busyMs(profile)).toBe(1);
  });
});

describe('inclusiveMsOf', () => {
  it("counts the samples with the script's frame anywhere on the stack, and only those", () => {
    const observer = 'chrome-extension://id/src/session-observer/index.js';
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2, 3, 5] },
        { id: 2, callFrame: { functionName: 'onEntries', url: observer }, children: [4] },
        { id: 3, callFrame: { functionName: 'pageCode', url: 'https://claude.ai/app.js' } },
        { id: 4, callFrame: { functionName: 'sendMessage', url: '' } },
        { id: 5, callFrame: { functionName: '(idle)', url: '' } },
      ],
      // The observer itself (2), a browser API it called (4), the page (3), idle (5).
      samples: [2, 4, 3, 5, 4],
      timeDeltas: [0, 1000, 2000, 4000, 8000, 500],
    };
    expect(inclusiveMsOf(profile, '/src/session-observer/')).toBe(3.5);
    expect(inclusiveMsOf(profile, '/src/content/')).toBe(0);
  });
});
