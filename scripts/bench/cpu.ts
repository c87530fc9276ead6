import { diffSnapshots } from '../../src/core/diff';
import { parseSummary } from '../../src/core/parse';
import { parseJsonText } from '../../src/core/response';
import type { Snapshot, StatusData } from '../../src/core/types';
import type { ScenarioStep } from '../../test/server';
import { timeInterleaved, type Timing } from './timing';

export interface PipelineCase {
  name: string;
  bytes: number;
  ours: Timing;
  naive: Timing;
}

export interface DiffCase {
  name: string;
  events: number;
  ours: Timing;
  naive: Timing;
}

/** Our whole per-body pipeline: text → JSON → validated, normalised StatusData with affected models. */
function ourPipeline(text: string): StatusData {
  const json = parseJsonText(text);
  if (!json.ok) throw new Error(json.error.detail);
  const parsed = parseSummary(json.value);
  if (!parsed.ok) throw new Error(parsed.error.detail);
  return parsed.value;
}

/** summary.json texts as the server sends them: the healthy capture, and the last step with the incident open. */
export function summaryTexts(healthyRaw: string, replay: readonly ScenarioStep[]) {
  const lastOpen = replay.findLast((step) => step.summary.incidents.length > 0);
  if (!lastOpen) throw new Error('the replay never has an open incident');
  const previousOpen = replay[replay.indexOf(lastOpen) - 1]!;
  return {
    healthy: healthyRaw,
    incident: lastOpen.summaryRaw ?? JSON.stringify(lastOpen.summary),
    incidentBefore: previousOpen.summaryRaw ?? JSON.stringify(previousOpen.summary),
    updates: lastOpen.summary.incidents[0]!.incident_updates.length,
  };
}

export function benchPipeline(texts: ReturnType<typeof summaryTexts>): PipelineCase[] {
  const cases = [
    { name: 'healthy summary.json', text: texts.healthy },
    { name: `summary.json, p0mgnjv3bj97 open (${texts.updates} updates)`, text: texts.incident },
  ];
  return cases.map(({ name, text }) => {
    const [ours, naive] = timeInterleaved([
      { name: 'parseJsonText + parseSummary', fn: () => ourPipeline(text) },
      { name: 'JSON.parse', fn: () => JSON.parse(text) as unknown },
    ]);
    return { name, bytes: Buffer.byteLength(text), ours: ours!, naive: naive! };
  });
}

const snapshotOf = (data: StatusData, at: number): Snapshot => ({
  data,
  fetchedAt: at,
  checkedAt: at,
  origin: 'https://status.claude.com',
  error: null,
  consecutiveFailures: 0,
  recentlyResolved: [],
});

/**
 * diffSnapshots runs after every poll. The naive contender is the usual "did anything change" check,
 * comparing the two payloads serialised: it tells nothing about what changed, so it is context, not a peer.
 */
export function benchDiff(texts: ReturnType<typeof summaryTexts>): DiffCase[] {
  const at = Date.parse('2026-05-22T07:00:00Z');
  const healthy = snapshotOf(ourPipeline(texts.healthy), at);
  const before = snapshotOf(ourPipeline(texts.incidentBefore), at);
  const open = snapshotOf(ourPipeline(texts.incident), at + 60_000);
  const cases = [
    { name: 'unchanged (a 304), incident open', prev: open, next: { ...open, checkedAt: at + 120_000 } },
    { name: 'incident opens (healthy → open)', prev: healthy, next: open },
    { name: 'incident gets an update', prev: before, next: open },
  ];
  return cases.map(({ name, prev, next }) => {
    const [ours, naive] = timeInterleaved([
      { name: 'diffSnapshots', fn: () => diffSnapshots(prev, next) },
      { name: 'JSON.stringify compare', fn: () => JSON.stringify(prev.data) !== JSON.stringify(next.data) },
    ]);
    return { name, events: diffSnapshots(prev, next).length, ours: ours!, naive: naive! };
  });
}
