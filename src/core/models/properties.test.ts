// Properties over generated titles: invariants on any input, client versions never becoming
// models, new families read in every surface form, and list order not mattering.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../test/unit/property-runs';
import { extractIncidentModels } from './index';
import { isNotFamily, QUALIFIER_WORDS } from './vocabulary';

const CANONICAL = /^[A-Z][a-z]+(?: \d{1,2}(?:\.\d{1,2})?)?$/;

const fragment = fc.constantFrom(
  'Claude',
  'claude',
  'Opus',
  'sonnet',
  'Haiku',
  'Instant',
  'Mythos',
  '4',
  '4.5',
  '3.7',
  '48',
  '2.1.27',
  'v1.3',
  'v2.1.120',
  'and',
  ',',
  '/',
  '&',
  'Code',
  'Desktop',
  'app',
  'models',
  'all',
  'multiple',
  'non-Opus',
  'except',
  'not',
  'affected',
  '(',
  ')',
  '-',
  '.',
  '\n',
  'Fast',
  'Mode',
  '1M',
  'June',
  'claude-3-5-sonnet-20241022',
  'claude-mythos-5',
  'on',
  'Vertex',
  'Bedrock',
  'including',
  '14:43',
  '529s',
);
const messyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fragment, { maxLength: 40 }).map((a) => a.join(' ')),
);

/** Made-up family names ("Zorak"), filtered to words the vocabulary does not already reserve. */
const newFamily = fc
  .stringMatching(/^[BDFGKLMNPRSTVZ][aeiou][rlnmst][aeiou][kmnrsx]$/)
  .filter((w) => !isNotFamily(w.toLowerCase()) && !QUALIFIER_WORDS.has(w.toLowerCase()));
const version = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }))
  .map(([major, minor]) => (minor === undefined ? `${major}` : `${major}.${minor}`));

describe('extractor properties', () => {
  it('never throws and keeps its output invariants on any text', () => {
    fc.assert(
      fc.property(messyText, fc.array(messyText, { maxLength: 3 }), (title, bodies) => {
        const got = extractIncidentModels(title, bodies);
        expect([...new Set(got.models)].sort()).toEqual(got.models);
        for (const name of got.models) expect(name).toMatch(CANONICAL);
        for (const name of got.fromTitle) expect(got.models).toContain(name);
        if (got.scope === 'none' || got.scope === 'some') expect(got.models).toEqual([]);
      }),
      runs(500),
    );
  });

  it('never reads a client version as a model', () => {
    const clientVersion = fc.tuple(fc.nat(9), fc.nat(20), fc.nat(20000)).map(([a, b, c]) => `${a}.${b}.${c}`);
    const template = fc.constantFrom(
      'Claude Code %s crashes on startup',
      'Claude Code v%s fails to start',
      'Claude desktop app %s unresponsive',
      'Claude Desktop v%s login issues',
      'Some users on v%s of Desktop saw errors',
      'Fixed in the v%s release of Claude Desktop',
    );
    fc.assert(
      fc.property(template, clientVersion, (t, v) => {
        expect(extractIncidentModels(t.replace('%s', v)).models).toEqual([]);
      }),
      runs(100),
    );
  });

  it('reads a new family in every surface form', () => {
    fc.assert(
      fc.property(newFamily, version, (family, v) => {
        const expected = [`${family} ${v}`];
        const idVersion = v.replace('.', '-');
        for (const title of [
          `Elevated errors on Claude ${family} ${v}`,
          `Claude ${family} ${v} elevated error rate`,
          `Elevated errors on Claude ${v} ${family}`,
          `errors on claude-${family.toLowerCase()}-${idVersion}-20270101`,
          `Elevated errors on Claude ${family} ${v} for Claude Code`,
        ]) {
          expect(extractIncidentModels(title).models, title).toEqual(expected);
        }
      }),
      runs(100),
    );
  });

  it('does not depend on list order', () => {
    fc.assert(
      fc.property(newFamily, version, fc.constantFrom('Opus', 'Sonnet', 'Haiku'), version, (family, v, known, w) => {
        const a = extractIncidentModels(`Elevated errors on Claude ${family} ${v} and ${known} ${w}`).models;
        const b = extractIncidentModels(`Elevated errors on Claude ${known} ${w} and Claude ${family} ${v}`).models;
        expect(a).toEqual(b);
        expect(a).toEqual([`${family} ${v}`, `${known} ${w}`].sort());
      }),
      runs(100),
    );
  });

  it('stays fast on long, adversarial text', () => {
    const long = 'Opus 4 and non-Claude (models except 1.2, '.repeat(5000);
    const start = performance.now();
    extractIncidentModels(long, [long]);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
