// The learned vocabulary as the worker keeps it: new model families that earlier incidents vouched for
// (see familiesToRemember), so a later bare "errors on Nova 6" is read as a model. Stored data is read
// defensively: whatever storage holds, only short lower-case words come back.
import { familiesToRemember } from './index';

/** Enough for years of new families; the oldest go first. */
export const LEARNED_FAMILIES_MAX = 64;
const FAMILY_WORD = /^[a-z][a-z-]{1,23}$/;

/** Stored value → the vocabulary, newest first; anything malformed is dropped. */
export function readLearnedFamilies(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const words = raw.filter((word): word is string => typeof word === 'string' && FAMILY_WORD.test(word));
  return [...new Set(words)].slice(0, LEARNED_FAMILIES_MAX);
}

interface IncidentText {
  name: string;
  updates: readonly { body: string }[];
}

/** The vocabulary after reading these incidents, or null when they taught nothing new (nothing to store). */
export function rememberFamilies(known: readonly string[], incidents: readonly IncidentText[]): string[] | null {
  const have = new Set(known);
  const learned: string[] = [];
  for (const incident of incidents) {
    for (const family of familiesToRemember(
      incident.name,
      incident.updates.map((update) => update.body),
    )) {
      if (!have.has(family) && FAMILY_WORD.test(family)) {
        have.add(family);
        learned.push(family);
      }
    }
  }
  return learned.length === 0 ? null : [...learned, ...known].slice(0, LEARNED_FAMILIES_MAX);
}
