// Where a new family stands without "Claude": a capitalised "<Word> <version>" (or a list of
// them) is a new family in a position only a model fits:
//   "Degraded performance on Nova 6"           after an error phrase and on/across/for/of/using…
//   "Degraded Nova 6 performance"              between two status words
//   "Nova 6 model errors"                      before "model" / "models"
//   "Nova 6 and Aria 2 unavailable"            the subject of a status title or sentence
//   "all models except Nova 6", "non-Nova models"   what a negation leaves out
// A family without a version needs a capital, a model position and "model(s)" after it, written
// in lower case ("Errors on Nova models", "Nova and Opus models"; in Title Case a capital says
// nothing). In a text written all in lower case there is no capital to go by, so lower-case
// words with a version qualify there ("elevated errors on nova 6").
// Products, platforms, plans, status words and words that describe models ("Reasoning models")
// never qualify (vocabulary.ts, isNotFamily); nor does software ("Errors with Deno 2 SDK", a
// software word after it) or a two-digit major ("Errors on Electron 30").
// A word learned this way is a family for the whole incident, but is not vouched for (families.ts).

import type { Token } from './tokens';
import { isNotFamily, isStatusWord } from './vocabulary';
import {
  CAPITALISED,
  FAMILY_WORDS,
  isCandidate,
  isConnector,
  isKnownFamily,
  isQualifierWord,
  isVersion,
  wordOf,
  isClaudeWord,
} from './words';

const MODEL_POSITION: ReadonlySet<string> = new Set(['on', 'across', 'for', 'with', 'to', 'of', 'including']);
/**
 * Verbs that make what follows a model anywhere after an error phrase: "errors on X when using
 * <here>", "… affecting <here>", "unable to select <here>".
 */
const USE_VERB = /ing$|^(?:use|select|access)$/;
/** What makes a "<Word> <version>" software, not a model: "Deno 2 SDK", "Zapier 2 integration". */
// prettier-ignore
const SOFTWARE_AFTER: ReadonlySet<string> = new Set([
  'sdk', 'app', 'extension', 'integration', 'connector', 'plugin', 'cli', 'client', 'runtime',
  'release', 'version', 'build',
]);
/**
 * Known model versions have a one-digit major; "Electron 30", "Node 22", "Android 15" are
 * software. Only "Claude", an id or a list with a model can vouch for a two-digit one.
 */
const ONE_DIGIT_MAJOR = /^\d(?:\.|$)/;
interface ListItem {
  /** The word of a new family this item would name, null for a known one. */
  candidate: Extract<Token, { kind: 'word' }> | null;
  /** Its first version, null for a bare family. */
  version: string | null;
}

/** "Nova 6", "Opus 4.7", "Claude Nova 6 Fast Mode", "Nova": one item of a model list, or null. */
function itemAt(tokens: readonly Token[], i: number, lowerOk: boolean): { item: ListItem; end: number } | null {
  let j = isClaudeWord(tokens[i]) ? i + 1 : i;
  const word = tokens[j];
  const candidate = isCandidate(word) && (lowerOk || CAPITALISED.test(word.text));
  if (!candidate && !isKnownFamily(word)) return null;
  j++;
  const version = tokens[j];
  if (version?.kind === 'version') {
    j++;
    // "Nova 6 and 6.5", "Nova 6/6.5": more versions of the same family.
    while (isConnector(tokens[j]) && isVersion(tokens[j + 1])) j += 2;
  }
  while (isQualifierWord(tokens[j])) j++;
  const item = { candidate: candidate ? word : null, version: version?.kind === 'version' ? version.text : null };
  return { item, end: j };
}

/** Items joined by connectors from i ("Nova 6, Opus 4.7 and Aria 2"), and the index after them. */
function listAt(tokens: readonly Token[], i: number, lowerOk: boolean): { items: ListItem[]; end: number } {
  const items: ListItem[] = [];
  let next = itemAt(tokens, i, lowerOk);
  let end = i;
  while (next !== null) {
    items.push(next.item);
    end = next.end;
    // "Opus 5 and the Nova family"
    const after = wordOf(tokens[end + 1]) === 'the' ? end + 2 : end + 1;
    next = isConnector(tokens[end]) ? itemAt(tokens, after, lowerOk) : null;
  }
  return { items, end };
}

/** New families standing where only a model fits, without "Claude" (see the header). */
export function familiesByPosition(tokens: readonly Token[], leftOut: boolean): string[] {
  const lowerOk = !tokens.some((t) => t.kind === 'word' && t.text !== t.lower);
  const firstError = tokens.findIndex(isErrorWord);
  const found: string[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const { items, end } = listAt(tokens, start, lowerOk);
    if (items.length === 0) continue;
    const next = tokens[end];
    const after = wordOf(next) ?? '';
    // Software, not a model: "Deno 2 SDK", "Zapier 2 integration".
    if (SOFTWARE_AFTER.has(after)) {
      start = end - 1;
      continue;
    }
    const modelAfter = FAMILY_WORDS.has(after);
    const inPosition =
      (leftOut && start === 0) ||
      afterErrorPhrase(tokens, start, firstError) ||
      (isStatusWord(wordOf(tokens[start - 1]) ?? '') && isStatusWord(after));
    // "Nova 6 unavailable", "Nova 6 is down", "Nova 6 users", "Nova 6 thinking errors"
    const subject = start === 0 && isNotFamily(after);
    // Without a version: "Errors on Nova models", "non-Nova models"; not "Reasoning models", nor
    // "Image Models" (in Title Case a capital says nothing) or "errors on large language models".
    const bareFits = (word: Extract<Token, { kind: 'word' }>): boolean =>
      CAPITALISED.test(word.text) &&
      (inPosition || start === 0) &&
      (leftOut || (modelAfter && next?.kind === 'word' && next.text === after));
    for (const { candidate, version } of items) {
      if (candidate === null) continue;
      if (
        version === null ? bareFits(candidate) : ONE_DIGIT_MAJOR.test(version) && (inPosition || subject || modelAfter)
      ) {
        found.push(candidate.lower);
      }
    }
    start = end - 1;
  }
  return found;
}

/**
 * "errors on <here>", "Degraded performance for the <here>", "errors when using <here>";
 * `firstError` is where the text's first error word is (-1: none), so this stays constant-time.
 */
function afterErrorPhrase(tokens: readonly Token[], i: number, firstError: number): boolean {
  let p = i - 1;
  if (wordOf(tokens[p]) === 'the') p--;
  const position = wordOf(tokens[p]);
  if (position === null) return false;
  // A verb may come anywhere after the error phrase; a preposition belongs to it only right after it.
  if (USE_VERB.test(position)) return firstError !== -1 && firstError < p;
  if (!MODEL_POSITION.has(position)) return false;
  for (let j = p - 1; j >= Math.max(0, p - 4); j--) {
    if (isErrorWord(tokens[j])) return true;
  }
  return false;
}

/** Status-page words ("errors", "latency", "outage", "unable") make what follows a model position. */
function isErrorWord(token: Token | undefined): boolean {
  return isStatusWord(wordOf(token) ?? '');
}
