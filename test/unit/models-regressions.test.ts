// Inputs that once broke the extractor, verbatim, each with the answer it must give. Kept so the
// same class of mistake cannot come back; the general rules behind them are property tests in
// src/core/models/properties.test.ts.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from './property-runs';
import { extractAffectedModels } from '../../src/core/models';

type Case = [title: string, models: string[], scope: string];

describe('"except" lists keep decimal versions', () => {
  it.each<Case>([
    ['Elevated errors on all models except Haiku 4.5', ['Haiku 4.5'], 'except'],
    ['Elevated errors on all models other than Haiku 4.5', ['Haiku 4.5'], 'except'],
    ['Elevated errors on all models apart from Haiku 4.5', ['Haiku 4.5'], 'except'],
    ['Elevated errors on all models except Haiku 4.5 and Opus 4.6', ['Haiku 4.5', 'Opus 4.6'], 'except'],
    ['Elevated errors on all models except Claude 3.5 Sonnet.', ['Sonnet 3.5'], 'except'],
  ])('%s', (title, models, scope) => {
    expect(extractAffectedModels(title)).toEqual({ models, scope });
  });

  it('in an update body too', () => {
    expect(
      extractAffectedModels('Elevated errors on multiple models', [
        'We are seeing errors on all models other than Haiku 4.5. Opus is being investigated.',
      ]),
    ).toEqual({ models: ['Haiku 4.5'], scope: 'except' });
  });
});

describe('product versions and counts are not model versions', () => {
  it.each<Case>([
    ['Claude Code 2.1 and Opus 4.6 errors', ['Opus 4.6'], 'named'],
    ['Claude Desktop 1.2 and Sonnet 4.5 crash', ['Sonnet 4.5'], 'named'],
    ['Claude app 3 and Haiku 4.5 issue', ['Haiku 4.5'], 'named'],
    ['Errors on Opus 4.7 (2 regions)', ['Opus 4.7'], 'named'],
    ['Errors affecting 5 Opus 4.7 users', ['Opus 4.7'], 'named'],
  ])('%s', (title, models, scope) => {
    expect(extractAffectedModels(title)).toEqual({ models, scope });
  });
});

describe('Unicode spaces are spaces', () => {
  it.each<Case>([
    ['Elevated errors on Opus\u00a04.7', ['Opus 4.7'], 'named'],
    ['Claude\u00a0Opus\u00a04.7 and Sonnet\u00a04.6', ['Opus 4.7', 'Sonnet 4.6'], 'named'],
  ])('%j', (title, models, scope) => {
    expect(extractAffectedModels(title)).toEqual({ models, scope });
  });
});

describe('hostile text finishes quickly', () => {
  // Before the fix, "models" and 80,000 spaces took seconds (a \s*,?\s+ that backtracked
  // quadratically). The bound is generous on purpose: it catches quadratic time, not jitter.
  const MB = 1 << 20;
  it.each([
    ['"models" then spaces', 'models' + ' '.repeat(MB)],
    ['"models" then non-breaking spaces', 'models' + '\u00a0'.repeat(MB)],
  ])('%s, 1 MB as title and as body', (_name, text) => {
    const start = performance.now();
    extractAffectedModels(text);
    extractAffectedModels('Elevated errors', [text]);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('kin, as properties', () => {
  const family = fc.constantFrom('Opus', 'Sonnet', 'Haiku');
  const dotted = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => `${a}.${b}`);
  const space = fc.constantFrom(' ', '\u00a0', '\u2009', '\u202f', '\u3000', '\u2007', '  ', '\t', ' \u200b');

  it('every "except" wording keeps a dotted version, in a title and in a body', () => {
    const wording = fc.constantFrom(
      'except',
      'except for',
      'other than',
      'apart from',
      'excluding',
      'besides',
      'but not',
    );
    fc.assert(
      fc.property(wording, family, dotted, (w, f, v) => {
        const expected = { models: [`${f} ${v}`], scope: 'except' };
        expect(extractAffectedModels(`Elevated errors on all models ${w} ${f} ${v}`)).toEqual(expected);
        expect(
          extractAffectedModels('Elevated errors on several models', [`Errors on all models ${w} ${f} ${v}.`]),
        ).toEqual(expected);
      }),
      runs(100),
    );
  });

  it('a number after a product word never becomes a model', () => {
    const product = fc.constantFrom(
      'Claude Code',
      'Claude Desktop',
      'Claude app',
      'Claude for Chrome',
      'Windows',
      'iOS',
    );
    const number = fc.constantFrom('1', '2', '3', '1.2', '2.1', '3.5', '18');
    fc.assert(
      fc.property(product, number, family, dotted, (p, n, f, v) => {
        expect(extractAffectedModels(`${p} ${n} and ${f} ${v} errors`).models).toEqual([`${f} ${v}`]);
      }),
      runs(100),
    );
  });

  it('a count is not a version', () => {
    const unit = fc.constantFrom('regions', 'users', 'customers', 'minutes', 'hours', 'other models', 'more models');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), unit, family, dotted, (n, u, f, v) => {
        expect(extractAffectedModels(`Errors on ${f} ${v} (${n} ${u})`).models).toEqual([`${f} ${v}`]);
        expect(extractAffectedModels(`Errors on ${f} ${v} and ${n} ${u}`).models).toEqual([`${f} ${v}`]);
        expect(extractAffectedModels(`Errors affecting ${n} ${f} ${v} ${u}`).models).toEqual([`${f} ${v}`]);
      }),
      runs(100),
    );
  });

  it('any Unicode space reads as a plain space', () => {
    fc.assert(
      fc.property(family, dotted, family, dotted, space, (f, v, g, w, s) => {
        const plain = `Elevated errors on Claude ${f} ${v} and ${g} ${w}`;
        expect(extractAffectedModels(plain.replaceAll(' ', s))).toEqual(extractAffectedModels(plain));
      }),
      runs(100),
    );
  });

  it('1 MB of any repeated fragment stays bounded, as title and as body', () => {
    const piece = fc.array(
      fc.constantFrom(
        'models',
        ' ',
        '\u00a0',
        ',',
        'non-',
        'not',
        "n't",
        'claude-',
        'Claude',
        'Opus',
        '4',
        '4.5',
        '.',
        '(',
        'v1.',
        '-1',
        'except',
        'all',
        'of',
        'the',
        'and',
        '\n',
        '@',
        'Mythos',
        'remains',
      ),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(piece, (parts) => {
        const unit = parts.join('');
        const text = unit.repeat(Math.ceil((1 << 20) / unit.length));
        const start = performance.now();
        extractAffectedModels(text);
        extractAffectedModels('Elevated errors', [text, text]);
        // Generous: catches quadratic work (seconds), not scheduling jitter.
        expect(performance.now() - start).toBeLessThan(2000);
      }),
      // Each case reads 3 MB of text: at CI_RUNS this one property took 10 of the 16 s that CI_RUNS added to the
      // whole unit run. What it looks for, work growing faster than the text, fails any case it is in, so 200
      // cases (13 times the local sample) are enough.
      runs(15, 200),
    );
  });
});
