// Stand-in for src/core/models in core tests, so they test the core's own logic whatever the extractor's
// accuracy is: it recognises only canonical names written literally ("Opus 4.7") and two aggregates, and
// records every call so tests can check what the core passed in.
import type { AffectedModels, IncidentModels } from '../../src/core/types';

export const calls: { title: string; bodies: readonly string[] }[] = [];

const CANONICAL = /\b(Opus|Sonnet|Haiku) (\d+(?:\.\d+)?)\b/g;

function namesIn(text: string): string[] {
  return [...text.matchAll(CANONICAL)].map((match) => `${match[1]} ${match[2]}`);
}

export function extractIncidentModels(title: string, updateBodies: readonly string[] = []): IncidentModels {
  calls.push({ title, bodies: [...updateBodies] });
  const fromTitle = [...new Set(namesIn(title))].sort();
  const all = [...new Set([...fromTitle, ...updateBodies.flatMap(namesIn)])].sort();
  const aggregate = /\b(multiple|many) models\b/i.test(title);
  const scope: AffectedModels['scope'] = all.length > 0 ? 'named' : aggregate ? 'some' : 'none';
  return { models: all, scope, fromTitle, platforms: [] };
}

export function extractAffectedModels(title: string, updateBodies: readonly string[] = []): AffectedModels {
  const { models, scope } = extractIncidentModels(title, updateBodies);
  return { models, scope };
}
