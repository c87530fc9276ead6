import { describe, expect, test } from 'vitest';
import { rememberFamilies } from './learned';
import { LEARNED_FAMILIES_MAX, readLearnedFamilies } from './learned-words';

const incident = (name: string, bodies: string[] = []) => ({ name, updates: bodies.map((body) => ({ body })) });

describe('readLearnedFamilies', () => {
  test('keeps short lower-case words only, once each', () => {
    expect(readLearnedFamilies(['nova', 'nova', 'Nova', '', 'x', 42, null, 'a'.repeat(40), 'aur-ora'])).toEqual([
      'nova',
      'aur-ora',
    ]);
  });

  test('anything but an array is an empty vocabulary', () => {
    for (const raw of [undefined, null, 'nova', { nova: true }, 7]) expect(readLearnedFamilies(raw)).toEqual([]);
  });

  test(`at most ${LEARNED_FAMILIES_MAX}`, () => {
    const many = Array.from({ length: 100 }, (_, i) => `fam${String.fromCharCode(97 + (i % 26))}${'x'.repeat(i % 5)}`);
    expect(readLearnedFamilies(many).length).toBeLessThanOrEqual(LEARNED_FAMILIES_MAX);
  });
});

describe('rememberFamilies', () => {
  test('null when nothing new: nothing to write', () => {
    expect(rememberFamilies([], [incident('Elevated errors on Opus 4.7')])).toBeNull();
    expect(rememberFamilies(['nova'], [incident('Elevated errors on Claude Nova 6')])).toBeNull();
  });

  test('new families first, from titles and bodies, only with strong evidence', () => {
    expect(
      rememberFamilies(
        ['lyra'],
        [
          incident('Elevated errors on Claude Nova 6'),
          incident('Errors on Nova 6'),
          incident('Degraded performance', ['Requests to claude-vega-2-20270101 failed.']),
          incident('Elevated errors on Claude Code 2.1 and Opus 4.7'),
        ],
      ),
    ).toEqual(['nova', 'vega', 'lyra']);
  });

  test('the oldest go once the list is full', () => {
    const known = Array.from(
      { length: LEARNED_FAMILIES_MAX },
      (_, i) => `old${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${i}`,
    )
      .map((w) => w.replace(/\d/g, ''))
      .map((w, i) => w + 'q'.repeat(i % 10));
    const next = rememberFamilies(known, [incident('Elevated errors on Claude Nova 6')]);
    expect(next?.[0]).toBe('nova');
    expect(next).toHaveLength(LEARNED_FAMILIES_MAX);
  });
});
