// The badge's and the banner's level colours, apart from ./present so that the popup and options page, which
// take theirs from ui/theme.css, never load them.
import type { Level } from './types';

/** Conventional status colours, darkened where needed for a 4.5:1 contrast with the text colour. */
export const LEVEL_COLORS: Readonly<Record<Level, { background: string; text: string }>> = {
  operational: { background: '#15803D', text: '#FFFFFF' },
  maintenance: { background: '#1D4ED8', text: '#FFFFFF' },
  minor: { background: '#FACC15', text: '#000000' },
  major: { background: '#C2410C', text: '#FFFFFF' },
  critical: { background: '#B91C1C', text: '#FFFFFF' },
  unknown: { background: '#4B5563', text: '#FFFFFF' },
};

/** The session signal's own state: violet, which no status level uses; 7.1:1 with white text. */
export const SESSION_COLORS = { background: '#6D28D9', text: '#FFFFFF' } as const;
