// Tokens -> model names, in one left-to-right pass over "model phrases": runs of families,
// versions, "Claude", list connectors and qualifiers. Any other word ends the phrase.
//
// Inside a phrase:
//   family first      "Claude Opus 4 and 4.1"          a bare version joins the current family
//   version first     "Claude 3.5 and 3.7 Sonnet"      versions wait for the family after them
//                     "Claude 4, 4.5 Sonnet and 4.5 Haiku"
//   distributive      "Claude Sonnet and Opus 4"       a version right after a listed family
//                                                      goes to every family still waiting
//   legacy            "Claude 2.1", "Claude 1.0, 1.1, and 1.2"   versions after "Claude" with
//                                                      no family at all
// A family left without a version at the end of the phrase is a bare family ("Opus").

import { canonicalFamily, canonicalVersion, type ModelName } from './canonical';
import type { Families } from './families';
import { isClaudeWord, isConnector, wordOf } from './words';
import type { Token } from './tokens';
import { isCountWord, isProductBeforeVersion, LEGACY_FAMILY, QUALIFIER_WORDS, WEAK_FAMILIES } from './vocabulary';

type Previous = 'none' | 'claude' | 'family-waiting' | 'family-done' | 'version' | 'connector';

const STANDALONE_LEGACY = /^[12]\.\d$/;
const NOT_A_MODEL_AFTER: ReadonlySet<string> = new Set(['release', 'of', 'build']);

export function findMentions(tokens: readonly Token[], families: Families): ModelName[] {
  const found: ModelName[] = [];
  let waitingFamilies: string[] = [];
  let waitingVersions: string[] = [];
  let currentFamily: string | null = null;
  let sawClaude = false;
  let previous: Previous = 'none';

  const emit = (family: string | null, version: string | null): void => {
    const name = canonicalFamily(family);
    if (version === null) {
      found.push({ family: name, version: null });
      return;
    }
    const canonical = canonicalVersion(name, version);
    if (canonical !== null) found.push({ family: name, version: canonical });
  };
  const releaseVersionsAsLegacy = (): void => {
    if (sawClaude) for (const v of waitingVersions) emit(LEGACY_FAMILY, v);
    waitingVersions = [];
  };
  const endPhrase = (): void => {
    for (const f of waitingFamilies) emit(f, null);
    releaseVersionsAsLegacy();
    waitingFamilies = [];
    currentFamily = null;
    sawClaude = false;
    previous = 'none';
  };

  const isFamilyAt = (i: number): boolean => {
    const t = tokens[i];
    if (t?.kind !== 'word') return false;
    if (families.strong.has(t.lower)) return true;
    if (!WEAK_FAMILIES.has(t.lower)) return false;
    const next = tokens[i + 1];
    return isClaudeWord(tokens[i - 1]) || next?.kind === 'version' || next?.kind === 'vversion';
  };
  const isSkippable = (t: Token | undefined): boolean =>
    t?.kind === 'skip' ||
    (t?.kind === 'vversion' && t.dots === 0) ||
    (t?.kind === 'word' && QUALIFIER_WORDS.has(t.lower));
  const familyFollows = (i: number): boolean => {
    let j = i + 1;
    while (j < tokens.length && isSkippable(tokens[j]) && !isFamilyAt(j)) j++;
    return isFamilyAt(j);
  };

  /** The nearest token before / after i that is not a bracket, quote or hyphen. */
  const before = (i: number): number => {
    let j = i - 1;
    while (tokens[j]?.kind === 'skip') j--;
    return j;
  };
  const after = (i: number): number => {
    let j = i + 1;
    while (tokens[j]?.kind === 'skip') j++;
    return j;
  };
  /**
   * "Claude Code 2.1", "Claude app 3": a client version. "(2 regions)", "3 other models": a count,
   * unless the number is right after its family ("Opus 4.7 users") or has a dot ("4.1 users").
   */
  const isNotAVersion = (i: number, version: string): boolean => {
    const previousWord = wordOf(tokens[before(i)]);
    if (previousWord !== null && isProductBeforeVersion(previousWord)) return true;
    const nextWord = wordOf(tokens[after(i)]);
    return previous !== 'family-waiting' && !version.includes('.') && nextWord !== null && isCountWord(nextWord);
  };
  /** "Opus 4.7", "Opus (4.7)": the family carries its own version, so waiting versions are not its. */
  const hasOwnVersion = (i: number): boolean => {
    const t = tokens[after(i)];
    return t?.kind === 'version' || (t?.kind === 'vversion' && t.dots === 1);
  };

  const takeVersion = (i: number, version: string): void => {
    if (isNotAVersion(i, version)) {
      endPhrase();
      return;
    }
    if (previous === 'family-waiting') {
      for (const f of waitingFamilies) emit(f, version);
      waitingFamilies = [];
    } else if (familyFollows(i)) {
      waitingVersions.push(version);
    } else if (currentFamily !== null) {
      emit(currentFamily, version);
    } else {
      waitingVersions.push(version);
    }
    previous = 'version';
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    switch (t.kind) {
      case 'id': {
        endPhrase();
        const family = t.model?.family ?? null;
        const version = t.model?.version ?? null;
        // An id without a version only counts for a family we already know ("claude-instant").
        if (version !== null) emit(family, version);
        else if (family !== null && (families.strong.has(family) || WEAK_FAMILIES.has(family))) emit(family, null);
        break;
      }
      case 'break':
        endPhrase();
        break;
      case 'skip':
        break;
      case 'connector':
        previous = 'connector';
        break;
      case 'version':
        takeVersion(i, t.text);
        break;
      case 'vversion':
        if (t.dots === 0) break; // a revision ("3.5 Sonnet v2")
        if (t.dots > 1) {
          endPhrase(); // a client version ("Claude Code v2.1.120", "v1.3109.0")
        } else if (previous === 'family-waiting' || previous === 'claude' || currentFamily !== null) {
          takeVersion(i, t.text);
        } else {
          const before = tokens[i - 1];
          const after = tokens[i + 1];
          const productBefore = before?.kind === 'word' && isProductBeforeVersion(before.lower);
          const notModelAfter = after?.kind === 'word' && NOT_A_MODEL_AFTER.has(after.lower);
          endPhrase();
          // A bare "v1.3" is a pre-family API model name ("Partial Outage for v1.3").
          if (!productBefore && !notModelAfter && STANDALONE_LEGACY.test(t.text)) emit(LEGACY_FAMILY, t.text);
        }
        break;
      case 'word':
        if (t.lower === 'claude') {
          // A new "Claude" starts a new name: versions waiting for a family are legacy names.
          releaseVersionsAsLegacy();
          currentFamily = null;
          sawClaude = true;
          previous = 'claude';
        } else if (isFamilyAt(i)) {
          // "Claude 2.1 and Opus 4.6", "5 Opus 4.7 users": versions before a family that has its
          // own are not the family's ("Claude 2.1" stays a legacy name; a bare count is dropped).
          if (waitingVersions.length > 0 && hasOwnVersion(i)) releaseVersionsAsLegacy();
          if (waitingVersions.length > 0) {
            for (const v of waitingVersions) emit(t.lower, v);
            waitingVersions = [];
            previous = 'family-done';
          } else {
            waitingFamilies.push(t.lower);
            previous = 'family-waiting';
          }
          currentFamily = t.lower;
        } else if (isConnector(t)) {
          previous = 'connector';
        } else if (!QUALIFIER_WORDS.has(t.lower)) {
          endPhrase();
        }
        break;
    }
  }
  endPhrase();
  return found;
}
