import { expect, test, vi } from 'vitest';
import { makeIncident } from '../../../test/unit/core-builders';
import { addLeadRecord, incidentPostedAt, leadRecordFor, MAX_LEAD_RECORDS, readLeadRecords } from './lead';
import type { SessionSignal } from './signal';

vi.mock('../models', () => import('../../../test/unit/fake-models'));

const T0 = Date.UTC(2026, 4, 22, 12, 0, 0);
const MINUTE = 60_000;
const on: SessionSignal = { on: true, episode: { firstErrorAt: T0, onAt: T0 + MINUTE, endedAt: null }, clearedAt: 0 };

function incidentPostedAtTime(id: string, at: number) {
  const update = {
    id: 'u1',
    status: 'investigating',
    body: 'Investigating',
    displayAt: new Date(at).toISOString(),
    affectedComponents: null,
  } as const;
  return makeIncident({ id, startedAt: new Date(at - 30 * MINUTE).toISOString(), updates: [update] });
}

test('the page posted at its oldest update, not at a backdated start', () => {
  const incident = incidentPostedAtTime('p0mgnjv3bj97', T0 + 20 * MINUTE);
  expect(incidentPostedAt(incident)).toBe(T0 + 20 * MINUTE);
  expect(incidentPostedAt(makeIncident({ updates: [], startedAt: new Date(T0).toISOString() }))).toBe(T0);
});

test('a record says how much earlier the session saw errors', () => {
  expect(leadRecordFor(on, incidentPostedAtTime('p0mgnjv3bj97', T0 + 20 * MINUTE))).toEqual({
    incidentId: 'p0mgnjv3bj97',
    postedAt: T0 + 20 * MINUTE,
    leadMs: 20 * MINUTE,
  });
  expect(leadRecordFor(on, incidentPostedAtTime('abc', T0 - MINUTE))).toBeNull();
});

test('one record per incident, newest first, at most 20', () => {
  let records = Array.from({ length: 25 }, (_, i) => ({
    incidentId: `i${i}`,
    postedAt: T0 + i,
    leadMs: MINUTE,
  })).reduce(addLeadRecord, [] as ReturnType<typeof addLeadRecord>);
  expect(records).toHaveLength(MAX_LEAD_RECORDS);
  expect(records[0]!.incidentId).toBe('i24');
  records = addLeadRecord(records, { incidentId: 'i24', postedAt: 0, leadMs: 5 });
  expect(records[0]!.leadMs).toBe(MINUTE);
  expect(readLeadRecords(JSON.parse(JSON.stringify(records)))).toEqual(records);
});

test('stored records are checked field by field', () => {
  expect(
    readLeadRecords([
      { incidentId: 'ok1', postedAt: T0, leadMs: MINUTE, url: 'https://claude.ai/chat/x' },
      { incidentId: 'https://claude.ai/chat/x', postedAt: T0, leadMs: MINUTE },
      { incidentId: 'neg', postedAt: T0, leadMs: -1 },
      'junk',
    ]),
  ).toEqual([{ incidentId: 'ok1', postedAt: T0, leadMs: MINUTE }]);
  expect(readLeadRecords(null)).toEqual([]);
});
