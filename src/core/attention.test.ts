import { describe, expect, test, vi } from 'vitest';
import { makeIncident, NO_MODELS } from '../../test/unit/core-builders';
import { isIncidentMuted } from './attention';
import type { AffectedModels, AttentionFilter, ComponentState } from './types';

vi.mock('./models', () => import('../../test/unit/fake-models'));

const components = (...ids: string[]): ComponentState[] =>
  ids.map((id) => ({ id, name: id, status: 'partial_outage' }));
const withModels = (models: string[], scope: AffectedModels['scope'], ids: string[] = ['rwppv331jlwc']) =>
  makeIncident({ models: { ...NO_MODELS, models, scope }, affectedComponents: components(...ids) });
const filter = (mutedModels: string[], mutedComponentIds: string[] = []): AttentionFilter => ({
  mutedModels,
  mutedComponentIds,
});

describe('isIncidentMuted', () => {
  test.each<[string, ReturnType<typeof withModels>, AttentionFilter, boolean]>([
    ['all named models muted', withModels(['Opus 4.7'], 'named'), filter(['Opus 4.7', 'Haiku 4.5']), true],
    ['case does not matter', withModels(['Opus 4.7'], 'named'), filter(['opus 4.7']), true],
    ['one named model not muted', withModels(['Opus 4.7', 'Sonnet 4.6'], 'named'), filter(['Opus 4.7']), false],
    ['named+others is never muted by models', withModels(['Opus 4.7'], 'named+others'), filter(['Opus 4.7']), false],
    ['family is never muted by models', withModels(['Opus'], 'family'), filter(['Opus']), false],
    ['except is never muted by models', withModels(['Opus'], 'except'), filter(['Opus']), false],
    ['some is never muted by models', withModels([], 'some'), filter(['Opus 4.7']), false],
    ['all is never muted by models', withModels([], 'all'), filter(['Opus 4.7']), false],
    ['no models, no components muted', withModels([], 'none'), filter(['Opus 4.7']), false],
    ['all affected components muted', withModels([], 'some', ['a', 'b']), filter([], ['a', 'b', 'c']), true],
    ['some affected components muted', withModels([], 'some', ['a', 'b']), filter([], ['a']), false],
    ['no affected components: component filter cannot mute', withModels([], 'none', []), filter([], ['a']), false],
    ['empty filter', withModels(['Opus 4.7'], 'named'), filter([]), false],
  ])('%s → %s', (_name, incident, f, muted) => {
    expect(isIncidentMuted(incident, f)).toBe(muted);
  });
});
