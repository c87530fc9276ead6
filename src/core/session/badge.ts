// How the session signal changes the toolbar badge: worker-only, apart from ./present (which the popup and
// the banner read) so that the pages never load it.
import type { Translate } from '../i18n';
import type { Badge } from '../present';
import type { Level, Snapshot } from '../types';
import { countsLine, noIncidentLine, SESSION_GLYPH, sessionLeads, type SessionView } from './present';

/** Violet: no status level uses it (green, blue, yellow, orange, red, grey); 7.1:1 with white text. */
export const SESSION_COLORS = { background: '#6D28D9', text: '#FFFFFF' } as const;

export function withSession(
  badge: Badge,
  level: Level,
  session: SessionView,
  snapshot: Snapshot,
  now: number,
  t: Translate,
): Badge {
  if (!session.on) return badge;
  if (!sessionLeads(level, session)) {
    return { ...badge, title: `${badge.title}\n${t('sessionJoinLine', [countsLine(session.facts, t)])}` };
  }
  return {
    text: SESSION_GLYPH,
    color: SESSION_COLORS.background,
    textColor: SESSION_COLORS.text,
    title: [
      t('sessionTooltipHeading'),
      countsLine(session.facts, t),
      noIncidentLine(snapshot, now, t),
      t('sessionNothingSent'),
    ].join('\n'),
  };
}
