// Dates and times for the views, always through Intl in the UI language and the user's time zone. The clock
// and the time zone are parameters so tests (and the options page) get the same text for the same input.

import { epochOf } from '../core/epoch';
import { ageUnit, HOUR, MINUTE } from '../core/present';

/** One instant, ready for <time dateTime={iso} title={absolute}>. */
export interface TimeText {
  /** Machine-readable (the dateTime attribute); '' when the input did not parse. */
  iso: string;
  /** "5 minutes ago", "in 2 hours", "now". */
  relative: string;
  /** Short local clock: "14:05" today, "21 May, 14:05" on another day. */
  clock: string;
  /** Full local date and time with the zone: "21 May 2026, 14:05 CEST". */
  absolute: string;
}

/** Epoch ms of an ISO string or epoch number; null when it does not parse. */
export function toEpoch(value: string | number): number | null {
  if (typeof value === 'string') return epochOf(value);
  return Number.isFinite(value) ? value : null;
}

/** "5 minutes ago", "in 2 hours"; under a minute is "now". Rounded by core's ageUnit, as the badge's ageLabel. */
export function relativeTime(at: number, now: number, lang: string): string {
  const diff = at - now;
  const unit = ageUnit(Math.abs(diff));
  if (!unit) return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(0, 'second');
  const count = Math.floor(Math.abs(diff) / unit);
  return new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(
    diff < 0 ? -count : count,
    unit === MINUTE ? 'minute' : unit === HOUR ? 'hour' : 'day',
  );
}

/** "2026-09-27" for the calendar day of `at` in `timeZone` (undefined = the user's). */
export function dayKey(at: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "21 May, 14:05": the date and time every view shows; the clock drops the date on the same day. */
const DATE_AND_TIME: Intl.DateTimeFormatOptions = {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
};
/** The same with the zone, where the reader may compare it with other clocks: "21 May, 14:05 CEST". */
const DATE_TIME_ZONE: Intl.DateTimeFormatOptions = { ...DATE_AND_TIME, timeZoneName: 'short' };

/** Hour and minute when `at` is on the same local day as `now`, else date and time. */
export function clockTime(at: number, now: number, lang: string, timeZone?: string): string {
  const sameDay = dayKey(at, timeZone) === dayKey(now, timeZone);
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: 'numeric', minute: '2-digit', timeZone }
    : { ...DATE_AND_TIME, timeZone };
  return new Intl.DateTimeFormat(lang, options).format(at);
}

export function absoluteTime(at: number, lang: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang, { year: 'numeric', ...DATE_TIME_ZONE, timeZone }).format(at);
}

/** A remote timestamp that does not parse is shown as served rather than dropped or turned into "Invalid Date". */
export function timeText(value: string | number, now: number, lang: string, timeZone?: string): TimeText {
  const at = toEpoch(value);
  if (at === null) {
    const raw = String(value);
    return { iso: '', relative: raw, clock: raw, absolute: raw };
  }
  return {
    iso: new Date(at).toISOString(),
    relative: relativeTime(at, now, lang),
    clock: clockTime(at, now, lang, timeZone),
    absolute: absoluteTime(at, lang, timeZone),
  };
}

/** "27 Sep, 12:00 – 14:00 GMT+2": a maintenance window in local time; the start alone when the end is unknown. */
export function timeWindow(start: string, end: string, lang: string, timeZone?: string): string {
  const from = toEpoch(start);
  if (from === null) return start;
  const format = new Intl.DateTimeFormat(lang, { ...DATE_TIME_ZONE, timeZone });
  const to = end ? toEpoch(end) : null;
  return to !== null && to >= from ? format.formatRange(from, to) : format.format(from);
}
