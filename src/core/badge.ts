// What the toolbar badge and its tooltip say. Never colour alone: every level has its own badge text or
// none, and the tooltip spells it out. Words come from the translator so every text is localisable.
//
// Badge text: operational '' (a quiet icon when all is well: a green badge on every browser toolbar would
// be noise), maintenance 'M', an incident level with open incidents their count ('9+' beyond nine), an
// incident level without incidents (a degraded component only) '!', unknown '?'.
import type { Translate } from './i18n';
import { dataAgeMs, isOpenIncident } from './level';
import { LEVEL_COLORS } from './level-colors';
import { ageLabel, levelLabel, modelsLabel, type Badge } from './present';
import type { Level, Snapshot } from './types';

export const TOOLTIP_MAX_INCIDENTS = 3;

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
