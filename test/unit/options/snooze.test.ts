import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatSnoozeEnd, formatTimeOfDay, isSnoozed, snoozeEnd } from '../../../src/options/snooze';

const HOUR = 3_600_000;

describe('snoozeEnd', () => {
  // The local calendar is the process's: pin a zone with a daylight-saving change to test wall-clock 9:00.
  const previousTz = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Europe/Berlin';
  });
  afterEach(() => {
    process.env.TZ = previousTz;
  });

  it('adds one or four hours to now', () => {
    const now = new Date('2026-03-10T12:34:56Z');
    expect(snoozeEnd('hour', now)).toBe(now.getTime() + HOUR);
    expect(snoozeEnd('fourHours', now)).toBe(now.getTime() + 4 * HOUR);
  });

  it('ends tomorrow at 9:00 local time', () => {
    // 23:30 in Berlin (CET, UTC+1) on 10 March → 9:00 CET on 11 March = 08:00 UTC.
    expect(snoozeEnd('tomorrowMorning', new Date('2026-03-10T22:30:00Z'))).toBe(Date.parse('2026-03-11T08:00:00Z'));
    // 00:30 local on 11 March is already "today": tomorrow is 12 March.
    expect(snoozeEnd('tomorrowMorning', new Date('2026-03-10T23:30:00Z'))).toBe(Date.parse('2026-03-12T08:00:00Z'));
  });

  it('keeps 9:00 on the wall clock across the spring daylight-saving change', () => {
    // Clocks go forward in Berlin on 29 March 2026: 9:00 CEST is 07:00 UTC, only 23 hours after 9:00 CET.
    expect(snoozeEnd('tomorrowMorning', new Date('2026-03-28T20:00:00Z'))).toBe(Date.parse('2026-03-29T07:00:00Z'));
  });

  it('rolls over month and year ends', () => {
    expect(snoozeEnd('tomorrowMorning', new Date('2026-12-31T12:00:00Z'))).toBe(Date.parse('2027-01-01T08:00:00Z'));
  });
});

describe('isSnoozed', () => {
  it('agrees with the worker, which notifies once now >= snoozeUntil', () => {
    expect(isSnoozed(0, 1_000)).toBe(false);
    expect(isSnoozed(2_000, 1_999)).toBe(true);
    expect(isSnoozed(2_000, 2_000)).toBe(false);
  });
});

describe('formatting', () => {
  const until = Date.parse('2026-11-24T08:00:00Z');

  it('shows weekday, date and local time in the language and zone given', () => {
    expect(formatSnoozeEnd(until, 'en-GB', 'Europe/Berlin')).toBe('Tue 24 Nov, 9:00');
    expect(formatSnoozeEnd(until, 'de-DE', 'Europe/Berlin')).toBe('Di., 24. Nov., 9:00');
    expect(formatSnoozeEnd(until, 'ja-JP', 'Asia/Tokyo')).toBe('11月24日(火) 17:00');
    expect(formatTimeOfDay(until, 'en-US', 'Europe/Berlin')).toBe('9:00 AM');
  });

  it('does not throw on an absurd stored value', () => {
    expect(() => formatSnoozeEnd(Number.MAX_VALUE, 'en-GB')).not.toThrow();
  });
});
