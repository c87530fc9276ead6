// Which words are model families. Known families come from vocabulary.ts; new ones are learned
// from the text itself, from contexts that only a model name fits:
//   "Claude Mythos 5", "claude mythos 5"      word between "Claude" and a version
//   "Claude 5 Mythos"                          capitalised word after "Claude <version>"
//   "Claude Mythos and Opus 5", "Claude Mythos models", "Claude Mythos Preview"
//   "Opus 5 and Lyric 1.5", "Lyric 1.5 and Opus 5"   a "<Word> <version>" listed with a model
//   "Sonnet 5 and Claude Mythos"               "Claude <Word>" listed after a model
//   claude-mythos-5-20270101                   an API id with a version
// Without "Claude", a capitalised "<Word> <version>" is a new family in a position only a model fits:
//   "Degraded performance on Nova 6"           after an error phrase and on/across/for/with/to
//   "Nova 6 model errors"                      before "model" / "models"
//   "Nova 6 unavailable"                       the subject of a status title
// Products, platforms, plans and status words never qualify (vocabulary.ts, NOT_FAMILY).
// A word learned anywhere (title or any update) is a family everywhere in that incident.
// `vouched` are those learned from the strongest evidence ("Claude" prefix, API id, listed with a
// model): the caller may remember them across incidents and pass them back as `vocabulary`.

import type { Token } from './tokens';
import { CONNECTOR_WORDS, NOT_FAMILY, QUALIFIER_WORDS, STRONG_FAMILIES, WEAK_FAMILIES } from './vocabulary';

export interface Families {
  /** Recognised in any position, any case. */
  readonly strong: ReadonlySet<string>;
  /** New families learned from a "Claude" prefix, an API id or a list with a model. */
  readonly vouched: ReadonlySet<string>;
}

/** Words before "on/for/…" that make what follows a model position. */
// prettier-ignore
const ERROR_WORDS: ReadonlySet<string> = new Set([
  'errors', 'error', 'rate', 'rates', 'latency', 'performance', 'issues', 'issue', 'outage',
  'outages', 'degradation', 'failures', 'unavailability', 'requests', 'request', 'availability',
  'problems', 'timeouts', 'slowness', 'disruption',
]);
const MODEL_POSITION: ReadonlySet<string> = new Set(['on', 'across', 'for', 'with', 'to', 'affecting', 'impacting']);
/** Words after a title's first "<Word> <version>" that make it the subject of a status title. */
// prettier-ignore
const SUBJECT_STATUS: ReadonlySet<string> = new Set([
  'unavailable', 'availability', 'degraded', 'elevated', 'errors', 'error', 'outage', 'partial',
  'partially', 'down', 'issues', 'latency', 'pricing', 'deprecation', 'deprecated', 'increased',
  'intermittent', 'failing', 'failures', 'slow', 'high', 'major', 'complete', 'availability',
]);
const VOCABULARY_WORD = /^[a-z]{3,20}$/;

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

export function learnFamilies(tokenLists: readonly (readonly Token[])[], vocabulary: Iterable<string> = []): Families {
  const learned = new Set<string>();
  const vouched = new Set<string>();
  const vouch = (family: string): void => {
    learned.add(family);
    vouched.add(family);
  };
  for (const all of tokenLists) {
    // Hyphens, brackets and quotes do not separate a family from its version ("Mythos-5").
    const tokens = all.filter((t) => t.kind !== 'skip');
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined) continue;
      if (t.kind === 'id') {
        const family = t.model?.family;
        if (family && t.model?.version && !NOT_FAMILY.has(family) && !STRONG_FAMILIES.has(family)) vouch(family);
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
          vouch(a.lower);
        } else if (isVersion(a) && isCandidate(b) && CAPITALISED.test(b.text)) {
          vouch(b.lower);
        } else if (
          isCandidate(a) &&
          CAPITALISED.test(a.text) &&
          (isFamilyContext(tokens, i + 2) || listedAfterModel(tokens, i))
        ) {
          vouch(a.lower);
        }
        continue;
      }
      if (isCandidate(t) && CAPITALISED.test(t.text) && isVersion(a)) {
        if (listedAfterModel(tokens, i) || (isConnector(b) && isKnownFamilyAfterClaude(tokens, i + 3))) {
          vouch(t.lower);
        } else if (
          afterErrorPhrase(tokens, i) ||
          (b?.kind === 'word' && (b.lower === 'model' || b.lower === 'models')) ||
          (i === 0 && b?.kind === 'word' && SUBJECT_STATUS.has(b.lower))
        ) {
          learned.add(t.lower);
        }
      }
    }
  }
  const strong = new Set(STRONG_FAMILIES);
  for (const family of learned) strong.add(family);
  for (const word of vocabulary) {
    const lower = word.toLowerCase();
    if (
      VOCABULARY_WORD.test(lower) &&
      !NOT_FAMILY.has(lower) &&
      !QUALIFIER_WORDS.has(lower) &&
      !CONNECTOR_WORDS.has(lower)
    ) {
      strong.add(lower);
    }
  }
  return { strong, vouched };
}

/** "errors on <here>", "Degraded performance for <here>", "errors for requests to <here>". */
function afterErrorPhrase(tokens: readonly Token[], i: number): boolean {
  const position = tokens[i - 1];
  if (position?.kind !== 'word' || !MODEL_POSITION.has(position.lower)) return false;
  for (let j = i - 2; j >= Math.max(0, i - 4); j--) {
    const t = tokens[j];
    if (t?.kind === 'word' && ERROR_WORDS.has(t.lower)) return true;
  }
  return false;
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
