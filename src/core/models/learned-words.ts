// What a stored learned family may be, apart from the extractor: the stored record reads it (shared/storage.ts)
// without bringing the extractor into every bundle that imports storage.

/** Enough for years of new families; the oldest go first. */
export const LEARNED_FAMILIES_MAX = 64;
export const FAMILY_WORD = /^[a-z][a-z-]{1,23}$/;

/** Stored value → the vocabulary, newest first; anything malformed is dropped. */
export function readLearnedFamilies(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const words = raw.filter((word): word is string => typeof word === 'string' && FAMILY_WORD.test(word));
  return [...new Set(words)].slice(0, LEARNED_FAMILIES_MAX);
}
