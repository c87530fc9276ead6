import { describe, expect, test, vi } from 'vitest';
import { healthyData, makeIncident, makeMaintenance, makeSnapshot, NOW } from '../../test/unit/core-builders';
import { diffSnapshots } from './diff';
import type { Incident, PollError, StatusData } from './types';

vi.mock('./models', () => import('../../test/unit/fake-models'));

const failure: PollError = { kind: 'waf-challenge', status: 405, detail: 'HTTP 405', at: NOW + 1 };

function dataWith(incidents: Incident[]): StatusData {
  return { ...healthyData(), incidents };
}

const kinds = (events: { kind: string }[]) => events.map((e) => e.kind);

describe('incidents', () => {
  const opened = makeIncident({
    impact: 'minor',
    affectedComponents: [{ id: 'a', name: 'A', status: 'degraded_performance' }],
  });
  const laterUpdate = {
    ...opened.updates[0]!,
    id: 'u2',
    body: 'Still looking.',
    displayAt: '2026-09-27T10:10:00.000Z',
  };

  test('new incident → opened with its level, models, components and latest body', () => {
    const events = diffSnapshots(makeSnapshot(healthyData()), makeSnapshot(dataWith([opened])));
    expect(events).toEqual([
      {
        kind: 'incident-opened',
        id: 'inc1',
        key: 'opened:inc1:u1',
        title: 'Elevated errors',
        detail: 'We are currently investigating this issue.',
        level: 'minor',
        url: 'https://status.claude.com/incidents/inc1',
        models: [],
      },
    ]);
  });

  test('unchanged → nothing', () => {
    expect(diffSnapshots(makeSnapshot(dataWith([opened])), makeSnapshot(dataWith([opened])))).toEqual([]);
  });

  test.each<[string, Partial<Incident>, string, string]>([
    ['impact rose', { impact: 'major' }, 'incident-escalated', 'escalated:inc1:major:u1'],
    ['impact none → minor counts as a rise', { impact: 'minor' }, 'incident-escalated', 'escalated:inc1:minor:u1'],
    [
      'a component got worse',
      { affectedComponents: [{ id: 'a', name: 'A', status: 'major_outage' }] },
      'incident-escalated',
      'escalated:inc1:critical:u1',
    ],
    [
      'a new component joined',
      {
        affectedComponents: [
          { id: 'a', name: 'A', status: 'degraded_performance' },
          { id: 'b', name: 'B', status: 'degraded_performance' },
        ],
      },
      'incident-escalated',
      'escalated:inc1:minor:u1',
    ],
    [
      'a component recovered',
      { affectedComponents: [{ id: 'a', name: 'A', status: 'operational' }] },
      'incident-improved',
      'improved:inc1:minor:u1',
    ],
    [
      'one better, one worse → escalated',
      {
        affectedComponents: [
          { id: 'a', name: 'A', status: 'operational' },
          { id: 'b', name: 'B', status: 'partial_outage' },
        ],
      },
      'incident-escalated',
      'escalated:inc1:major:u1',
    ],
  ])('%s', (_name, change, kind, key) => {
    const base = _name.startsWith('impact none') ? { ...opened, impact: 'none' as const } : opened;
    const events = diffSnapshots(makeSnapshot(dataWith([base])), makeSnapshot(dataWith([{ ...base, ...change }])));
    expect(events.map((e) => [e.kind, e.key])).toEqual([[kind, key]]);
  });

  test('a component becoming unknown is an escalation from operational', () => {
    const before = { ...opened, affectedComponents: [{ id: 'a', name: 'A', status: 'operational' as const }] };
    const after = { ...opened, affectedComponents: [{ id: 'a', name: 'A', status: 'unknown' as const }] };
    expect(kinds(diffSnapshots(makeSnapshot(dataWith([before])), makeSnapshot(dataWith([after]))))).toEqual([
      'incident-escalated',
    ]);
  });

  test('a new update without severity change → updated, keyed by the update id', () => {
    const next = { ...opened, updates: [laterUpdate, ...opened.updates] };
    const events = diffSnapshots(makeSnapshot(dataWith([opened])), makeSnapshot(dataWith([next])));
    expect(events.map((e) => [e.kind, e.key, e.detail])).toEqual([
      ['incident-updated', 'updated:inc1:u2', 'Still looking.'],
    ]);
  });

  test('left the list → resolved, with the final update when recentlyResolved has it', () => {
    const final = makeIncident({
      status: 'resolved',
      updates: [{ ...laterUpdate, id: 'u9', status: 'resolved', body: 'This incident has been resolved.' }],
    });
    const withFinal = diffSnapshots(
      makeSnapshot(dataWith([opened])),
      makeSnapshot(dataWith([]), { recentlyResolved: [final] }),
    );
    expect(withFinal.map((e) => [e.kind, e.key, e.level, e.detail])).toEqual([
      ['incident-resolved', 'resolved:inc1:u9', 'operational', 'This incident has been resolved.'],
    ]);
    // Without a final state nobody knows it ended (deleted, or not looked up): no resolution is announced.
    expect(diffSnapshots(makeSnapshot(dataWith([opened])), makeSnapshot(dataWith([])))).toEqual([]);
    const stillOpen = makeIncident({ updates: [laterUpdate, ...opened.updates] });
    const open = diffSnapshots(
      makeSnapshot(dataWith([opened])),
      makeSnapshot(dataWith([]), { recentlyResolved: [stillOpen] }),
    );
    expect(open).toEqual([]);
  });

  test('still listed but marked resolved → resolved once; leaving the list later → same key', () => {
    const marked = { ...opened, status: 'resolved' as const };
    const first = diffSnapshots(makeSnapshot(dataWith([opened])), makeSnapshot(dataWith([marked])));
    expect(first.map((e) => e.key)).toEqual(['resolved:inc1:u1']);
    expect(diffSnapshots(makeSnapshot(dataWith([marked])), makeSnapshot(dataWith([])))).toEqual([]);
  });

  test('reopened after its resolution → opened again, and its second resolution is announced', () => {
    const final1 = makeIncident({
      status: 'resolved',
      updates: [{ ...laterUpdate, id: 'r1', status: 'resolved' }, ...opened.updates],
    });
    const reopened = makeIncident({ updates: [{ ...laterUpdate, id: 'u3' }, ...final1.updates] });
    const final2 = makeIncident({
      status: 'resolved',
      updates: [{ ...laterUpdate, id: 'r2', status: 'resolved' }, ...reopened.updates],
    });
    const keys = [
      diffSnapshots(makeSnapshot(healthyData()), makeSnapshot(dataWith([opened]))),
      diffSnapshots(makeSnapshot(dataWith([opened])), makeSnapshot(dataWith([]), { recentlyResolved: [final1] })),
      diffSnapshots(
        makeSnapshot(dataWith([]), { recentlyResolved: [final1] }),
        makeSnapshot(dataWith([reopened]), { recentlyResolved: [final1] }),
      ),
      diffSnapshots(
        makeSnapshot(dataWith([reopened]), { recentlyResolved: [final1] }),
        makeSnapshot(dataWith([]), { recentlyResolved: [final2] }),
      ),
    ].flatMap((events) => events.map((e) => e.key));
    expect(keys).toEqual(['opened:inc1:u1', 'resolved:inc1:r1', 'opened:inc1:u3', 'resolved:inc1:r2']);
  });

  test('first snapshot ever: open incidents are reported as opened', () => {
    expect(kinds(diffSnapshots(null, makeSnapshot(dataWith([opened]))))).toEqual(['incident-opened']);
  });
});

describe('maintenance and data availability make no events of their own', () => {
  const data = healthyData();

  test('a maintenance starting or ending is not an incident event: the badge and the popup show it', () => {
    const m = makeMaintenance();
    const withActive = (active: (typeof m)[]): StatusData => ({ ...data, maintenances: { active, upcoming: [] } });
    expect(diffSnapshots(makeSnapshot(withActive([])), makeSnapshot(withActive([m])))).toEqual([]);
    expect(diffSnapshots(makeSnapshot(withActive([m])), makeSnapshot(withActive([])))).toEqual([]);
  });

  test('known → failed: the kept data yields no events', () => {
    const events = diffSnapshots(makeSnapshot(data), makeSnapshot(data, { error: failure, consecutiveFailures: 1 }));
    expect(events).toEqual([]);
  });

  test('failed → failed again: nothing new', () => {
    const failing = makeSnapshot(data, { error: failure, consecutiveFailures: 1 });
    expect(diffSnapshots(failing, makeSnapshot(data, { error: { ...failure, at: NOW + 2 } }))).toEqual([]);
  });

  test('failed → good: whatever changed meanwhile, diffed against the kept data', () => {
    const failing = makeSnapshot(data, { error: failure });
    const recovered = makeSnapshot(dataWith([makeIncident({ impact: 'major' })]), { fetchedAt: NOW + 5 });
    expect(diffSnapshots(failing, recovered).map((e) => [e.kind, e.key, e.level])).toEqual([
      ['incident-opened', 'opened:inc1:u1', 'major'],
    ]);
  });

  test('first poll fails: nothing', () => {
    expect(diffSnapshots(null, makeSnapshot(null, { error: failure }))).toEqual([]);
  });
});
