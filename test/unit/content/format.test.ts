import { describe, expect, it } from 'vitest';
import { LEVEL_GLYPHS, relativeStart, startedLabel, statusLabel, moreLabel } from '../../../src/content/format';
import { englishTranslator } from './support';

const t = englishTranslator();
const START = Date.parse('2026-05-22T04:16:42.159Z');
const MIN = 60_000;

describe('relativeStart', () => {
  it('speaks the UI language', () => {
    expect(relativeStart(START, START + 42 * MIN + 30_000, 'en')).toBe('42 min. ago');
    expect(relativeStart(START, START + 42 * MIN, 'de')).toBe('vor 42 Min.');
    expect(relativeStart(START, START + 42 * MIN, 'ja')).toBe('42 分前');
  });

  it('moves to hours and days', () => {
    expect(relativeStart(START, START + 3 * 60 * MIN, 'en')).toBe('3 hr. ago');
    expect(relativeStart(START, START + 5 * 24 * 60 * MIN, 'en')).toBe('5 days ago');
  });

  it('treats clock skew as just started', () => {
    expect(relativeStart(START, START - 5 * MIN, 'en')).toBe('this minute');
  });
});

describe('labels', () => {
  it('says when it started', () => {
    expect(startedLabel(START, START + 42 * MIN, 'en', t)).toBe('Started 42 min. ago');
    expect(startedLabel(null, START, 'en', t)).toBe('');
  });

  it('names the open statuses only', () => {
    expect(statusLabel('investigating', t)).toBe('Investigating');
    expect(statusLabel('identified', t)).toBe('Identified');
    expect(statusLabel('monitoring', t)).toBe('Monitoring');
    expect(statusLabel('unknown', t)).toBe('');
    expect(statusLabel(null, t)).toBe('');
  });

  it('counts further incidents', () => {
    expect(moreLabel(2, t)).toBe('+2 more');
    expect(moreLabel(0, t)).toBe('');
  });

  it('gives every level its own glyph', () => {
    expect(new Set(Object.values(LEVEL_GLYPHS)).size).toBe(Object.keys(LEVEL_GLYPHS).length);
  });
});
