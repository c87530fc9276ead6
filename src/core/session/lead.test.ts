import { expect, test, vi } from 'vitest';
import { mergeLocale } from '../../../scripts/locales';
import { makeIncident } from '../../../test/unit/core-builders';
import { createTranslator } from '../i18n';
import { addLeadRecord, incidentPostedAt, leadRecordFor, recordLeads } from './lead';
import { leadDuration } from './lead-duration';
import { MAX_LEAD_RECORDS, MAX_LEAD_TITLE, readLeadRecords } from './lead-record';
import type { SessionSignal } from './signal-record';

vi.mock('../models', () => import('../../../test/unit/fake-models'));

const tEn = createTranslator(mergeLocale('en'));
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
    title: 'Elevated errors',
    postedAt: T0 + 20 * MINUTE,
    leadMs: 20 * MINUTE,
  });
  expect(leadRecordFor(on, incidentPostedAtTime('abc', T0 - MINUTE))).toBeNull();
});

test('one record per incident, newest first, at most 20', () => {
  let records = Array.from({ length: 25 }, (_, i) => ({
    incidentId: `i${i}`,
    title: `Incident ${i}`,
    postedAt: T0 + i,
    leadMs: MINUTE,
  })).reduce(addLeadRecord, [] as ReturnType<typeof addLeadRecord>);
  expect(records).toHaveLength(MAX_LEAD_RECORDS);
  expect(records[0]!.incidentId).toBe('i24');
  records = addLeadRecord(records, { incidentId: 'i24', title: '', postedAt: 0, leadMs: 5 });
  expect(records[0]!.leadMs).toBe(MINUTE);
  expect(readLeadRecords(JSON.parse(JSON.stringify(records)))).toEqual(records);
});

test('stored records are checked field by field', () => {
  expect(
    readLeadRecords([
      { incidentId: 'ok1', postedAt: T0, leadMs: MINUTE, url: 'https://claude.ai/chat/x' },
      { incidentId: 'https://claude.ai/chat/x', postedAt: T0, leadMs: MINUTE },
      { incidentId: 'neg', postedAt: T0, leadMs: -1 },
      { incidentId: 'long', title: 'x'.repeat(100_000), postedAt: T0, leadMs: MINUTE },
      'junk',
      null,
    ]),
  ).toEqual([
    { incidentId: 'ok1', title: '', postedAt: T0, leadMs: MINUTE },
    { incidentId: 'long', title: 'x'.repeat(MAX_LEAD_TITLE), postedAt: T0, leadMs: MINUTE },
  ]);
  expect(readLeadRecords(null)).toEqual([]);
});

test('a long title is recorded clipped with an ellipsis, never half an emoji', () => {
  const name = `${'x'.repeat(MAX_LEAD_TITLE - 2)}\u{1F525} elevated errors`;
  const [record] = recordLeads([], on, [{ ...incidentPostedAtTime('long', T0 + 23 * MINUTE), name }]).added;
  expect(record?.title.length).toBeLessThanOrEqual(MAX_LEAD_TITLE);
  expect(record?.title).toBe(`${'x'.repeat(MAX_LEAD_TITLE - 2)}\u2026`);
});

test('incidents that open while the signal is on get a record; the others and repeats do not', () => {
  const seen = incidentPostedAtTime('seen', T0 + 23 * MINUTE);
  const before = incidentPostedAtTime('before', T0 - 5 * MINUTE);
  const first = recordLeads([], on, [seen, before]);
  expect(first.added.map((r) => [r.incidentId, leadDuration(r, tEn)])).toEqual([['seen', '23 min']]);
  expect(first.records).toEqual(first.added);
  // The same incident seen again (a later poll, a worker restart) is not recorded or announced twice.
  const again = recordLeads(first.records, on, [seen]);
  expect(again.added).toEqual([]);
  expect(again.records).toEqual(first.records);
});

test('within 30 minutes after the signal ended an incident still counts; later it does not', () => {
  const ended: SessionSignal = {
    on: false,
    episode: { firstErrorAt: T0, onAt: T0 + MINUTE, endedAt: T0 + 10 * MINUTE },
    clearedAt: T0 + 10 * MINUTE,
  };
  expect(recordLeads([], ended, [incidentPostedAtTime('a', T0 + 40 * MINUTE)]).added).toHaveLength(1);
  expect(recordLeads([], ended, [incidentPostedAtTime('b', T0 + 41 * MINUTE)]).added).toEqual([]);
  expect(recordLeads([], { on: false, episode: null, clearedAt: 0 }, [incidentPostedAtTime('c', T0)]).added).toEqual(
    [],
  );
});

test('a lead is said as every age is, never as less than a minute', () => {
  expect(leadDuration({ leadMs: 1_000 }, tEn)).toBe('1 min');
  expect(leadDuration({ leadMs: 23 * MINUTE + 40_000 }, tEn)).toBe('23 min');
  expect(leadDuration({ leadMs: 125 * MINUTE }, tEn)).toBe('2 h');
});
