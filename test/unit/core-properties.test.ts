// Property tests: whatever arrives from the network, parsing never throws and never says "operational"
// unless the payload really says so. The oracle below reads the raw JSON on its own, without core code.
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { runs } from './property-runs';
import { overallLevel, incidentLevel } from '../../src/core/level';
import { classifyResponse } from '../../src/core/response';
import { parseIncident, parseIncidents, parseStatus, parseSummary } from '../../src/core/parse';
import { anyJsonValue, anyString, rawSummary } from './arbitraries';
import { fixtureJson, fixtureText, INCIDENT_FIXTURES } from './core-fixtures';

vi.mock('../../src/core/models', () => import('./fake-models'));

const RUNS = runs(400);
const OPEN_STATUSES = new Set(['resolved', 'postmortem']);
// Only these say a maintenance is not under way; any other string may be one (issue #15 item 9).
const NOT_UNDER_WAY = new Set(['scheduled', 'completed']);
const KNOWN_COMPONENT_STATUSES = new Set([
  'operational',
  'under_maintenance',
  'degraded_performance',
  'partial_outage',
  'major_outage',
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, key: string): unknown =>
  isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;

/** Does this raw summary really describe an all-clear? */
function reallyOperational(json: unknown): boolean {
  return (
    field(field(json, 'status'), 'indicator') === 'none' &&
    list(field(json, 'components')).every((c) => field(c, 'status') === 'operational') &&
    list(field(json, 'incidents')).every((i) => OPEN_STATUSES.has(field(i, 'status') as string)) &&
    list(field(json, 'scheduled_maintenances')).every((m) => NOT_UNDER_WAY.has(field(m, 'status') as string))
  );
}

function checkSummary(json: unknown): void {
  const result = parseSummary(json);
  if (result.ok && overallLevel(result.value) === 'operational') expect(reallyOperational(json)).toBe(true);
  if (!result.ok) expect(result.error.kind).toBe('schema');
}

const everyParser = [parseSummary, parseStatus, parseIncident, parseIncidents];

describe('any value', () => {
  test('no parser throws on any JSON value; summary/status are operational only when the payload says so', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), anyJsonValue), (json) => {
        for (const parse of everyParser) expect(() => parse(json)).not.toThrow();
        checkSummary(json);
        const status = parseStatus(json);
        if (status.ok && status.value.indicator === 'operational') {
          expect(field(field(json, 'status'), 'indicator')).toBe('none');
        }
      }),
      RUNS,
    );
  });

  test('classifyResponse never throws on any text and status', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.dictionary(fc.string(), fc.string()),
        fc.oneof(fc.string(), fc.json()),
        (status, headers, bodyText) => {
          expect(() => classifyResponse({ status, headers, bodyText, at: 0 })).not.toThrow();
        },
      ),
      RUNS,
    );
  });
});

const summaryShaped = rawSummary(field(fixtureJson('summary'), 'page'));

test('summary-shaped payloads with random enums: operational only for a real all-clear', () => {
  fc.assert(
    fc.property(summaryShaped, (json) => {
      const result = parseSummary(json);
      expect(result.ok).toBe(true);
      checkSummary(json);
      if (result.ok) for (const open of result.value.incidents) expect(incidentLevel(open)).not.toBe('operational');
    }),
    RUNS,
  );
});

// ---- Mutations of the real captures -------------------------------------------------------------------

type Path = (string | number)[];

function paths(value: unknown, prefix: Path = []): Path[] {
  const here: Path[] = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (isRecord(value)) return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

type Mutation = { kind: 'delete' } | { kind: 'replace'; value: unknown } | { kind: 'string'; value: string };

function mutate(root: unknown, path: Path, mutation: Mutation): void {
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const last = path.at(-1)!;
  const container = parent as Record<string | number, unknown>;
  if (mutation.kind === 'delete') {
    if (Array.isArray(container)) container.splice(last as number, 1);
    else delete container[last];
  } else {
    container[last] = mutation.value;
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'delete' }),
  fc.oneof(fc.jsonValue(), anyJsonValue).map<Mutation>((value) => ({ kind: 'replace', value })),
  fc.oneof(fc.string(), anyString()).map<Mutation>((value) => ({ kind: 'string', value })),
);

describe('mutations of the real payloads', () => {
  const withIncident = (): unknown => {
    const json = fixtureJson('summary') as Record<string, unknown>;
    const open = field(fixtureJson('multipleModels'), 'incident') as Record<string, unknown>;
    json['incidents'] = [{ ...open, status: 'monitoring' }];
    return json;
  };

  test.each([
    ['healthy summary', () => fixtureJson('summary')],
    ['summary with an open incident', withIncident],
  ])('%s: one random mutation never throws, operational only for a real all-clear', (_name, make) => {
    const template = make();
    const allPaths = paths(template);
    fc.assert(
      fc.property(fc.nat(allPaths.length - 1), mutation, (index, m) => {
        const json = structuredClone(template);
        mutate(json, allPaths[index]!, m);
        expect(() => parseSummary(json)).not.toThrow();
        checkSummary(json);
      }),
      RUNS,
    );
  });

  test('a component status or the indicator turned into an unknown string is never operational', () => {
    const unknownString = fc.string().filter((s) => !KNOWN_COMPONENT_STATUSES.has(s) && s !== 'none');
    fc.assert(
      fc.property(fc.nat(5), unknownString, fc.boolean(), (index, value, indicator) => {
        const json = fixtureJson('summary') as Record<string, unknown>;
        if (indicator) (json['status'] as Record<string, unknown>)['indicator'] = value;
        else (list(json['components'])[index] as Record<string, unknown>)['status'] = value;
        const result = parseSummary(json);
        expect(result.ok).toBe(true);
        if (result.ok) expect(overallLevel(result.value)).not.toBe('operational');
      }),
      RUNS,
    );
  });

  test.each(INCIDENT_FIXTURES)(
    'incident %s: random mutations never throw; unknown new_status stays unknown',
    (name) => {
      const template = fixtureJson(name);
      const allPaths = paths(template);
      fc.assert(
        fc.property(fc.nat(allPaths.length - 1), mutation, (index, m) => {
          const json = structuredClone(template);
          mutate(json, allPaths[index]!, m);
          expect(() => parseIncident(json)).not.toThrow();
          const result = parseIncident(json);
          if (!result.ok) return;
          for (const c of result.value.affectedComponents) {
            expect([...KNOWN_COMPONENT_STATUSES, 'unknown']).toContain(c.status);
          }
          // The newest update decides (the first mention of an id, should a mutation duplicate one).
          const newest = result.value.updates[0];
          const firstMention = new Map<string, string>();
          for (const change of newest?.affectedComponents ?? []) {
            if (!firstMention.has(change.id)) firstMention.set(change.id, change.newStatus);
          }
          for (const [id, status] of firstMention) {
            expect(result.value.affectedComponents.find((c) => c.id === id)?.status).toBe(status);
          }
        }),
        RUNS,
      );
    },
  );

  test('the real texts survive classifyResponse byte-exact', () => {
    for (const name of ['summary', 'status', ...INCIDENT_FIXTURES] as const) {
      const result = classifyResponse({ status: 200, headers: {}, bodyText: fixtureText(name), at: 0 });
      expect(result.ok && !result.notModified && result.value).toEqual(fixtureJson(name));
    }
  });
});
