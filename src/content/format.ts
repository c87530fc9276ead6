// Words for the banner: every user-facing text goes through the translator, times through Intl.
import type { Translate } from '../core/i18n';
import { ageLabel } from '../core/present';
import type { KnownLevel } from '../core/level';
import type { IncidentStatus } from '../core/types';

/** A shape per level next to its word, so severity never rests on colour alone. Text presentation, not emoji. */
export const LEVEL_GLYPHS: Readonly<Record<KnownLevel, string>> = {
  operational: '\u2713', // ✓
  maintenance: '\u25CF', // ●
  minor: '\u25B2', // ▲
  major: '\u25C6', // ◆
  critical: '\u2716', // ✖
};

export const RESOLVED_GLYPH = LEVEL_GLYPHS.operational;

const STATUS_KEYS: Partial<Record<IncidentStatus, string>> = {
  investigating: 'bannerStatusInvestigating',
  identified: 'bannerStatusIdentified',
  monitoring: 'bannerStatusMonitoring',
};

/** "Investigating", "Identified", "Monitoring"; '' for any other status. */
export function statusLabel(status: IncidentStatus | null, t: Translate): string {
  const key = status ? STATUS_KEYS[status] : undefined;
  return key ? t(key) : '';
}

/** "Started 42 min ago": the same short age as the badge's tooltip and the session line; '' when unknown. */
export function startedLabel(startedAt: number | null, now: number, t: Translate): string {
  return startedAt === null ? '' : t('bannerStarted', [ageLabel(now - startedAt, t)]);
}

/** The headline of a banner without incident: "Problems with claude.ai". */
export function componentsTitle(componentNames: readonly string[], t: Translate): string {
  return t('bannerComponentsTitle', [componentNames.join(', ')]);
}

export function moreLabel(count: number, t: Translate): string {
  return count > 0 ? t('bannerMore', [String(count)]) : '';
}
