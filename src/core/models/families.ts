// Which words are model families. Known families come from vocabulary.ts; new ones are learned
// from the text itself, from contexts that only a model name fits:
//   "Claude Mythos 5", "claude mythos 5"      word between "Claude" and a version
//   "Claude 5 Mythos"                          capitalised word after "Claude <version>"
//   "Claude Mythos and Opus 5", "Claude Mythos models", "Claude Mythos Preview"
//   "Opus 5 and Lyric 1.5", "Lyric 1.5 and Opus 5"   a "<Word> <version>" listed with a model
//   "Sonnet 5 and Claude Mythos"               "Claude <Word>" listed after a model
//   claude-mythos-5-20270101                   an API id with a version
// Without "Claude", a "<Word> <version>" in a position only a model fits: positions.ts.
// A word learned anywhere (title or any update) is a family everywhere in that incident.
// `vouched` are those learned from the strongest evidence ("Claude" prefix, API id, listed with a
// model): the caller may remember them across incidents and pass them back as `vocabulary`.

import { familiesByPosition } from './positions';
import type { Token } from './tokens';
import { STRONG_FAMILIES } from './vocabulary';
import {
  CAPITALISED,
  FAMILY_WORDS,
  isCandidate,
  isCandidateWord,
  isClaudeWord,
  isConnector,
  isKnownFamily,
  isVersion,
} from './words';

export interface Families {
  /** Recognised in any position, any case. */
  readonly strong: ReadonlySet<string>;
  /** New families learned from a "Claude" prefix, an API id or a list with a model. */
  readonly vouched: ReadonlySet<string>;
}

const VOCABULARY_WORD = /^[a-z]{3,20}$/;

/** A text as the lexer left it, and the fragments a negation cut out of it. */
export interface LexedText {
  readonly tokens: readonly Token[];
  /** "Nova 6" of "all models except Nova 6", "Nova" of "non-Nova models". */
  readonly excludedTokens: readonly (readonly Token[])[];
}

export function learnFamilies(texts: readonly LexedText[], vocabulary: Iterable<string> = []): Families {
  const learned = new Set<string>();
  const vouched = new Set<string>();
  // Hyphens, brackets and quotes do not separate a family from its version ("Mythos-5").
  const withoutSkips = (tokens: readonly Token[]): Token[] => tokens.filter((t) => t.kind !== 'skip');
  for (const text of texts) {
    const tokens = withoutSkips(text.tokens);
    for (const family of vouchedFamilies(tokens)) vouched.add(family);
    for (const family of familiesByPosition(tokens, false)) learned.add(family);
    for (const excluded of text.excludedTokens) {
      for (const family of familiesByPosition(withoutSkips(excluded), true)) learned.add(family);
    }
  }
  const strong = new Set(STRONG_FAMILIES);
  for (const family of [...learned, ...vouched]) strong.add(family);
  for (const word of vocabulary) {
    const lower = word.toLowerCase();
    // A remembered weak family ("instant", from claude-instant-1.2) stays weak: an English word.
    if (VOCABULARY_WORD.test(lower) && isCandidateWord(lower)) strong.add(lower);
  }
  return { strong, vouched };
}

/** Families named with "Claude", as an API id, or listed with a model. */
function vouchedFamilies(tokens: readonly Token[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    if (t.kind === 'id') {
      const family = t.model?.family;
      if (family && t.model?.version && isCandidateWord(family)) found.push(family);
      continue;
    }
    if (t.kind !== 'word') continue;
    const a = tokens[i + 1];
    const b = tokens[i + 2];
    if (t.lower === 'claude') {
      // A lower-case word needs more evidence: an all-lower-case phrase ("claude mythos 5") or a
      // dotted version ("Claude mythos 5.1"); "Claude took 10 minutes" is not a model.
      const lowerOk = t.text === 'claude' || (b?.kind === 'version' && b.text.includes('.'));
      if (isCandidate(a) && (lowerOk || CAPITALISED.test(a.text)) && isVersion(b)) {
        found.push(a.lower);
      } else if (isVersion(a) && isCandidate(b) && CAPITALISED.test(b.text)) {
        found.push(b.lower);
      } else if (
        isCandidate(a) &&
        CAPITALISED.test(a.text) &&
        (isFamilyContext(tokens, i + 2) || listedAfterModel(tokens, i))
      ) {
        found.push(a.lower);
      }
    } else if (isCandidate(t) && CAPITALISED.test(t.text) && isVersion(a)) {
      if (listedAfterModel(tokens, i) || (isConnector(b) && isKnownFamilyAfterClaude(tokens, i + 3))) {
        found.push(t.lower);
      }
    }
  }
  return found;
}

/** After "Claude <Word>": "models", "family", "Preview", or a list going on to a model. */
function isFamilyContext(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  if (next?.kind === 'word' && (FAMILY_WORDS.has(next.lower) || next.lower === 'preview')) return true;
  if (!isConnector(next)) return false;
  if (isKnownFamilyAfterClaude(tokens, i + 1)) return true;
  const j = isClaudeWord(tokens[i + 1]) ? i + 2 : i + 1;
  return isCandidate(tokens[j]) && isVersion(tokens[j + 1]);
}

/** "<model> and <here>": a connector right after a version or an API id. */
function listedAfterModel(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 2];
  return isConnector(tokens[i - 1]) && (isVersion(before) || (before?.kind === 'id' && before.model !== null));
}

function isKnownFamilyAfterClaude(tokens: readonly Token[], i: number): boolean {
  return isKnownFamily(isClaudeWord(tokens[i]) ? tokens[i + 1] : tokens[i]);
}
