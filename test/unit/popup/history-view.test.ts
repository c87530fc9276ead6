import type { PollError, PollErrorKind } from '../../../src/core/types';
import { describe, expect, it } from 'vitest';
import { historyErrorText, historyView, lastDayKeys } from '../../../src/popup/history-view';
import { MINUTE, ctxAt, incidentOf, p0Step, tEn } from './builders';

const HOUR = 60 * MINUTE;

describe('lastDayKeys', () => {
  it('gives seven calendar days ending today in the user zone, oldest first', () => {
    expect(lastDayKeys(Date.parse('2026-05-22T06:35:00Z'), 7, 'UTC')).toEqual([
      '2026-05-16',
      '2026-05-17',
      '2026-05-18',
      '2026-05-19',
      '2026-05-20',
      '2026-05-21',
      '2026-05-22',
    ]);
    // Already the 23rd in Auckland.
    expect(lastDayKeys(Date.parse('2026-05-22T20:00:00Z'), 7, 'Pacific/Auckland').at(-1)).toBe('2026-05-23');
  });

  it('has no gap or duplicate across a daylight-saving change', () => {
    expect(lastDayKeys(Date.parse('2026-04-01T10:00:00Z'), 7, 'Europe/Berlin')).toEqual([
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
    ]);
  });
});

describe('historyView', () => {
  const p0 = incidentOf('multipleModels'); // 2026-05-22 04:16–08:50 UTC, major
  const critical = incidentOf('manyModels'); // 2025-12-14, critical
  const backfilled = incidentOf('backfilled'); // 2024-01-30, impact none, ends "before" it starts

  it('marks the day of p0mgnjv3bj97 with its impact and leaves the other days clear', () => {
    const now = Date.parse('2026-05-24T12:00:00Z');
    const view = historyView({ fetchedAt: now - 2 * HOUR, incidents: [p0, critical, backfilled] }, [], ctxAt(now));
    expect(view.days.map((day) => [day.key, day.level, day.count])).toEqual([
      ['2026-05-18', null, 0],
      ['2026-05-19', null, 0],
      ['2026-05-20', null, 0],
      ['2026-05-21', null, 0],
      ['2026-05-22', 'major', 1],
      ['2026-05-23', null, 0],
      ['2026-05-24', null, 0],
    ]);
    expect(view.days[4]).toMatchObject({ label: 'Fri', description: 'Friday, May 22: Major impact (incidents: 1)' });
    expect(view.days[0]?.description).toBe('Monday, May 18: no incidents');
    expect(view.incidents).toEqual([
      {
        id: 'p0mgnjv3bj97',
        title: 'Elevated error rate on multiple models',
        level: 'major',
        impactText: 'Major impact',
        started: expect.objectContaining({ relative: '2 days ago', iso: '2026-05-22T04:16:42.159Z' }),
        url: 'https://status.claude.com/incidents/p0mgnjv3bj97',
      },
    ]);
    expect(view.fetched.relative).toBe('2 hours ago');
  });

  it('counts an incident on every local day it was open: 21:16–01:50 in Los Angeles spans two days', () => {
    const now = Date.parse('2026-05-24T12:00:00Z');
    const view = historyView({ fetchedAt: now, incidents: [p0] }, [], ctxAt(now, { timeZone: 'America/Los_Angeles' }));
    expect(view.days.filter((day) => day.level !== null).map((day) => day.key)).toEqual(['2026-05-21', '2026-05-22']);
  });

  it('names the worst impact of the day and counts every incident', () => {
    const sameDay = { ...critical, startedAt: '2026-05-22T10:00:00.000Z', resolvedAt: '2026-05-22T11:00:00.000Z' };
    const now = Date.parse('2026-05-22T20:00:00Z');
    const view = historyView({ fetchedAt: now, incidents: [p0, sameDay] }, [], ctxAt(now));
    expect(view.days.at(-1)).toMatchObject({
      level: 'critical',
      count: 2,
      description: 'Friday, May 22: Critical impact (incidents: 2)',
    });
    expect(view.incidents.map((row) => row.id)).toEqual(['9g6qpr72ttbr', 'p0mgnjv3bj97']);
  });

  it('lets the snapshot copy of an incident replace the older history copy (no double count)', () => {
    const { snapshot, at } = p0Step(5);
    const open = snapshot.data!.incidents[0]!;
    const now = at + 2 * MINUTE;
    const view = historyView({ fetchedAt: now - 3 * HOUR, incidents: [p0] }, [open], ctxAt(now));
    expect(view.days.at(-1)).toMatchObject({ level: 'major', count: 1 });
  });

  it('keeps an open incident on every day up to today', () => {
    const open = { ...p0, status: 'monitoring' as const, resolvedAt: null };
    const now = Date.parse('2026-05-24T12:00:00Z');
    const view = historyView({ fetchedAt: now, incidents: [] }, [open], ctxAt(now));
    expect(view.days.filter((day) => day.level !== null).map((day) => day.key)).toEqual([
      '2026-05-22',
      '2026-05-23',
      '2026-05-24',
    ]);
  });

  it('shows the backfilled incident (ends before it starts, impact none) on its one day, never as operational', () => {
    const now = Date.parse('2024-01-31T12:00:00Z');
    const view = historyView({ fetchedAt: now, incidents: [backfilled] }, [], ctxAt(now));
    const day = view.days.find((cell) => cell.key === '2024-01-30');
    expect(day).toMatchObject({
      level: 'minor',
      count: 1,
      description: 'Tuesday, January 30: No impact stated (incidents: 1)',
    });
    expect(view.days.filter((cell) => cell.count > 0)).toHaveLength(1);
  });

  it('has seven clear days and no rows when nothing happened', () => {
    const now = Date.parse('2026-09-27T15:00:00Z');
    const view = historyView({ fetchedAt: now, incidents: [p0, critical] }, [], ctxAt(now));
    expect(view.days).toHaveLength(7);
    expect(view.days.every((day) => day.level === null)).toBe(true);
    expect(view.incidents).toEqual([]);
  });
});

describe('historyErrorText', () => {
  const error = (kind: PollErrorKind, status?: number): PollError => ({ kind, status, detail: 'x', at: 0 });
  it.each([
    [error('timeout'), 'The status page took too long to answer.'],
    [error('waf-challenge'), 'The status page asked for a browser check.'],
    [error('http'), 'The status page answered with an error.'],
    [error('http', 503), 'The status page answered with an error (HTTP 503).'],
    [error('network'), 'The connection to the status page failed.'],
    [null, "The status page didn't answer."],
  ])('%o → %s', (reason, text) => {
    expect(historyErrorText(reason, tEn)).toBe(text);
  });
});
