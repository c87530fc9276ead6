import { POLL_INTERVAL_MAX_SEC, POLL_INTERVAL_MIN_SEC } from '../shared/settings';

/** Steps offered in the select (seconds). */
export const POLL_INTERVAL_STEPS_SEC: readonly number[] = [30, 60, 120, 300, 600, 900];

/** The steps, plus the stored value when it is valid but not a step (so the select never lies). */
export function pollIntervalChoices(current: number): number[] {
  const valid = Number.isInteger(current) && current >= POLL_INTERVAL_MIN_SEC && current <= POLL_INTERVAL_MAX_SEC;
  if (!valid || POLL_INTERVAL_STEPS_SEC.includes(current)) return [...POLL_INTERVAL_STEPS_SEC];
  return [...POLL_INTERVAL_STEPS_SEC, current].sort((a, b) => a - b);
}

/** "30 seconds", "2 minutes", "5 Minuten", "10 分": Intl's unit names, so no message per step. */
export function durationLabel(seconds: number, locale: string): string {
  const inMinutes = seconds >= 60 && seconds % 60 === 0;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: inMinutes ? 'minute' : 'second',
    unitDisplay: 'long',
  }).format(inMinutes ? seconds / 60 : seconds);
}
