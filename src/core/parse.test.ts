import { describe, expect, test, vi } from 'vitest';
import { fixtureJson, INCIDENT_FIXTURES } from '../../test/unit/core-fixtures';
import { parseIncident, parseIncidents, parseStatus, parseSummary, type SchemaError } from './parse';
import type { Result } from './result';

vi.mock('./models', () => import('../../test/unit/fake-models'));

type Json = Record<string, unknown>;
const summary = (): Json => fixtureJson('summary') as Json;
const components = (json: Json): Json[] => json['components'] as Json[];

function detailOf<T>(result: Result<T, SchemaError>): string {
  if (result.ok) throw new Error('expected a schema error');
  expect(result.error.kind).toBe('schema');
  return result.error.detail;
}

describe('real captures', () => {
  test('healthy summary parses, six components in page order, nothing open', () => {
    const result = parseSummary(fixtureJson('summary'));
    if (!result.ok) throw new Error(result.error.detail);
    const data = result.value;
    expect(data.page).toEqual({
      id: 'tymt9n04zgry',
      name: 'Claude',
      url: 'https://status.claude.com',
      updatedAt: '2026-09-27T14:59:31.887Z',
    });
    expect(data.indicator).toBe('operational');
    expect(data.description).toBe('All Systems Operational');
    expect(data.components.map((c) => c.id)).toEqual([
      'rwppv331jlwc',
      '0qbwn08sd68x',
      'k8w3r06qmzrp',
      'yyzkbfz2thpt',
      'bpp5gb3hpjcl',
      '0scnb50nvy53',
    ]);
    expect(data.components.every((c) => c.status === 'operational')).toBe(true);
    expect(data.incidents).toEqual([]);
    expect(data.maintenances).toEqual({ active: [], upcoming: [] });
  });

  test('status.json parses', () => {
    const result = parseStatus(fixtureJson('status'));
    expect(result).toEqual({
      ok: true,
      value: {
        page: {
          id: 'tymt9n04zgry',
          name: 'Claude',
          url: 'https://status.claude.com',
          updatedAt: '2026-08-09T13:08:44.230Z',
        },
        indicator: 'operational',
        description: 'All Systems Operational',
      },
    });
  });

  test.each(INCIDENT_FIXTURES)('incident %s parses', (name) => {
    expect(parseIncident(fixtureJson(name)).ok).toBe(true);
  });

  test('incidents.json shape: newest first whatever the served order', () => {
    const incidents = INCIDENT_FIXTURES.map((name) => (fixtureJson(name) as Json)['incident']);
    const result = parseIncidents({ page: summary()['page'], incidents });
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.map((i) => i.id)).toEqual(['p0mgnjv3bj97', '9g6qpr72ttbr', 'sn3y911gkt0r', '3667134hg62q']);
  });
});

describe('maintenances', () => {
  const maintenance = (id: string, status: string, scheduledFor: string): Json => ({
    id,
    name: `Maintenance ${id}`,
    status,
    impact: 'maintenance',
    created_at: '2026-09-01T00:00:00.000Z',
    scheduled_for: scheduledFor,
    scheduled_until: '2026-09-30T02:00:00.000Z',
    incident_updates: [],
    components: [{ id: 'rwppv331jlwc', name: 'old name', status: 'under_maintenance' }],
  });

  test('split into active (in_progress, verifying) and upcoming (scheduled), soonest first', () => {
    const json = summary();
    json['scheduled_maintenances'] = [
      maintenance('late', 'scheduled', '2026-10-02T00:00:00.000Z'),
      maintenance('soon', 'scheduled', '2026-10-01T00:00:00.000Z'),
      maintenance('now', 'in_progress', '2026-09-29T00:00:00.000Z'),
      maintenance('checking', 'verifying', '2026-09-28T00:00:00.000Z'),
      maintenance('done', 'completed', '2026-09-01T00:00:00.000Z'),
    ];
    const result = parseSummary(json);
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.maintenances.active.map((m) => m.id)).toEqual(['checking', 'now']);
    expect(result.value.maintenances.upcoming.map((m) => m.id)).toEqual(['soon', 'late']);
    expect(result.value.maintenances.active[0]?.url).toBe('https://status.claude.com/incidents/checking');
  });

  test('in summary.json, component names come from the page list', () => {
    const json = summary();
    json['scheduled_maintenances'] = [maintenance('now', 'in_progress', '2026-09-29T00:00:00.000Z')];
    const result = parseSummary(json);
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.maintenances.active[0]?.components).toEqual([
      { id: 'rwppv331jlwc', name: 'claude.ai', status: 'under_maintenance' },
    ]);
  });
});

describe('strict where it matters', () => {
  test.each([
    [
      'component status a number',
      (j: Json) => (components(j)[2]!['status'] = 5),
      'components[2].status: expected string',
    ],
    ['component id missing', (j: Json) => delete components(j)[0]!['id'], 'components[0].id: missing'],
    ['component id empty', (j: Json) => (components(j)[1]!['id'] = ''), 'components[1].id'],
    ['components not an array', (j: Json) => (j['components'] = {}), 'components: expected Array'],
    ['incidents missing', (j: Json) => delete j['incidents'], 'incidents: missing'],
    ['indicator null', (j: Json) => ((j['status'] as Json)['indicator'] = null), 'status.indicator: expected string'],
    ['page url missing', (j: Json) => delete (j['page'] as Json)['url'], 'page.url: missing'],
  ])('%s fails with the path', (_name, mutate, expected) => {
    const json = summary();
    mutate(json);
    expect(detailOf(parseSummary(json))).toContain(expected);
  });

  test('not an object at all', () => {
    expect(detailOf(parseSummary('<html>'))).toMatch(/^\(root\): expected Object/);
    expect(detailOf(parseSummary(null))).toMatch(/^\(root\)/);
  });

  test('an update with affected_components as an object fails with its path', () => {
    const json = fixtureJson('multipleModels') as Json;
    const updates = (json['incident'] as Json)['incident_updates'] as Json[];
    updates[3]!['affected_components'] = { code: 'x' };
    expect(detailOf(parseIncident(json))).toContain('incident.incident_updates[3].affected_components');
  });
});

describe('lenient where real data varies', () => {
  test('null components, null body, missing optional fields, extra keys', () => {
    const json = fixtureJson('multipleModels') as Json;
    const incident = json['incident'] as Json;
    incident['components'] = null;
    incident['started_at'] = undefined;
    incident['shortlink'] = 42;
    incident['brand_new_field'] = { anything: true };
    const updates = incident['incident_updates'] as Json[];
    updates[0]!['body'] = null;
    delete updates[1]!['display_at'];
    const result = parseIncident(json);
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.shortlink).toBeNull();
    expect(result.value.startedAt).toBe('2026-05-22T04:16:42.169Z'); // created_at
    expect(result.value.updates[0]?.body).toBe('');
    expect(result.value.updates[1]?.displayAt).toBe('2026-05-22T06:32:50.735Z'); // created_at
    expect(result.value).not.toHaveProperty('brand_new_field');
  });

  test('cosmetic fields of the wrong type do not fail the poll', () => {
    const json = summary();
    components(json)[0]!['position'] = 'first';
    components(json)[1]!['group'] = 'no';
    expect(parseSummary(json).ok).toBe(true);
  });

  test('unknown enum strings are accepted and mapped to unknown, never operational', () => {
    const json = summary();
    components(json)[3]!['status'] = 'melting';
    (json['status'] as Json)['indicator'] = 'purple';
    const result = parseSummary(json);
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.components[3]?.status).toBe('unknown');
    expect(result.value.indicator).toBe('unknown');
  });

  test('enum strings that are Object.prototype keys are unknown too', () => {
    const json = summary();
    components(json)[0]!['status'] = 'constructor';
    (json['status'] as Json)['indicator'] = '__proto__';
    const result = parseSummary(json);
    expect(result.ok && [result.value.components[0]?.status, result.value.indicator]).toEqual(['unknown', 'unknown']);
  });

  test('a non-https page url does not become a link', () => {
    const json = summary();
    (json['page'] as Json)['url'] = 'javascript:alert(1)';
    const result = parseSummary(json);
    expect(result.ok && result.value.page.url).toBe('https://status.claude.com');
  });

  test('a trailing slash on the page url does not double in incident urls', () => {
    const json = fixtureJson('backfilled') as Json;
    (json['page'] as Json)['url'] = 'https://anthropic.statuspage.io/';
    const result = parseIncident(json);
    expect(result.ok && result.value.url).toBe('https://anthropic.statuspage.io/incidents/3667134hg62q');
  });
});
