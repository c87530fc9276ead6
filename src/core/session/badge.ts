// How the session signal changes the toolbar badge: worker-only, apart from ./present (which the popup and
// the banner read) so that the pages never load it.
import type { Translate } from '../i18n';
import type { Badge } from '../present';
import type { Level, Snapshot } from '../types';
import { SESSION_COLORS } from '../level-colors';
import { countsLine, noIncidentLine, SESSION_GLYPH, sessionLeads, sessionLine, type SessionView } from './present';

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
    return { ...badge, title: `${badge.title}\n${sessionLine(session.facts, t)}` };
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
