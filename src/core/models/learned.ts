// The learned vocabulary as the worker keeps it: new model families that earlier incidents vouched for
// (see familiesToRemember), so a later bare "errors on Nova 6" is read as a model. Stored data is read
// defensively (./learned-words): whatever storage holds, only short lower-case words come back.
import { familiesToRemember } from './index';
import { FAMILY_WORD, LEARNED_FAMILIES_MAX } from './learned-words';

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
