// Every real title (test/fixtures/incident-history.tsv) against labels written by hand in
// test/fixtures/models-labelled.tsv (id, title, expected models, scope, platforms).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAffectedModels, extractIncidentModels } from '../../src/core/models';

interface Labelled {
  id: string;
  title: string;
  models: string[];
  scope: string;
  platforms: string[];
}

function readTsv(path: string): string[][] {
  const text = readFileSync(new URL(path, import.meta.url), 'utf8');
  return text
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
}

const list = (cell: string | undefined): string[] => (cell ? cell.split(',') : []);

const labelled: Labelled[] = readTsv('../fixtures/models-labelled.tsv').map(
  ([id = '', title = '', models, scope = '', platforms]) => ({
    id,
    title,
    models: list(models),
    scope,
    platforms: list(platforms),
  }),
);

const history = readTsv('../fixtures/incident-history.tsv').map(([, , , id = '', title = '', , body = '']) => ({
  id,
  title,
  body: body.replace(/\\n/g, '\n'),
}));

describe('labelled real titles', () => {
  it('labels every real incident, with the same title', () => {
    expect(labelled.map((l) => [l.id, l.title])).toEqual(history.map((h) => [h.id, h.title]));
  });

  it('has a varied label set', () => {
    const count = (scope: string) => labelled.filter((l) => l.scope === scope).length;
    expect(count('named')).toBeGreaterThan(300);
    expect(count('none')).toBeGreaterThan(250);
    for (const scope of ['some', 'all', 'family']) expect(count(scope)).toBeGreaterThan(0);
  });

  it.each(labelled)('$id $title', ({ title, models, scope, platforms }) => {
    const got = extractIncidentModels(title);
    expect({ models: got.models, scope: got.scope, platforms: got.platforms }).toEqual({ models, scope, platforms });
    expect(extractAffectedModels(title)).toEqual({ models, scope });
  });
});

describe('all 781 titles with their latest update', () => {
  const CANONICAL = /^[A-Z][a-z]+(?: \d{1,2}(?:\.\d{1,2})?)?$/;

  it('keeps the output invariants', () => {
    for (const { title, body } of history) {
      const got = extractIncidentModels(title, [body]);
      expect([...new Set(got.models)].sort()).toEqual(got.models);
      for (const name of got.models) {
        expect(name).toMatch(CANONICAL);
        expect(name.endsWith('.0')).toBe(false);
      }
      for (const name of got.fromTitle) expect(got.models).toContain(name);
      if (got.scope === 'none' || got.scope === 'some') expect(got.models).toEqual([]);
      if (got.scope === 'named' || got.scope === 'named+others' || got.scope === 'except' || got.scope === 'family') {
        expect(got.models.length).toBeGreaterThan(0);
      }
      if (got.scope === 'family') for (const name of got.models) expect(name).not.toMatch(/\d/);
    }
  });

  it('is fast enough to run on every poll', () => {
    const start = performance.now();
    for (const { title, body } of history) extractIncidentModels(title, [body]);
    const perCallMs = (performance.now() - start) / history.length;
    // Measured ~0.05 ms; the bound leaves room for slow CI machines.
    expect(perCallMs).toBeLessThan(2);
  });
});
