// Phrases that say how many models, rather than which: aggregates, negations, open sets,
// sentences that say a model was NOT affected, and third-party clouds. All regexes are
// module-level constants with bounded, non-nested quantifiers (no catastrophic backtracking).

import { STRONG_FAMILIES, WEAK_FAMILIES } from './vocabulary';

/** "all models", "all Claude models", "across all of the models", "every model". */
const ALL_MODELS = /\b(?:all|every)\s+(?:of\s+)?(?:(?:the|our)\s+)?(?:claude\s+)?models?\b/i;

/**
 * "multiple models", "a subset of models", "across models", "on Claude models",
 * "requests to models". A family before "models" ("Sonnet models") is a family, not this.
 */
const SOME_MODELS = new RegExp(
  String.raw`\b(?:multiple|many|several|some|various|numerous|certain|other|few|select|` +
    String.raw`(?:a\s+)?(?:subset|number|handful|range|variety)\s+of)\s+(?:(?:the|our)\s+)?(?:claude\s+)?models\b` +
    String.raw`|\b(?:across|on|to|for|with|in)\s+(?:claude\s+)?models\b|\bclaude\s+models\b`,
  'i',
);

/** Named models plus an open set: "and other models", "including", "and others". */
const OPEN_SET =
  /\b(?:and|&|plus)\s+(?:some\s+|several\s+|many\s+)?others\b|\bother\s+(?:claude\s+)?models\b|\bincluding\b|\bsuch\s+as\b|\bamongst?\s+others\b/i;

/** "non-Opus models", "non-Haiku 4.5 requests": group 1 is the excluded model. */
const NON_FAMILY = /\bnon-([a-z]{2,20}(?:[ -]\d{1,2}(?:\.\d{1,2})?)?)(\s+(?:claude\s+)?models?\b)?/gi;

/**
 * "all models except Haiku 4.5": group 1 is the excluded list, up to the end of the clause. A dot
 * between digits is a version ("Haiku 4.5"), not the end of the clause. `(?:\s*,)?\s+` rather than
 * `\s*,?\s+`: two quantifiers over the same spaces split a run of n spaces n² ways.
 */
const MODELS_EXCEPT =
  /\bmodels?(?:\s*,)?\s+(?:except(?:\s+for)?|excluding|other\s+than|apart\s+from|besides|but\s+not)\s+((?:[^.;:!?\n]|(?<=\d)\.(?=\d)){1,200})/gi;

/** A sentence saying something was not affected: its models are not affected models. */
const NOT_AFFECTED =
  /(?:\bnot|n't|\bnever|\bno\s+longer)\s+(?:\S+\s+){0,4}?(?:affect|impact)|\bunaffected\b|\bno\s+impact\b|\bwere\s+serving\b|\bremain(?:s|ed)?\s+(?:fully\s+)?(?:available|operational|unaffected)\b/i;

const PLATFORMS: readonly (readonly [string, RegExp])[] = [
  ['AWS Bedrock', /\bbedrock\b/i],
  ['Microsoft Foundry', /\b(?:azure|microsoft)\s+(?:ai\s+)?foundry\b|\bfoundry\b/i],
  ['Vertex AI', /\bvertex\b/i],
];

export interface Cues {
  all: boolean;
  some: boolean;
  open: boolean;
}

export function findCues(text: string): Cues {
  return { all: ALL_MODELS.test(text), some: SOME_MODELS.test(text), open: OPEN_SET.test(text) };
}

export function isNotAffectedSentence(sentence: string): boolean {
  return NOT_AFFECTED.test(sentence);
}

export function findPlatforms(text: string): string[] {
  return PLATFORMS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

export interface Exclusions {
  /** The text with the negated parts blanked out, so their models are not read as affected. */
  rest: string;
  /** Fragments naming the excluded models ("Opus", "Haiku 4.5"). */
  excluded: string[];
}

/** Cuts "non-Opus" and "models except X" out of a text. */
export function cutExclusions(text: string): Exclusions {
  const excluded: string[] = [];
  let rest = text.replace(NON_FAMILY, (whole, target: string, models: string | undefined) => {
    const word = (target.split(/[ -]/)[0] ?? '').toLowerCase();
    const knownFamily = STRONG_FAMILIES.has(word) || WEAK_FAMILIES.has(word);
    if (!knownFamily && models === undefined) return whole; // "non-streaming requests"
    excluded.push(target);
    return ' . ';
  });
  rest = rest.replace(MODELS_EXCEPT, (_whole, list: string) => {
    excluded.push(list);
    return ' . ';
  });
  return { rest, excluded };
}
