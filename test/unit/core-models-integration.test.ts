// The core with the real affected-models extractor (no mock): models reach the normalised incident, and the
// extractor's module exposes both of its functions.
import { describe, expect, test } from 'vitest';
import { extractAffectedModels, extractIncidentModels } from '../../src/core/models';
import { parseIncident } from '../../src/core/parse';
import { fixtureJson } from './core-fixtures';

function incident(name: Parameters<typeof fixtureJson>[0]) {
  const result = parseIncident(fixtureJson(name));
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

describe('real extractor through parseIncident', () => {
  test('p0mgnjv3bj97: an aggregate title, the models named in the updates', () => {
    const { models } = incident('multipleModels');
    expect(models.models).toEqual(expect.arrayContaining(['Opus 4.7', 'Sonnet 4.6', 'Haiku 4.5']));
    expect(models.scope).not.toBe('none');
    expect(models.fromTitle).toEqual([]);
  });

  test('3667134hg62q: API ids in the title of a backfilled incident', () => {
    const { models } = incident('backfilled');
    expect(models.models).toEqual(expect.arrayContaining(['Claude 2.1', 'Instant 1.2']));
    expect(models.fromTitle).toEqual(expect.arrayContaining(['Claude 2.1', 'Instant 1.2']));
  });

  test('core/models exports both extractor functions', () => {
    expect(extractAffectedModels('Elevated errors on Claude Opus 4.1', [])).toEqual({
      models: ['Opus 4.1'],
      scope: 'named',
    });
    expect(typeof extractIncidentModels).toBe('function');
  });
});
