import { FALLBACK_ORIGIN, PRIMARY_ORIGIN } from '../shared/origins';

// Defined in shared/: the stored poll state starts on the primary origin.
export { FALLBACK_ORIGIN, PRIMARY_ORIGIN };

/** After falling back, how long to stay on the fallback before trying the primary again. */
export const PRIMARY_RETRY_MS = 30 * 60_000;

/** Origins to try, in order: the one that worked last, while its stay lasts, then the other. */
export function originsToTry(state: { origin: string; primaryRetryAt: number }, now: number): string[] {
  if (state.origin === FALLBACK_ORIGIN && now < state.primaryRetryAt) return [FALLBACK_ORIGIN, PRIMARY_ORIGIN];
  return [PRIMARY_ORIGIN, FALLBACK_ORIGIN];
}

export const apiUrl = (origin: string, path: string) => `${origin}/api/v2/${path}`;
