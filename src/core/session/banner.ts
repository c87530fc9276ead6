// The session signal on the claude.ai banner, by the badge's own rule (sessionLeads). While the status page
// is read, fresh and says all is well, the banner shows a quiet variant of its own, which the user can
// dismiss for the episode (the signal's onAt): a new episode brings it back. While the official banner
// speaks, the session's counts join it as one line. Otherwise (maintenance, unknown, a dismissed incident)
// the session adds nothing: the official state leads and it has nothing to say here.
import type { Translate } from '../i18n';
import type { Level } from '../types';
import { countsLine, sessionLeads, type SessionView } from './present';
import type { SessionFacts } from './summary';

export type SessionBanner = { kind: 'quiet'; onAt: number } | { kind: 'join' } | null;

export interface SessionBannerInput {
  /** settings.sessionSignal (the banner setting is checked before anything else). */
  enabled: boolean;
  /** The level every view shows (displayLevel). */
  level: Level;
  /** What the worker gives the badge: on/off and the facts of the window. */
  session: SessionView;
  /** The current episode's onAt: what a dismissal of the quiet banner holds for. */
  onAt: number | null;
  /** The official banner shows (an undismissed incident or degraded component). */
  official: boolean;
  /** The onAt of the episode the user dismissed the quiet banner for, if any. */
  dismissedOnAt: number | null;
}

export function sessionBanner(input: SessionBannerInput): SessionBanner {
  const { session, onAt } = input;
  if (!input.enabled || !session.on) return null;
  if (input.official) return { kind: 'join' };
  if (!sessionLeads(input.level, session) || onAt === null || onAt === input.dismissedOnAt) return null;
  return { kind: 'quiet', onAt };
}

/** "Your claude.ai session: 5 of 12 requests failed in the last 5 minutes": the banner's line, either variant. */
export const sessionLine = (facts: SessionFacts, t: Translate): string => t('sessionJoinLine', [countsLine(facts, t)]);
