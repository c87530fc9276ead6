import type { Alarms } from 'webextension-polyfill';

export const POLL_ALARM = 'poll';

type AlarmsApi = Pick<Alarms.Static, 'create'>;

/**
 * One alarm drives every poll. It also repeats: if the worker is killed after the alarm fired but
 * before the poll could schedule the next one, the repetition still wakes it up.
 * Chrome rounds alarms below 30 s up to 30 s; the poll policy never asks for less.
 */
export async function schedulePoll(alarms: AlarmsApi, delayMs: number, now: number): Promise<void> {
  await alarms.create(POLL_ALARM, { when: now + delayMs, periodInMinutes: Math.max(0.5, delayMs / 60_000) });
}
