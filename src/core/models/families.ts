// Which words are model families. Known families come from vocabulary.ts; new ones are learned
// from the text itself, from contexts that only a model name fits:
//   "Claude Mythos 5", "claude mythos 5"      word between "Claude" and a version
//   "Claude 5 Mythos"                          capitalised word after "Claude <version>"
//   "Claude Mythos and Opus 5", "Claude Mythos models", "Claude Mythos Preview"
//   "Opus 5 and Lyric 1.5", "Lyric 1.5 and Opus 5"   a "<Word> <version>" listed with a model
//   "Sonnet 5 and Claude Mythos"               "Claude <Word>" listed after a model
//   claude-mythos-5-20270101                   an API id with a version
// A word learned anywhere (title or any update) is a family everywhere in that incident.

import type { Token } from './tokens';
import { CONNECTOR_WORDS, NOT_FAMILY, QUALIFIER_WORDS, STRONG_FAMILIES, WEAK_FAMILIES } from './vocabulary';

export interface Families {
  /** Recognised in any position, any case. */
  readonly strong: ReadonlySet<string>;
}

const ALPHA_WORD = /^[a-z]{3,}$/i;
const CAPITALISED = /^[A-Z]/;
const FAMILY_CONTEXT_AFTER: ReadonlySet<string> = new Set(['model', 'models', 'family', 'preview']);

export function isClaudeWord(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.lower === 'claude';
}

export function isConnector(token: Token | undefined): boolean {
  return token?.kind === 'connector' || (token?.kind === 'word' && CONNECTOR_WORDS.has(token.lower));
}

function isKnownFamily(token: Token | undefined): boolean {
  return token?.kind === 'word' && (STRONG_FAMILIES.has(token.lower) || WEAK_FAMILIES.has(token.lower));
}

/** A word that could name a new family: alphabetic, not a product, status or function word. */
function isCandidate(token: Token | undefined): token is Extract<Token, { kind: 'word' }> {
  return (
    token?.kind === 'word' &&
    ALPHA_WORD.test(token.text) &&
    token.lower !== 'claude' &&
    !NOT_FAMILY.has(token.lower) &&
    !QUALIFIER_WORDS.has(token.lower) &&
    !CONNECTOR_WORDS.has(token.lower) &&
    !STRONG_FAMILIES.has(token.lower) &&
    !WEAK_FAMILIES.has(token.lower)
  );
}

function isVersion(token: Token | undefined): boolean {
  return token?.kind === 'version';
}

export function learnFamilies(tokenLists: readonly (readonly Token[])[]): Families {
  const learned = new Set<string>();
  for (const all of tokenLists) {
    // Hyphens, brackets and quotes do not separate a family from its version ("Mythos-5").
    const tokens = all.filter((t) => t.kind !== 'skip');
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined) continue;
      if (t.kind === 'id') {
        const family = t.model?.family;
        if (family && t.model?.version && !NOT_FAMILY.has(family)) learned.add(family);
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
          learned.add(a.lower);
        } else if (isVersion(a) && isCandidate(b) && CAPITALISED.test(b.text)) {
          learned.add(b.lower);
        } else if (
          isCandidate(a) &&
          CAPITALISED.test(a.text) &&
          (isFamilyContext(tokens, i + 2) || listedAfterModel(tokens, i))
        ) {
          learned.add(a.lower);
        }
        continue;
      }
      if (isCandidate(t) && CAPITALISED.test(t.text) && isVersion(a)) {
        if (listedAfterModel(tokens, i) || (isConnector(b) && isKnownFamilyAfterClaude(tokens, i + 3))) {
          learned.add(t.lower);
        }
      }
    }
  }
  const strong = new Set(STRONG_FAMILIES);
  for (const family of learned) strong.add(family);
  return { strong };
}

/** After "Claude <Word>": "models", "family", "Preview", or a list going on to a model. */
function isFamilyContext(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  if (next?.kind === 'word' && FAMILY_CONTEXT_AFTER.has(next.lower)) return true;
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
