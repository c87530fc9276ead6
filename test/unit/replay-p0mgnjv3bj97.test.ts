// Replays the real incident p0mgnjv3bj97 ("Elevated error rate on multiple models", 2026-05-22) update by
// update, oldest first, as the summary.json states a poller would have seen: component statuses from that
// update's affected_components, the incident with the updates posted so far, then the incident gone.
import * as v from 'valibot';
import { describe, expect, test, vi } from 'vitest';
import { notificationMessage } from '../../src/background/notify';
import { diffSnapshots } from '../../src/core/diff';
import { createTranslator } from '../../src/core/i18n';
import { effectiveLevel } from '../../src/core/level';
import { parseIncident, parseSummary } from '../../src/core/parse';
import { IncidentPayloadSchema, SummaryPayloadSchema } from '../../src/core/schema';
import type { Incident, Level, Snapshot } from '../../src/core/types';
import { mergeLocale } from '../../scripts/locales';
import { fixtureJson } from './core-fixtures';

vi.mock('../../src/core/models', () => import('./fake-models'));

const summary = v.parse(SummaryPayloadSchema, fixtureJson('summary'));
const { incident } = v.parse(IncidentPayloadSchema, fixtureJson('multipleModels'));
const oldestFirst = [...incident.incident_updates].reverse();
const ID = 'p0mgnjv3bj97';
const STALE = 15 * 60_000;
const t = createTranslator(mergeLocale('en'));

function finalIncident(): Incident {
  const result = parseIncident(fixtureJson('multipleModels'));
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

/** The snapshot after update `step` (1-based) was posted. `impact` lets a variant ignore the stated impact. */
function stateAfter(step: number, impact: string): { snapshot: Snapshot; now: number } {
  const newest = oldestFirst[step - 1]!;
  const soFar = oldestFirst.slice(0, step).reverse();
  const statusOf = new Map((newest.affected_components ?? []).map((c) => [c.code, c.new_status]));
  const resolved = newest.status === 'resolved';
  const raw = {
    ...summary,
    components: summary.components.map((c) => ({ ...c, status: statusOf.get(c.id) ?? c.status })),
    incidents: resolved
      ? []
      : [{ ...incident, impact, status: newest.status, resolved_at: null, incident_updates: soFar }],
    status: resolved
      ? { indicator: 'none', description: 'All Systems Operational' }
      : { indicator: impact === 'none' ? 'minor' : impact, description: 'Partial System Outage' },
  };
  const parsed = parseSummary(raw);
  if (!parsed.ok) throw new Error(parsed.error.detail);
  const at = Date.parse(newest.display_at!) + 30_000;
  return {
    now: at,
    snapshot: {
      data: parsed.value,
      fetchedAt: at,
      checkedAt: at,
      origin: 'https://status.claude.com',
      error: null,
      consecutiveFailures: 0,
      recentlyResolved: resolved ? [finalIncident()] : [],
    },
  };
}

function healthyBefore(): Snapshot {
  const parsed = parseSummary(fixtureJson('summary'));
  if (!parsed.ok) throw new Error(parsed.error.detail);
  const at = Date.parse(incident.started_at!) - 60_000;
  return {
    data: parsed.value,
    fetchedAt: at,
    checkedAt: at,
    origin: null,
    error: null,
    consecutiveFailures: 0,
    recentlyResolved: [],
  };
}

function replay(impact: string) {
  const steps = oldestFirst.map((_, index) => stateAfter(index + 1, impact));
  let previous = healthyBefore();
  return steps.map(({ snapshot, now }) => {
    const events = diffSnapshots(previous, snapshot);
    previous = snapshot;
    return { snapshot, now, events, level: effectiveLevel(snapshot, now, STALE) };
  });
}

test('the capture has seven updates, oldest first investigating → resolved', () => {
  expect(oldestFirst.map((u) => u.status)).toEqual([
    'investigating',
    'identified',
    'identified',
    'monitoring',
    'monitoring',
    'monitoring',
    'resolved',
  ]);
});

describe('as it happened (impact major)', () => {
  const steps = replay('major');

  test('level: major while open (impact major, components partial then degraded), operational once resolved', () => {
    expect(steps.map((s) => s.level)).toEqual<Level[]>([
      'major',
      'major',
      'major',
      'major',
      'major',
      'major',
      'operational',
    ]);
  });

  test('affected component statuses follow the updates (back to operational at 05:53, degraded again at 06:17)', () => {
    const claudeAi = steps.map((s) => s.snapshot.data?.incidents[0]?.affectedComponents[0]?.status ?? 'gone');
    expect(claudeAi).toEqual([
      'partial_outage',
      'partial_outage',
      'partial_outage',
      'operational',
      'partial_outage',
      'degraded_performance',
      'gone',
    ]);
  });

  test('events per step', () => {
    expect(steps.map((s) => s.events.map((e) => e.kind))).toEqual([
      ['incident-opened'],
      ['incident-updated'],
      ['incident-updated'],
      ['incident-improved'],
      ['incident-escalated'],
      ['incident-improved'],
      ['incident-resolved'],
    ]);
  });

  test('keys, levels and the final update', () => {
    const events = steps.flatMap((s) => s.events);
    expect(events.map((e) => e.key)).toEqual([
      `opened:${ID}:r28fdx72zfc2`,
      `updated:${ID}:c7ly7lyndcz6`,
      `updated:${ID}:kyv9b6vf2r7p`,
      `improved:${ID}:major:vrxkzhlg7hjl`,
      `escalated:${ID}:major:1vpl34qvhjgm`,
      `improved:${ID}:major:dj6phlxn4zy9`,
      `resolved:${ID}:kn2rckxbcg6d`,
    ]);
    expect(new Set(events.map((e) => e.key)).size).toBe(events.length);
    const resolved = events.at(-1)!;
    expect(resolved).toMatchObject({
      level: 'operational',
      detail: 'This issue has been resolved.',
      url: `https://status.claude.com/incidents/${ID}`,
    });
    const escalated = events[4]!;
    expect(escalated.detail).toContain('additional errors impacting Claude Opus 4.7 and Haiku 4.5');
    // What the user sees of it: the escalated incident's components (the popup, the banner, the mutes) and the
    // models its notification names, the ones named so far. The title says "multiple models" and the first
    // update names none, so the first notification names no model.
    const incidentAt = (step: number) => steps[step]!.snapshot.data!.incidents[0]!;
    expect(incidentAt(4).id).toBe(escalated.id);
    expect(incidentAt(4).affectedComponents.map((component) => component.id)).toEqual([
      'rwppv331jlwc',
      '0qbwn08sd68x',
      'k8w3r06qmzrp',
      'yyzkbfz2thpt',
      'bpp5gb3hpjcl',
    ]);
    expect(incidentAt(0).models).toMatchObject({ scope: 'some', models: [] });
    expect(notificationMessage(events[0]!, undefined, t)).toBe(events[0]!.detail);
    expect(incidentAt(4).models).toMatchObject({ scope: 'named', models: ['Haiku 4.5', 'Opus 4.7', 'Sonnet 4.6'] });
    expect(notificationMessage(escalated, undefined, t).split('\n')).toEqual([
      'Models: Haiku 4.5, Opus 4.7, Sonnet 4.6',
      escalated.detail,
    ]);
  });

  test('re-running a diff (worker restarted before storing) gives the same keys, made of ids only', () => {
    const again = stateAfter(5, 'major');
    const before = stateAfter(4, 'major');
    const first = diffSnapshots(before.snapshot, again.snapshot).map((e) => e.key);
    expect(first).toEqual([`escalated:${ID}:major:1vpl34qvhjgm`]);
    expect(diffSnapshots(before.snapshot, again.snapshot).map((e) => e.key)).toEqual(first);
  });

  test('a poller that missed steps 2-6 sees opened then resolved, nothing else', () => {
    const first = steps[0]!.snapshot;
    const last = steps[6]!;
    expect(diffSnapshots(first, last.snapshot).map((e) => e.kind)).toEqual(['incident-resolved']);
  });
});

describe('variant with impact none: components alone decide', () => {
  const steps = replay('none');

  test('level sequence follows the components, and an open incident is never operational', () => {
    expect(steps.map((s) => s.level)).toEqual<Level[]>([
      'major',
      'major',
      'major',
      'minor',
      'major',
      'minor',
      'operational',
    ]);
  });

  test('opened once, escalated when components go partial_outage, improved, updated, resolved once', () => {
    const kinds = steps.map((s) => s.events.map((e) => e.kind));
    expect(kinds).toEqual([
      ['incident-opened'],
      ['incident-updated'],
      ['incident-updated'],
      ['incident-improved'],
      ['incident-escalated'],
      ['incident-improved'],
      ['incident-resolved'],
    ]);
    expect(steps[0]!.events[0]!.level).toBe('major');
    expect(steps[3]!.events[0]!.level).toBe('minor');
  });
});
