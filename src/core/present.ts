// The words and colours every view shares for a level, an age and the affected models. The toolbar badge
// built from them is in ./badge, which only the worker loads. Words come from the translator so every
// text is localisable.
import type { Translate } from './i18n';
import type { AffectedModels, Level } from './types';

export interface Badge {
  text: string;
  /** Badge background. */
  color: string;
  /** Badge text colour (setBadgeTextColor): yellow needs black text. */
  textColor: string;
  /** Tooltip, lines separated by '\n'. */
  title: string;
}

const LEVEL_KEYS: Readonly<Record<Level, string>> = {
  operational: 'levelOperational',
  maintenance: 'levelMaintenance',
  minor: 'levelMinor',
  major: 'levelMajor',
  critical: 'levelCritical',
  unknown: 'levelUnknown',
};

/** Tooltip lists this many incidents, then "+N more". */

export function levelLabel(level: Level, t: Translate): string {
  return t(LEVEL_KEYS[level]);
}

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
const DAY = 86_400_000;

/** The unit an age is counted in, in ms: MINUTE, HOUR or DAY; 0 under a minute (no count). */
export type AgeUnit = 0 | typeof MINUTE | typeof HOUR | typeof DAY;

/**
 * The one rounding rule for every age the extension shows (badge tooltip, banner, popup): whole units
 * rounded towards zero ("5 min" until the sixth minute is over), hours until two days, then days. Under a
 * minute has no count: a seconds counter would change under the reader's eyes.
 */
export function ageUnit(ms: number): AgeUnit {
  return ms < MINUTE ? 0 : ms < HOUR ? MINUTE : ms < 2 * DAY ? HOUR : DAY;
}

/** "less than a minute", "3 min", "5 h", "2 d". Negative ages (clock skew) count as zero. */
export function ageLabel(ms: number, t: Translate): string {
  const age = Number.isFinite(ms) ? Math.max(0, ms) : 0;
  const unit = ageUnit(age);
  if (!unit) return t('ageUnderMinute');
  return t(unit === MINUTE ? 'ageMinutes' : unit === HOUR ? 'ageHours' : 'ageDays', [String(Math.floor(age / unit))]);
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
