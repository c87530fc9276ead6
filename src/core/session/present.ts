// How the session signal joins the badge and its tooltip. While the status page says operational, the
// badge takes the signal's own state: its own text and colour, distinct from every official level and
// from unknown, never green. Otherwise the official state leads and the session's counts add one line.
import type { Translate } from '../i18n';
import { ageLabel } from '../present';
// After ../present: the bundler lays modules out in import order, and this one packs the banner a few bytes smaller.
import { epochOf } from '../epoch';
import type { Level, Snapshot } from '../types';
import type { SessionState } from './state';
import { sessionFacts, type SessionFacts } from './summary';

/** Not a number, 'M', '!', '?' or empty: an official level never shows this. */
export const SESSION_GLYPH = '~';

export interface SessionView {
  on: boolean;
  facts: SessionFacts;
}

/** What every view shows of the stored session: whether the signal is on, and the window's counts. */
export const sessionView = (state: SessionState): SessionView => ({
  on: state.signal.on,
  facts: sessionFacts(state.window),
});

/** Epoch ms of the status page's own last update (else our last good fetch), or null without data. */
export function pageUpdatedAt(snapshot: Snapshot): number | null {
  return epochOf(snapshot.data?.page.updatedAt) ?? snapshot.fetchedAt;
}

/** "The status page reports no incident, last updated 2 h ago.", from pageUpdatedAt. */
export function noIncidentSince(updatedAt: number | null, now: number, t: Translate): string {
  return t('sessionNoIncident', [updatedAt === null ? '?' : ageLabel(now - updatedAt, t)]);
}

/**
 * The session's own state leads only while the status page is read, fresh and says all is well. During
 * an incident, maintenance or an unknown state, the official state leads and the counts join as a line.
 */
export const sessionLeads = (level: Level, session: SessionView): boolean => session.on && level === 'operational';

export function countsLine(facts: Pick<SessionFacts, 'failed' | 'total'>, t: Translate): string {
  return t('sessionCounts', [String(facts.failed), String(facts.total)]);
}

/** "The status page reports no incident, last updated 2 h ago." */
export const noIncidentLine = (snapshot: Snapshot, now: number, t: Translate): string =>
  noIncidentSince(pageUpdatedAt(snapshot), now, t);

/** "Your claude.ai session: 5 of 12 requests failed in the last 5 minutes": the one-line join, everywhere. */
export const sessionLine = (facts: Pick<SessionFacts, 'failed' | 'total'>, t: Translate): string =>
  t('sessionJoinLine', [countsLine(facts, t)]);
