// Snooze ends are computed in the user's local time: "until tomorrow 9:00" means 9:00 on the wall clock,
// whatever daylight-saving change happens overnight.
export type SnoozeChoice = 'hour' | 'fourHours' | 'tomorrowMorning';

export const SNOOZE_MORNING_HOUR = 9;

const HOUR_MS = 60 * 60_000;

/** Epoch ms when a snooze chosen at `now` ends. `now` is a Date so its local (time-zone aware) calendar is used. */
export function snoozeEnd(choice: SnoozeChoice, now: Date): number {
  switch (choice) {
    case 'hour':
      return now.getTime() + HOUR_MS;
    case 'fourHours':
      return now.getTime() + 4 * HOUR_MS;
    case 'tomorrowMorning':
      return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, SNOOZE_MORNING_HOUR, 0, 0, 0).getTime();
  }
}

/** Same rule as the worker, which notifies when now >= snoozeUntil. */
export function isSnoozed(snoozeUntil: number, now: number): boolean {
  return now < snoozeUntil;
}

/** Largest time a Date can hold; storage may contain anything up to that. */
const MAX_DATE_MS = 8.64e15;

/** "Tue 24 Nov, 9:00" in the user's language; includes the day because a snooze can cross midnight. */
export function formatSnoozeEnd(until: number, locale: string, timeZone?: string): string {
  if (!Number.isFinite(until) || until > MAX_DATE_MS) return '∞';
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(until);
}

/** Time of day only ("9:00 AM", "09:00"), for the "until tomorrow …" button. */
export function formatTimeOfDay(at: number, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}
