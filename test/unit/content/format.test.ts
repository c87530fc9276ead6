import { describe, expect, it } from 'vitest';
import { LEVEL_GLYPHS, startedLabel, statusLabel, moreLabel } from '../../../src/content/format';
import { englishTranslator } from './support';

const t = englishTranslator();
const START = Date.parse('2026-05-22T04:16:42.159Z');
const MIN = 60_000;

describe('labels', () => {
  it('says when it started', () => {
    expect(startedLabel(START, START + 42 * MIN + 30_000, t)).toBe('Started 42 min ago');
    expect(startedLabel(START, START + 3 * 60 * MIN, t)).toBe('Started 3 h ago');
    expect(startedLabel(START, START + 5 * 24 * 60 * MIN, t)).toBe('Started 5 d ago');
    expect(startedLabel(null, START, t)).toBe('');
  });

  it('treats clock skew as just started', () => {
    expect(startedLabel(START, START - 5 * MIN, t)).toBe('Started less than a minute ago');
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
