// The session signal on the claude.ai banner. The worker, as it paints the badge, also writes what the badge
// shows of the session (sessionShown), so the banner shows the session's own state exactly when the badge
// does, without loading the window, the signal or the level rules into every claude.ai page. While the
// status page is read, fresh and says all is well, the banner shows a quiet variant of its own, which the user
// can dismiss for the episode (its onAt): a new episode brings it back. While the official banner speaks, the
// session's counts join it as one line. Otherwise (maintenance, unknown, a dismissed incident) the session
// adds nothing: the official state leads and it has nothing to say here.
import type { Level, Snapshot } from '../types';
import { pageUpdatedAt, sessionLeads, type SessionView } from './present';

/** What the badge shows of the session while its signal is on; the record is null while it is off. */
export interface SessionShown {
  /** The badge shows the session's own state (the status page says all is well). */
  leads: boolean;
  /** The episode's onAt: what a dismissal of the quiet banner holds for. */
  onAt: number;
  failed: number;
  total: number;
  /** When the status page last said anything (else our last good fetch); null without data. */
  pageUpdatedAt: number | null;
}

/** The worker's side: what to write beside the badge it paints (null while the signal is off). */
export function sessionShown(
  level: Level,
  session: SessionView | null,
  onAt: number | null,
  snapshot: Snapshot,
): SessionShown | null {
  if (!session?.on || onAt === null) return null;
  const { failed, total } = session.facts;
  return { leads: sessionLeads(level, session), onAt, failed, total, pageUpdatedAt: pageUpdatedAt(snapshot) };
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The page's side: the record as stored, or null when it is not one (the worker is its only writer). */
export function readSessionShown(raw: unknown): SessionShown | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { leads, onAt, failed, total, pageUpdatedAt: updated } = raw as Record<string, unknown>;
  if (typeof leads !== 'boolean' || !isNumber(onAt) || !isNumber(failed) || !isNumber(total)) return null;
  return { leads, onAt, failed, total, pageUpdatedAt: isNumber(updated) ? updated : null };
}

export type SessionBanner = { kind: 'quiet'; onAt: number } | { kind: 'join' } | null;

export interface SessionBannerInput {
  /** settings.sessionSignal (the banner setting is checked before anything else). */
  enabled: boolean;
  /** What the worker wrote beside the badge. */
  shown: SessionShown | null;
  /** The official banner shows (an undismissed incident or degraded component). */
  official: boolean;
  /** The onAt of the episode the user dismissed the quiet banner for, if any. */
  dismissedOnAt: number | null;
}

export function sessionBanner({ enabled, shown, official, dismissedOnAt }: SessionBannerInput): SessionBanner {
  if (!enabled || !shown) return null;
  if (official) return { kind: 'join' };
  if (!shown.leads || shown.onAt === dismissedOnAt) return null;
  return { kind: 'quiet', onAt: shown.onAt };
}
