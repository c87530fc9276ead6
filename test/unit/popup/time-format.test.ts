import { describe, expect, it } from 'vitest';
import { clockTime, dayKey, relativeTime, timeText, timeWindow } from '../../../src/ui/time-format';
import { ageLabel } from '../../../src/core/present';

const NOW = Date.parse('2026-05-22T06:35:00Z');
const MINUTE = 60_000;
const spaced = (text: string) => text.replace(/\s/g, ' ');

describe('relativeTime', () => {
  it.each([
    [-30_000, 'now'],
    [-59_999, 'now'],
    [-MINUTE, '1 minute ago'],
    [-(59 * MINUTE + 59_000), '59 minutes ago'],
    [-60 * MINUTE, '1 hour ago'],
    [-(47 * 60 * MINUTE), '47 hours ago'],
    [-(48 * 60 * MINUTE), '2 days ago'],
    [90 * MINUTE, 'in 1 hour'],
  ])('%d ms → %s', (offset, text) => {
    expect(relativeTime(NOW + offset, NOW, 'en')).toBe(text);
  });

  it('speaks the UI language', () => {
    expect(relativeTime(NOW - 5 * MINUTE, NOW, 'de')).toBe('vor 5 Minuten');
    expect(relativeTime(NOW - 5 * MINUTE, NOW, 'ja')).toBe('5 分前');
  });
});

describe('clock and absolute times in the user time zone', () => {
  it('shows only the time on the same local day, the date too on another', () => {
    expect(clockTime(Date.parse('2026-05-22T04:16:00Z'), NOW, 'en', 'UTC')).toBe('4:16 AM');
    // 04:16 UTC is still the 21st in Los Angeles, where it is now the 21st too (23:35).
    expect(clockTime(Date.parse('2026-05-22T04:16:00Z'), NOW, 'en', 'America/Los_Angeles')).toBe('9:16 PM');
    expect(clockTime(Date.parse('2026-05-21T04:16:00Z'), NOW, 'en', 'UTC')).toBe('May 21, 4:16 AM');
  });

  it('gives the full date with the zone for the title, and an ISO for dateTime', () => {
    expect(timeText('2026-05-22T04:16:42.159Z', NOW, 'ja', 'Asia/Tokyo')).toEqual({
      iso: '2026-05-22T04:16:42.159Z',
      relative: '2 時間前',
      clock: '13:16',
      absolute: '2026年5月22日 13:16 JST',
    });
  });

  it('shows an unparsable remote timestamp as served instead of "Invalid Date"', () => {
    expect(timeText('not a date', NOW, 'en')).toEqual({
      iso: '',
      relative: 'not a date',
      clock: 'not a date',
      absolute: 'not a date',
    });
  });

  it('computes calendar days in the given zone', () => {
    expect(dayKey(Date.parse('2026-05-22T23:30:00Z'), 'UTC')).toBe('2026-05-22');
    expect(dayKey(Date.parse('2026-05-22T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-05-23');
  });

  it('formats a maintenance window as a local range, or its start when the end is missing', () => {
    expect(spaced(timeWindow('2026-09-27T16:00:00.000Z', '2026-09-27T18:00:00.000Z', 'en', 'UTC'))).toBe(
      'Sep 27, 4:00 – 6:00 PM UTC',
    );
    expect(spaced(timeWindow('2026-09-27T16:00:00.000Z', '', 'en', 'UTC'))).toBe('Sep 27, 4:00 PM UTC');
    expect(timeWindow('garbage', '', 'en', 'UTC')).toBe('garbage');
  });
});

describe('the popup and the badge round an age the same way', () => {
  // One rule (core/present ageUnit) behind both texts: the popup's "47 hours ago" and the tooltip's
  // "47 h" must never disagree about the number, at any boundary or between them.
  const translate = (key: string, subs?: string[]) => `${key}:${subs?.join() ?? ''}`;
  it.each([
    0,
    59_999,
    MINUTE,
    61 * MINUTE - 1,
    60 * MINUTE,
    47.99 * 60 * MINUTE,
    48 * 60 * MINUTE,
    100 * 24 * 60 * MINUTE,
  ])('an age of %d ms', (age) => {
    const popup = relativeTime(NOW - age, NOW, 'en');
    const badge = ageLabel(age, translate);
    const popupCount = /\d+/.exec(popup)?.[0] ?? null;
    const badgeCount = /:(\d+)/.exec(badge)?.[1] ?? null;
    expect(popupCount).toBe(badgeCount);
    expect(popup === 'now').toBe(badge === 'ageUnderMinute:');
  });
});
