// Canonical model names: "<Family> <version>", family capitalised, no trailing ".0".

import { DOTTED_FAMILIES, LEGACY_FAMILY } from './vocabulary';

export interface ModelName {
  /** Canonical family ("Opus", "Mythos", "Claude" for pre-family models). */
  family: string;
  /** Canonical version, or null for a bare family ("Opus"). */
  version: string | null;
}

export function canonicalFamily(lower: string | null): string {
  if (lower === null || lower === 'claude') return LEGACY_FAMILY;
  return lower.charAt(0).toUpperCase() + lower.slice(1).toLowerCase();
}

const TWO_DIGIT_RUN = /^([3-9])(\d)$/;
const LEGACY_VERSION = /^\d(?:\.\d{1,2})?$/;

/**
 * Canonical version for a family, or null when the number cannot be that family's version.
 * A two-digit run on a family that only ever had single-digit dot versions is read as a
 * dropped dot ("Opus 48" = 4.8) only when its first digit is a plausible major (3-9); other
 * two-digit runs there are rejected rather than guessed.
 */
export function canonicalVersion(family: string, raw: string): string | null {
  let version = raw;
  if (DOTTED_FAMILIES.has(family.toLowerCase()) && !raw.includes('.') && raw.length === 2) {
    const run = TWO_DIGIT_RUN.exec(raw);
    if (!run) return null;
    version = `${run[1]}.${run[2]}`;
  }
  if (family === LEGACY_FAMILY && !LEGACY_VERSION.test(version)) return null;
  while (version.endsWith('.0')) version = version.slice(0, -2);
  return version;
}

export function formatName(name: ModelName): string {
  return name.version === null ? name.family : `${name.family} ${name.version}`;
}
