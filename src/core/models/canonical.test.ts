import { describe, expect, it } from 'vitest';
import { canonicalFamily, canonicalVersion } from './canonical';

describe('canonical names', () => {
  it('capitalises families and maps pre-family ids to Claude', () => {
    expect(canonicalFamily('sonnet')).toBe('Sonnet');
    expect(canonicalFamily('MYTHOS')).toBe('Mythos');
    expect(canonicalFamily(null)).toBe('Claude');
    expect(canonicalFamily('claude')).toBe('Claude');
  });

  it('drops a trailing .0', () => {
    expect(canonicalVersion('Opus', '4.0')).toBe('4');
    expect(canonicalVersion('Claude', '1.0')).toBe('1');
    expect(canonicalVersion('Opus', '4.10')).toBe('4.10');
    expect(canonicalVersion('Mythos', '5.0')).toBe('5');
  });

  it('reads a two-digit run on a dotted family as a dropped dot, conservatively', () => {
    expect(canonicalVersion('Opus', '48')).toBe('4.8');
    expect(canonicalVersion('Sonnet', '35')).toBe('3.5');
    expect(canonicalVersion('Opus', '12')).toBeNull();
    expect(canonicalVersion('Opus', '20')).toBeNull();
    // Unknown families keep what was written: their version scheme is unknown.
    expect(canonicalVersion('Mythos', '10')).toBe('10');
  });

  it('accepts only single-digit majors for pre-family names', () => {
    expect(canonicalVersion('Claude', '2.1')).toBe('2.1');
    expect(canonicalVersion('Claude', '10')).toBeNull();
  });
});
