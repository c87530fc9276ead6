import { describe, expect, it } from 'vitest';
import { buildScenario, p0mgnjv3bj97Steps } from '../../test/scenarios';
import { asIfJustHappened, isHistorical, shiftTimestamps } from './live-times';

const NOW = Date.parse('2026-11-23T10:00:00.000Z');
const MINUTE = 60_000;

describe('shiftTimestamps', () => {
  it('moves every ISO time and keeps whether it had milliseconds', () => {
    const text = '{"a":"2026-05-22T04:16:42.333Z","b":"2026-05-22T04:16:42Z","c":"not 2026-05-22 a time"}';
    expect(shiftTimestamps(text, 60 * MINUTE)).toBe(
      '{"a":"2026-05-22T05:16:42.333Z","b":"2026-05-22T05:16:42Z","c":"not 2026-05-22 a time"}',
    );
  });

  it('caps times at the latest allowed moment', () => {
    expect(shiftTimestamps('"2026-05-22T04:00:00.000Z"', 10 * MINUTE, Date.parse('2026-05-22T04:05:00.000Z'))).toBe(
      '"2026-05-22T04:05:00.000Z"',
    );
  });
});

describe('asIfJustHappened on the real replay of p0mgnjv3bj97', () => {
  const steps = p0mgnjv3bj97Steps();

  it("puts the step's latest update the given time before now and keeps the gaps between updates", () => {
    const step = steps[5]!;
    const live = asIfJustHappened(step, NOW, 9 * MINUTE);
    expect(live.summary.page.updated_at).toBe('2026-11-23T09:51:00.000Z');
    const [incident] = live.summary.incidents;
    const [original] = step.summary.incidents;
    // Started and latest update keep the same distance as in the capture.
    const gap = (i: typeof incident) => Date.parse(i!.incident_updates[0]!.display_at) - Date.parse(i!.created_at);
    expect(gap(incident)).toBe(gap(original));
    expect(Date.parse(incident!.incident_updates[0]!.display_at)).toBe(NOW - 9 * MINUTE);
  });

  it('changes nothing but times: text, ids, statuses and the label stay as captured', () => {
    const step = steps[3]!;
    const live = asIfJustHappened(step, NOW, 2 * MINUTE);
    const withoutTimes = (value: unknown) => JSON.stringify(value).replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'T');
    expect(withoutTimes(live.summary)).toBe(withoutTimes(step.summary));
    expect(withoutTimes(live.incidents)).toBe(withoutTimes(step.incidents));
    expect(live.label).toBe(step.label);
  });

  it('keeps how claude.ai’s API answers at the step', () => {
    const step = buildScenario('p0mgnjv3bj97-session').steps[1]!;
    expect(step.claudeApi?.send).toEqual({ kind: 'status', status: 500 });
    expect(asIfJustHappened(step, NOW, 2 * MINUTE).claudeApi).toEqual(step.claudeApi);
  });

  it('keeps the raw bytes consistent with the parsed documents', () => {
    const last = steps[steps.length - 1]!;
    const live = asIfJustHappened(last, NOW, 2 * MINUTE);
    for (const [id, doc] of Object.entries(live.incidents)) {
      if (doc.raw === undefined) continue;
      expect((JSON.parse(doc.raw) as { incident: unknown }).incident).toEqual(live.incidents[id]!.incident);
    }
    if (live.summaryRaw !== undefined) expect(JSON.parse(live.summaryRaw)).toEqual(live.summary);
  });

  it('leaves no time after "now minus ago", even the later edits a capture carries', () => {
    const last = steps[steps.length - 1]!;
    const live = asIfJustHappened(last, NOW, 2 * MINUTE);
    const times = JSON.stringify(live).match(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g) ?? [];
    const labelTimes = new Set(last.label.match(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g) ?? []);
    const moved = times.filter((t) => !labelTimes.has(t));
    expect(moved.length).toBeGreaterThan(10);
    expect(Math.max(...moved.map((t) => Date.parse(t)))).toBeLessThanOrEqual(NOW - 2 * MINUTE);
  });
});

describe('isHistorical', () => {
  it('is true for a capture and false for a scenario placed around the present', () => {
    expect(isHistorical(p0mgnjv3bj97Steps()[2]!, NOW)).toBe(true);
    const maintenance = buildScenario('maintenance', NOW);
    expect(maintenance.steps.some((step) => !isHistorical(step, NOW))).toBe(true);
    // So it is left exactly as built: an upcoming window stays in the future.
    const upcoming = maintenance.steps[1]!;
    expect(asIfJustHappened(upcoming, NOW, 2 * MINUTE)).toBe(upcoming);
  });
});
