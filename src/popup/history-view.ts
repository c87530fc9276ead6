// The "last 7 days" picture: one cell per local calendar day with the worst impact of the incidents that
// were open that day, plus the list of those incidents. Pure, like view-model.ts.
import { historyLevel, IMPACT_NAMING_ORDER } from '../core/impact';
import { worstLevel } from '../core/level';
import type { Translate } from '../core/i18n';
import type { Impact, Incident, Level, PollError } from '../core/types';
import type { History } from '../shared/messages';
import { dayKey, timeText, toEpoch, type TimeText } from '../ui/time-format';
import { impactText, pollErrorReason } from './labels';
import { httpsOnly, type ViewContext } from './view-model';

export const HISTORY_DAYS = 7;

export interface DayCell {
  /** "2026-09-27" in the user's time zone. */
  key: string;
  /** Visible, short: "Sun". */
  label: string;
  /** The cell's text alternative: "Sunday, 27 September: Major impact (incidents: 2)". */
  description: string;
  /** null on a day without incidents. */
  level: Level | null;
  count: number;
}

export interface HistoryRow {
  id: string;
  title: string;
  level: Level;
  impactText: string;
  started: TimeText;
  url: string | null;
}

export interface HistoryView {
  days: DayCell[];
  /** Incidents open on any of the days, newest first. */
  incidents: HistoryRow[];
  fetched: TimeText;
}

const namingRank = (impact: Impact): number => IMPACT_NAMING_ORDER.indexOf(impact);

/** The previous `count` calendar days ending today, oldest first, as day keys. Calendar arithmetic, so DST days are one day. */
export function lastDayKeys(now: number, count: number, timeZone?: string): string[] {
  const [year, month, day] = dayKey(now, timeZone).split('-').map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, index) =>
    new Date(Date.UTC(year, month - 1, day - (count - 1 - index))).toISOString().slice(0, 10),
  );
}

function dayLabels(key: string, lang: string): { short: string; long: string } {
  // Noon UTC of that date, formatted in UTC: the calendar day itself, whatever the user's zone.
  const noon = Date.parse(`${key}T12:00:00Z`);
  // Seven consecutive days: the weekday is enough to tell them apart; the full date is in the text alternative.
  const short = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' }).format(noon);
  const long = new Intl.DateTimeFormat(lang, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(noon);
  return { short, long };
}

interface Span {
  incident: Incident;
  from: string;
  to: string;
  startMs: number;
}

function spanOf(incident: Incident, now: number, timeZone?: string): Span | null {
  const startMs = toEpoch(incident.startedAt);
  if (startMs === null) return null;
  const endMs = (incident.resolvedAt ? toEpoch(incident.resolvedAt) : null) ?? Math.max(now, startMs);
  // Backfilled incidents can end "before" they start (display_at earlier than created_at): one day then.
  const from = dayKey(Math.min(startMs, endMs), timeZone);
  const to = dayKey(Math.max(startMs, endMs), timeZone);
  return { incident, from, to, startMs };
}

/** Newest knowledge wins: incidents from the snapshot replace the (up to hours old) history copies. */
export function mergeIncidents(...lists: readonly (readonly Incident[])[]): Incident[] {
  const byId = new Map<string, Incident>();
  for (const list of lists) for (const incident of list) byId.set(incident.id, incident);
  return [...byId.values()];
}

/** `fresher` are incidents known from the snapshot (open ones, recently resolved); they override history. */
export function historyView(history: History, fresher: readonly Incident[], ctx: ViewContext): HistoryView {
  const { t, now, lang, timeZone } = ctx;
  const keys = lastDayKeys(now, HISTORY_DAYS, timeZone);
  const first = keys[0] ?? '';
  const last = keys[keys.length - 1] ?? '';
  const spans = mergeIncidents(history.incidents, fresher)
    .map((incident) => spanOf(incident, now, timeZone))
    .filter((span): span is Span => span !== null && span.to >= first && span.from <= last);

  const days = keys.map((key): DayCell => {
    const open = spans.filter((span) => span.from <= key && key <= span.to).map((span) => span.incident);
    const labels = dayLabels(key, lang);
    if (open.length === 0) {
      return {
        key,
        label: labels.short,
        description: t('popupHistoryDay', [labels.long, t('popupHistoryDayNone')]),
        level: null,
        count: 0,
      };
    }
    const worst = open.reduce((a, b) => (namingRank(b.impact) > namingRank(a.impact) ? b : a)).impact;
    const summary = t('popupHistoryDayIncidents', [impactText(worst, t), String(open.length)]);
    return {
      key,
      label: labels.short,
      description: t('popupHistoryDay', [labels.long, summary]),
      level: worstLevel(open.map((incident) => historyLevel(incident.impact))),
      count: open.length,
    };
  });

  const incidents = spans
    .sort((a, b) => b.startMs - a.startMs)
    .map(({ incident }) => ({
      id: incident.id,
      title: incident.name,
      level: historyLevel(incident.impact),
      impactText: impactText(incident.impact, t),
      started: timeText(incident.startedAt, now, lang, timeZone),
      url: httpsOnly(incident.url),
    }));

  return { days, incidents, fetched: timeText(history.fetchedAt, now, lang, timeZone) };
}

/** Why the history failed, in the words a failed poll gets; no answer at all is "didn't answer". */
export function historyErrorText(error: PollError | null, t: Translate): string {
  return error ? pollErrorReason(error, t) : t('popupHistoryUnavailable');
}
