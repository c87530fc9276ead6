// What the toolbar badge and its tooltip say. Never colour alone: every level has its own badge text or
// none, and the tooltip spells it out. Words come from the translator so every text is localisable.
//
// Badge text: operational '' (a quiet icon when all is well: a green badge on every browser toolbar would
// be noise), maintenance 'M', an incident level with open incidents their count ('9+' beyond nine), an
// incident level without incidents (a degraded component only) '!', unknown '?'.
import type { Translate } from './i18n';
import { dataAgeMs, isOpenIncident } from './level';
import type { AffectedModels, Level, Snapshot } from './types';

export interface Badge {
  text: string;
  /** Badge background. */
  color: string;
  /** Badge text colour (setBadgeTextColor): yellow needs black text. */
  textColor: string;
  /** Tooltip, lines separated by '\n'. */
  title: string;
}

/** Conventional status colours, darkened where needed for a 4.5:1 contrast with the text colour. */
export const LEVEL_COLORS: Readonly<Record<Level, { background: string; text: string }>> = {
  operational: { background: '#15803D', text: '#FFFFFF' },
  maintenance: { background: '#1D4ED8', text: '#FFFFFF' },
  minor: { background: '#FACC15', text: '#000000' },
  major: { background: '#C2410C', text: '#FFFFFF' },
  critical: { background: '#B91C1C', text: '#FFFFFF' },
  unknown: { background: '#4B5563', text: '#FFFFFF' },
};

const LEVEL_KEYS: Readonly<Record<Level, string>> = {
  operational: 'levelOperational',
  maintenance: 'levelMaintenance',
  minor: 'levelMinor',
  major: 'levelMajor',
  critical: 'levelCritical',
  unknown: 'levelUnknown',
};

/** Tooltip lists this many incidents, then "+N more". */
export const TOOLTIP_MAX_INCIDENTS = 3;

export function levelLabel(level: Level, t: Translate): string {
  return t(LEVEL_KEYS[level]);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "less than a minute", "3 min", "5 h", "2 d". Negative ages (clock skew) count as zero. */
export function ageLabel(ms: number, t: Translate): string {
  const age = Number.isFinite(ms) ? Math.max(0, ms) : 0;
  if (age < MINUTE) return t('ageUnderMinute');
  if (age < HOUR) return t('ageMinutes', [String(Math.floor(age / MINUTE))]);
  if (age < 2 * DAY) return t('ageHours', [String(Math.floor(age / HOUR))]);
  return t('ageDays', [String(Math.floor(age / DAY))]);
}

/** "Opus 4.7, Sonnet 4.6", "multiple models", ... ; '' when the incident names no model. */
export function modelsLabel(models: AffectedModels, t: Translate): string {
  const names = models.models.join(', ');
  switch (models.scope) {
    case 'named':
      return names;
    case 'named+others':
      return names ? t('modelsNamedAndOthers', [names]) : t('modelsSome');
    case 'family':
      return names ? t('modelsFamily', [names]) : t('modelsSome');
    case 'except':
      return names ? t('modelsExcept', [names]) : t('modelsSome');
    case 'some':
      return t('modelsSome');
    case 'all':
      return t('modelsAll');
    case 'none':
      return '';
  }
}

/** Remote names are plain text but may carry newlines; the tooltip is one line per item. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function freshnessLine(snapshot: Snapshot, level: Level, now: number, t: Translate): string {
  const ageMs = dataAgeMs(snapshot, now);
  const age = ageMs === null ? null : ageLabel(ageMs, t);
  if (snapshot.error !== null) {
    return snapshot.data !== null && age !== null ? t('freshnessFailed', [age]) : t('freshnessNoData');
  }
  if (snapshot.data === null || snapshot.fetchedAt === null) return t('freshnessChecking');
  if (age === null) return t('freshnessAgeUnknown');
  return level === 'unknown' ? t('freshnessStale', [age]) : t('freshnessUpdated', [age]);
}

function badgeText(level: Level, openIncidents: number): string {
  switch (level) {
    case 'operational':
      return '';
    case 'maintenance':
      return 'M';
    case 'unknown':
      return '?';
    default:
      if (openIncidents === 0) return '!';
      return openIncidents > 9 ? '9+' : String(openIncidents);
  }
}

/**
 * `level` is the effective level (effectiveLevel), so staleness is decided once by the caller. The snapshot
 * gives the incidents (even stale ones, marked by the freshness line) and the data's age.
 */
export function badgeFor(level: Level, snapshot: Snapshot, now: number, t: Translate): Badge {
  const data = snapshot.data;
  const incidents = data ? data.incidents.filter(isOpenIncident) : [];
  const lines = [t('tooltipHeading', [levelLabel(level, t)])];
  for (const incident of incidents.slice(0, TOOLTIP_MAX_INCIDENTS)) {
    const models = modelsLabel(incident.models, t);
    const name = oneLine(incident.name);
    lines.push(models ? t('tooltipIncidentWithModels', [name, models]) : name);
  }
  if (incidents.length > TOOLTIP_MAX_INCIDENTS) {
    lines.push(t('tooltipMoreIncidents', [String(incidents.length - TOOLTIP_MAX_INCIDENTS)]));
  }
  for (const maintenance of data?.maintenances.active ?? [])
    lines.push(t('tooltipMaintenance', [oneLine(maintenance.name)]));
  lines.push(freshnessLine(snapshot, level, now, t));

  const colors = LEVEL_COLORS[level];
  return {
    text: badgeText(level, incidents.length),
    color: colors.background,
    textColor: colors.text,
    title: lines.join('\n'),
  };
}
