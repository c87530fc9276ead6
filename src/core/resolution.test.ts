import { describe, expect, test } from 'vitest';
import { healthyData, makeIncident, makeSnapshot } from '../../test/unit/core-builders';
import { reconcileDeparted, type DepartedAnswer } from './reconcile';
import { isRecentlyResolved, knownIncidents, RECENTLY_RESOLVED_MS, resolvedSince } from './resolution';

const NOW = Date.parse('2026-11-23T10:00:00Z');
const open = makeIncident({ id: 'a' });
const resolvedCopy = makeIncident({ id: 'a', status: 'resolved', resolvedAt: '2026-11-23T09:59:00Z' });

describe('reconcileDeparted', () => {
  const run = (answer: DepartedAnswer | undefined, previous = open) =>
    reconcileDeparted(healthyData(), [previous], new Map(answer ? [['a', answer]] : []));

  test('its own page says resolved → resolved, out of the open list', () => {
    const { data, resolved } = run({ kind: 'found', incident: resolvedCopy });
    expect(data.incidents).toEqual([]);
    expect(resolved).toEqual([resolvedCopy]);
  });

  test('postmortem counts as resolved', () => {
    const postmortem = { ...resolvedCopy, status: 'postmortem' as const };
    expect(run({ kind: 'found', incident: postmortem }).resolved).toEqual([postmortem]);
  });

  test('its own page says still open → stays open, with the fresher copy', () => {
    const fresher = makeIncident({ id: 'a', status: 'identified' });
    const { data, resolved } = run({ kind: 'found', incident: fresher });
    expect(data.incidents).toEqual([fresher]);
    expect(resolved).toEqual([]);
  });

  test('no answer (failed lookup, or none asked) → the last copy stands', () => {
    expect(run({ kind: 'unknown' }).data.incidents).toEqual([open]);
    expect(run(undefined).data.incidents).toEqual([open]);
    expect(run({ kind: 'unknown' }, resolvedCopy)).toMatchObject({ data: { incidents: [] }, resolved: [resolvedCopy] });
  });

  test('gone (404) → dropped, and not called resolved', () => {
    expect(run({ kind: 'gone' })).toEqual({ data: healthyData(), resolved: [] });
  });
});

describe('isRecentlyResolved', () => {
  test('counts from when this device saw it end, else from resolved_at', () => {
    expect(
      isRecentlyResolved({ ...resolvedCopy, resolvedAt: '2024-01-30T04:00:00Z', seenResolvedAt: NOW - 1000 }, NOW),
    ).toBe(true);
    expect(isRecentlyResolved({ ...resolvedCopy, resolvedAt: '2024-01-30T04:00:00Z' }, NOW)).toBe(false);
    expect(isRecentlyResolved(resolvedCopy, NOW)).toBe(true);
    expect(isRecentlyResolved({ ...resolvedCopy, seenResolvedAt: NOW - RECENTLY_RESOLVED_MS }, NOW)).toBe(false);
  });

  test('a stamp of unknown age (far "in the future", or unreadable) is not recent', () => {
    expect(isRecentlyResolved({ ...resolvedCopy, seenResolvedAt: NOW + 3_600_000 }, NOW)).toBe(false);
    expect(isRecentlyResolved({ ...resolvedCopy, resolvedAt: 'not a date' }, NOW)).toBe(false);
  });

  test('an unreadable or empty stamp is NaN, never a time: not recent, and it does not fall back further', () => {
    expect(resolvedSince({ ...resolvedCopy, resolvedAt: 'not a date' })).toBeNaN();
    // An empty resolved_at is read as it is, not replaced by the last update's time.
    expect(resolvedSince({ ...resolvedCopy, resolvedAt: '', lastUpdateAt: '2026-11-23T09:59:00Z' })).toBeNaN();
    expect(isRecentlyResolved({ ...resolvedCopy, resolvedAt: '' }, NOW)).toBe(false);
    expect(resolvedSince({ ...resolvedCopy, resolvedAt: null, lastUpdateAt: '2026-11-23T09:59:00Z' })).toBe(
      NOW - 60_000,
    );
  });
});

describe('knownIncidents', () => {
  test("the summary's incidents, then the recently resolved ones", () => {
    const listed = makeIncident({ id: 'b', status: 'resolved' });
    const kept = makeIncident({ id: 'c', status: 'resolved' });
    const snapshot = makeSnapshot({ ...healthyData(), incidents: [open, listed] }, { recentlyResolved: [kept] });
    expect(knownIncidents(snapshot)).toEqual([open, listed, kept]);
  });

  test("a search finds the summary's copy before the kept one", () => {
    const snapshot = makeSnapshot({ ...healthyData(), incidents: [open] }, { recentlyResolved: [resolvedCopy] });
    expect(knownIncidents(snapshot).find((incident) => incident.id === 'a')).toBe(open);
  });

  test('without data, the kept ones; without a snapshot, none', () => {
    expect(knownIncidents(makeSnapshot(null, { recentlyResolved: [resolvedCopy] }))).toEqual([resolvedCopy]);
    expect(knownIncidents(undefined)).toEqual([]);
  });
});
