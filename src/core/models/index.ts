// Affected-models extractor: which Claude models an incident is about, from its title and
// update bodies. Rules and their reasons: ./README.md. Pure and linear in the text length.

import type { AffectedModels, IncidentModels } from '../types';
import { formatName, type ModelName } from './canonical';
import { cutExclusions, findCues, findPlatforms, isNotAffectedSentence, type Cues } from './cues';
import { learnFamilies, type Families } from './families';
import { findMentions } from './mentions';
import { normaliseText } from './text';
import { tokenize, type Token } from './tokens';

type Scope = AffectedModels['scope'];

interface PreparedText {
  tokens: Token[];
  excludedTokens: Token[][];
  cues: Cues;
}

interface Reading {
  /** Models with a version. */
  named: ModelName[];
  /** Families named without a version. */
  bare: ModelName[];
  excluded: ModelName[];
  cues: Cues;
}

/**
 * How much text is read: real titles are under 200 characters and real update bodies under 1,000
 * (781 incidents). The limits are far above that and bound the work a hostile payload can cause.
 * Bodies are read in the order given (newest first) until their budget is spent.
 */
export const TITLE_LIMIT = 2_000;
export const BODIES_LIMIT = 20_000;

function withinBudget(bodies: readonly string[]): string[] {
  const kept: string[] = [];
  let left = BODIES_LIMIT;
  for (const body of bodies) {
    if (left <= 0) break;
    kept.push(body.slice(0, left));
    left -= body.length;
  }
  return kept;
}

/** Update bodies are read sentence by sentence so "not affected" sentences can be dropped. */
const SENTENCE_BREAK = /(?<=[.!?]) |\n/;

function prepare(text: string): PreparedText {
  const { rest, excluded } = cutExclusions(text);
  return { tokens: tokenize(rest), excludedTokens: excluded.map(tokenize), cues: findCues(rest) };
}

function read(text: PreparedText, families: Families): Reading {
  const mentions = findMentions(text.tokens, families);
  return {
    named: mentions.filter((m) => m.version !== null),
    bare: mentions.filter((m) => m.version === null),
    excluded: text.excludedTokens.flatMap((tokens) => findMentions(tokens, families)),
    cues: text.cues,
  };
}

/** Unique, sorted names; a bare family is dropped when a version of it is also named. */
function toNames(models: readonly ModelName[]): string[] {
  const versioned = new Set(models.filter((m) => m.version !== null).map((m) => m.family));
  const names = models.filter((m) => m.version !== null || !versioned.has(m.family)).map(formatName);
  return [...new Set(names)].sort();
}

function readTitle(title: Reading): { models: ModelName[]; scope: Scope } {
  if (title.excluded.length > 0) return { models: title.excluded, scope: 'except' };
  const models = [...title.named, ...title.bare];
  const { all, some, open } = title.cues;
  if (models.length === 0) return { models, scope: all ? 'all' : some ? 'some' : 'none' };
  if (all) return { models, scope: 'all' };
  if (title.named.length > 0) return { models, scope: open || some ? 'named+others' : 'named' };
  return { models, scope: open ? 'named+others' : 'family' };
}

function merge(
  title: { models: ModelName[]; scope: Scope },
  bodies: readonly Reading[],
): { models: ModelName[]; scope: Scope } {
  const bodyNamed = bodies.flatMap((b) => b.named);
  const bodyExcluded = bodies.flatMap((b) => b.excluded);
  // An open-set phrase counts only in a sentence that also names models ("primarily on June
  // Claude 3.5 Sonnet, but ... across multiple models"), not in "full recovery across all models".
  const bodyOpen = bodies.some((b) => b.named.length > 0 && (b.cues.open || b.cues.some));
  switch (title.scope) {
    case 'all':
    case 'except':
      return title;
    case 'named':
    case 'named+others':
      return {
        models: [...title.models, ...bodyNamed],
        scope: title.scope === 'named' && bodyOpen ? 'named+others' : title.scope,
      };
    case 'family': {
      if (bodyNamed.length === 0) return title;
      return { models: [...title.models, ...bodyNamed], scope: bodyOpen ? 'named+others' : 'named' };
    }
    case 'some':
    case 'none':
      if (bodyNamed.length > 0) return { models: bodyNamed, scope: bodyOpen ? 'named+others' : 'named' };
      if (bodyExcluded.length > 0) return { models: bodyExcluded, scope: 'except' };
      return title;
  }
}

/** Families remembered from earlier incidents (lower case), so bare later mentions are read. */
export type FamilyVocabulary = Iterable<string>;

interface Prepared {
  title: string;
  preparedTitle: PreparedText;
  sentences: string[];
  preparedSentences: PreparedText[];
}

function prepareIncident(rawTitle: string, updateBodies: readonly string[]): Prepared {
  // A title is one line whatever it contains.
  const title = normaliseText(rawTitle.slice(0, TITLE_LIMIT)).replace(/\n/g, ' ');
  const preparedTitle = prepare(title);
  const sentences = withinBudget(updateBodies)
    .flatMap((body) => normaliseText(body).split(SENTENCE_BREAK))
    .filter((sentence) => sentence.trim() !== '' && !isNotAffectedSentence(sentence));
  return { title, preparedTitle, sentences, preparedSentences: sentences.map(prepare) };
}

const textsOf = ({ preparedTitle, preparedSentences }: Prepared): PreparedText[] => [
  preparedTitle,
  ...preparedSentences,
];

/**
 * New families this incident vouches for (named with "Claude", as an API id, or listed with a
 * model), lower case: what a caller may keep and pass back as `vocabulary` for later incidents.
 */
export function familiesToRemember(title: string, updateBodies: readonly string[] = []): string[] {
  return [...learnFamilies(textsOf(prepareIncident(title, updateBodies))).vouched].sort();
}

export function extractIncidentModels(
  rawTitle: string,
  updateBodies: readonly string[] = [],
  vocabulary?: FamilyVocabulary,
): IncidentModels {
  const prepared = prepareIncident(rawTitle, updateBodies);
  const { title, preparedTitle, sentences, preparedSentences } = prepared;
  const families = learnFamilies(textsOf(prepared), vocabulary);

  const fromTitleOnly = readTitle(read(preparedTitle, families));
  const merged = merge(
    fromTitleOnly,
    preparedSentences.map((p) => read(p, families)),
  );
  const models = toNames(merged.models);
  const titleNames = new Set(toNames(fromTitleOnly.models));
  const platforms = new Set([title, ...sentences].flatMap(findPlatforms));
  return {
    models,
    scope: merged.scope,
    fromTitle: models.filter((m) => titleNames.has(m)),
    platforms: [...platforms].sort(),
  };
}

export function extractAffectedModels(
  title: string,
  updateBodies: readonly string[] = [],
  vocabulary?: FamilyVocabulary,
): AffectedModels {
  const { models, scope } = extractIncidentModels(title, updateBodies, vocabulary);
  return { models, scope };
}
