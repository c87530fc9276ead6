// What a token is, as families.ts, positions.ts and mentions.ts ask it.

import type { Token } from './tokens';
import { CONNECTOR_WORDS, isNotFamily, QUALIFIER_WORDS, STRONG_FAMILIES, WEAK_FAMILIES } from './vocabulary';

const ALPHA_WORD = /^[a-z]{3,}$/i;
export const CAPITALISED = /^[A-Z]/;
/** "Nova models", "the Nova family": what says the word before is a model family. */
export const FAMILY_WORDS: ReadonlySet<string> = new Set(['model', 'models', 'family', 'families']);

export function isClaudeWord(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.lower === 'claude';
}

export function isConnector(token: Token | undefined): boolean {
  return token?.kind === 'connector' || (token?.kind === 'word' && CONNECTOR_WORDS.has(token.lower));
}

export function isKnownFamily(token: Token | undefined): boolean {
  return token?.kind === 'word' && (STRONG_FAMILIES.has(token.lower) || WEAK_FAMILIES.has(token.lower));
}

/** A word that could name a new family: not a product, status, function or known family word. */
export function isCandidateWord(lower: string): boolean {
  return (
    lower !== 'claude' &&
    !isNotFamily(lower) &&
    !QUALIFIER_WORDS.has(lower) &&
    !CONNECTOR_WORDS.has(lower) &&
    !STRONG_FAMILIES.has(lower) &&
    !WEAK_FAMILIES.has(lower)
  );
}

export function isCandidate(token: Token | undefined): token is Extract<Token, { kind: 'word' }> {
  return token?.kind === 'word' && ALPHA_WORD.test(token.text) && isCandidateWord(token.lower);
}

/** "Fast", "Mode", "Preview", "June": skipped after a model; "model(s)" are context instead. */
export function isQualifierWord(token: Token | undefined): boolean {
  return token?.kind === 'word' && QUALIFIER_WORDS.has(token.lower) && !FAMILY_WORDS.has(token.lower);
}

export function isVersion(token: Token | undefined): boolean {
  return token?.kind === 'version';
}

export function wordOf(token: Token | undefined): string | null {
  return token?.kind === 'word' ? token.lower : null;
}
