import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fixtureJson } from '../../test/unit/core-fixtures';
import { calls } from '../../test/unit/fake-models';
import { overallLevel } from './level';
import { parseIncident, parseSummary } from './parse';
import type { ComponentState, Incident } from './types';

vi.mock('./models', () => import('../../test/unit/fake-models'));

type Json = Record<string, unknown>;

function incident(json: unknown, pageComponents: readonly ComponentState[] = []): Incident {
  const result = parseIncident(json, pageComponents);
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

function pageComponents(): ComponentState[] {
  const result = parseSummary(fixtureJson('summary'));
  if (!result.ok) throw new Error(result.error.detail);
  return result.value.components;
}

beforeEach(() => {
  calls.length = 0;
});

describe('incidents/<id>.json, the four real captures', () => {
  test('3667134hg62q: backfilled, null affected_components, components []', () => {
    const value = incident(fixtureJson('backfilled'));
    expect(value).toMatchObject({
      id: '3667134hg62q',
      name: 'brief partial outage of claude-instant-1.2, claude-2.1',
      status: 'resolved',
      impact: 'none',
      url: 'https://status.claude.com/incidents/3667134hg62q',
      shortlink: 'https://stspg.io/d8wsn9rdk2td',
      startedAt: '2024-01-30T04:13:15.294Z',
      // display_at is earlier than created_at in backfilled incidents; it is still the update's time.
      lastUpdateAt: '2024-01-30T04:00:00.000Z',
      resolvedAt: '2024-01-30T04:00:00.000Z',
      affectedComponents: [],
    });
    expect(value.updates).toHaveLength(1);
    expect(value.updates[0]).toMatchObject({ id: 'lk6ty999crsh', status: 'resolved', affectedComponents: null });
  });

  test('9g6qpr72ttbr: five updates newest first, last update from display_at not updated_at, current names', () => {
    const value = incident(fixtureJson('manyModels'));
    expect(value.impact).toBe('critical');
    expect(value.updates.map((u) => u.id)).toEqual([
      'crrygqlyp27s',
      'rxg271m171c9',
      'g8fh0y50qs33',
      'pv51gyzqgl4q',
      'bcrstgb1cndz',
    ]);
    expect(value.lastUpdateAt).toBe('2025-12-14T22:51:48.756Z'); // incident.updated_at says 2026-08-14
    expect(value.affectedComponents).toEqual([
      { id: 'rwppv331jlwc', name: 'claude.ai', status: 'operational' },
      // The updates say "platform.claude.com (formerly console.anthropic.com)": the component is renamed since.
      { id: '0qbwn08sd68x', name: 'Claude Console (platform.claude.com)', status: 'operational' },
      { id: 'k8w3r06qmzrp', name: 'Claude API (api.anthropic.com)', status: 'operational' },
      { id: 'yyzkbfz2thpt', name: 'Claude Code', status: 'operational' },
    ]);
    expect(value.updates[0]?.affectedComponents?.[1]).toEqual({
      id: '0qbwn08sd68x',
      name: 'platform.claude.com (formerly console.anthropic.com)',
      oldStatus: 'major_outage',
      newStatus: 'operational',
    });
  });

  test('p0mgnjv3bj97: seven updates, five components incl. Cowork, models from title and bodies newest first', () => {
    const json = fixtureJson('multipleModels') as Json;
    const value = incident(json);
    expect(value).toMatchObject({
      status: 'resolved',
      impact: 'major',
      startedAt: '2026-05-22T04:16:42.159Z',
      lastUpdateAt: '2026-05-22T08:50:24.441Z',
      resolvedAt: '2026-05-22T08:50:24.441Z',
      shortlink: 'https://stspg.io/py69zkphvgdt',
    });
    expect(value.updates.map((u) => u.status)).toEqual([
      'resolved',
      'monitoring',
      'monitoring',
      'monitoring',
      'identified',
      'identified',
      'investigating',
    ]);
    expect(value.affectedComponents.map((c) => [c.id, c.status])).toEqual([
      ['rwppv331jlwc', 'operational'],
      ['0qbwn08sd68x', 'operational'],
      ['k8w3r06qmzrp', 'operational'],
      ['yyzkbfz2thpt', 'operational'],
      ['bpp5gb3hpjcl', 'operational'],
    ]);
    const served = ((json['incident'] as Json)['incident_updates'] as Json[]).map((u) => u['body']);
    expect(calls).toEqual([{ title: 'Elevated error rate on multiple models', bodies: served }]);
    expect(value.models).toEqual({
      models: ['Haiku 4.5', 'Opus 4.7', 'Sonnet 4.6'],
      scope: 'named',
      fromTitle: [],
      platforms: [],
    });
  });

  test('sn3y911gkt0r: old component names in updates become current names from the page', () => {
    const value = incident(fixtureJson('claudeModels'), pageComponents());
    expect(value.affectedComponents).toEqual([
      { id: 'rwppv331jlwc', name: 'claude.ai', status: 'operational' },
      { id: '0qbwn08sd68x', name: 'Claude Console (platform.claude.com)', status: 'operational' },
      { id: 'k8w3r06qmzrp', name: 'Claude API (api.anthropic.com)', status: 'operational' },
    ]);
    expect(value.updates[0]?.affectedComponents?.map((c) => c.name)).toEqual([
      'claude.ai',
      'console.anthropic.com',
      'api.anthropic.com',
    ]);
  });
});

describe('affected components', () => {
  function withUpdates(updates: Json[], components: Json[] = []): Json {
    const json = fixtureJson('multipleModels') as Json;
    const raw = json['incident'] as Json;
    raw['incident_updates'] = updates;
    raw['components'] = components;
    return json;
  }
  const update = (id: string, at: string, changes: Json[] | null): Json => ({
    id,
    status: 'identified',
    body: '',
    display_at: at,
    affected_components: changes,
  });
  const change = (code: string, name: string, status: string): Json => ({
    code,
    name,
    old_status: 'operational',
    new_status: status,
  });

  test('each component takes its status from the newest update that names it', () => {
    const value = incident(
      withUpdates([
        update('b', '2026-01-01T02:00:00Z', [change('api', 'API', 'degraded_performance')]),
        update('a', '2026-01-01T01:00:00Z', [
          change('web', 'Web', 'major_outage'),
          change('api', 'API', 'partial_outage'),
        ]),
      ]),
    );
    expect(value.affectedComponents).toEqual([
      { id: 'api', name: 'API', status: 'degraded_performance' },
      { id: 'web', name: 'Web', status: 'major_outage' },
    ]);
  });

  test('served order does not matter: updates are sorted by display_at', () => {
    const value = incident(
      withUpdates([
        update('a', '2026-01-01T01:00:00Z', [change('api', 'Old API name', 'partial_outage')]),
        update('b', '2026-01-01T02:00:00Z', [change('api', 'API', 'operational')]),
      ]),
    );
    expect(value.updates.map((u) => u.id)).toEqual(['b', 'a']);
    expect(value.affectedComponents).toEqual([{ id: 'api', name: 'API', status: 'operational' }]);
    expect(value.lastUpdateAt).toBe('2026-01-01T02:00:00Z');
  });

  test('with no update naming a component, incident.components is the fallback', () => {
    const value = incident(
      withUpdates(
        [update('a', '2026-01-01T01:00:00Z', null), update('b', '2026-01-01T00:00:00Z', [])],
        [{ id: 'rwppv331jlwc', name: 'claude.ai', status: 'partial_outage' }],
      ),
    );
    expect(value.affectedComponents).toEqual([{ id: 'rwppv331jlwc', name: 'claude.ai', status: 'partial_outage' }]);
  });

  test('an unknown new_status stays unknown', () => {
    const value = incident(withUpdates([update('a', '2026-01-01T01:00:00Z', [change('api', 'API', 'on_fire')])]));
    expect(value.affectedComponents).toEqual([{ id: 'api', name: 'API', status: 'unknown' }]);
  });

  test('no updates at all: last update falls back to the start', () => {
    const value = incident(withUpdates([]));
    expect(value.lastUpdateAt).toBe(value.startedAt);
    expect(value.affectedComponents).toEqual([]);
  });
});

describe('summary.json incidents', () => {
  test('newest first, named from the summary components, in page order', () => {
    const json = fixtureJson('summary') as Json;
    const older = (fixtureJson('manyModels') as Json)['incident'] as Json;
    const newer = (fixtureJson('multipleModels') as Json)['incident'] as Json;
    json['incidents'] = [older, newer];
    const result = parseSummary(json);
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.incidents.map((i) => i.id)).toEqual(['p0mgnjv3bj97', '9g6qpr72ttbr']);
    expect(result.value.incidents[0]?.url).toBe('https://status.claude.com/incidents/p0mgnjv3bj97');
    expect(result.value.incidents[1]?.affectedComponents.map((c) => c.name)).toEqual([
      'claude.ai',
      'Claude Console (platform.claude.com)',
      'Claude API (api.anthropic.com)',
      'Claude Code',
    ]);
  });

  test('components follow `position`, not served order', () => {
    const json = fixtureJson('summary') as Json;
    const list = json['components'] as Json[];
    json['components'] = [...list].reverse();
    const result = parseSummary(json);
    expect(result.ok && result.value.components.map((c) => c.name)[0]).toBe('claude.ai');
  });

  test('without positions, served order is kept', () => {
    const json = fixtureJson('summary') as Json;
    const list = (json['components'] as Json[]).reverse();
    delete list[0]!['position'];
    const result = parseSummary(json);
    expect(result.ok && result.value.components.map((c) => c.name)[0]).toBe('Claude for Government');
  });

  test('a group heading is dropped when its children are listed', () => {
    const json = fixtureJson('summary') as Json;
    const list = json['components'] as Json[];
    list.push({ id: 'grp', name: 'Group', status: 'operational', position: 7, group: true, group_id: null });
    list[5]!['group_id'] = 'grp';
    const result = parseSummary(json);
    expect(result.ok && result.value.components.map((c) => c.id)).not.toContain('grp');
  });
});

describe('a maintenance whose status this version does not know (issue #15 item 9)', () => {
  const withMaintenance = (status: string): Json => {
    const summary = fixtureJson('summary') as Json;
    const raw = (fixtureJson('multipleModels') as Json)['incident'] as Json;
    summary['scheduled_maintenances'] = [
      { ...raw, id: 'mx', name: 'Database upgrade', status, impact: 'maintenance', scheduled_for: raw['created_at'] },
    ];
    return summary;
  };
  const parse = (json: Json) => {
    const result = parseSummary(json);
    if (!result.ok) throw new Error(result.error.detail);
    return result.value;
  };

  test('"in-progress" is kept as an active maintenance with status unknown: level maintenance, not ended', () => {
    expect(parse(withMaintenance('in_progress')).maintenances.active.map((m) => [m.id, m.status])).toEqual([
      ['mx', 'in_progress'],
    ]);
    const after = parse(withMaintenance('in-progress'));
    expect(after.maintenances.active.map((m) => [m.id, m.status])).toEqual([['mx', 'unknown']]);
    expect(after.maintenances.upcoming).toEqual([]);
    expect(overallLevel(after)).toBe('maintenance');
  });

  test('only "completed" ends a maintenance; scheduled stays upcoming', () => {
    expect(parse(withMaintenance('completed')).maintenances).toEqual({ active: [], upcoming: [] });
    expect(parse(withMaintenance('scheduled')).maintenances.upcoming.map((m) => m.id)).toEqual(['mx']);
  });
});
