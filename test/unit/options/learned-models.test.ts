import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../property-runs';
import { compareModels, learnedModels, setModelMuted } from '../../../src/options/learned-models';
import { incidentFixture, snapshotFrom } from './fakes';

describe('learnedModels from the real incident captures', () => {
  // Names read by hand from the captures: p0mgnjv3bj97's updates name Opus 4.7, Sonnet 4.6 and Haiku 4.5;
  // 3667134hg62q's title "claude-instant-1.2, claude-2.1"; 9g6qpr72ttbr's update "Sonnet 4.0, Sonnet 4.5,
  // and Opus 4.5"; sn3y911gkt0r ("Claude models") names none.
  const open = incidentFixture('multipleModels');
  const resolved = incidentFixture('backfilled');
  const history = {
    fetchedAt: 0,
    incidents: [incidentFixture('manyModels'), incidentFixture('claudeModels'), open],
  };

  it('unites open, recently resolved and history incidents, family A→Z then newest version first', () => {
    const names = learnedModels(snapshotFrom([open], [resolved]), history, []).map((m) => m.name);
    expect(names).toEqual([
      'Claude 2.1',
      'Haiku 4.5',
      'Instant 1.2',
      'Opus 4.7',
      'Opus 4.5',
      'Sonnet 4.6',
      'Sonnet 4.5',
      'Sonnet 4',
    ]);
  });

  it('uses the snapshot alone when the history is missing', () => {
    const names = learnedModels(snapshotFrom([open], []), null, []).map((m) => m.name);
    expect(names).toEqual(['Haiku 4.5', 'Opus 4.7', 'Sonnet 4.6']);
  });

  it('keeps muted models nobody mentions any more, marked unseen, and matches muted names case-insensitively', () => {
    const choices = learnedModels(snapshotFrom([open], []), null, ['opus 4.7', 'Claude 3 Opus Legacy', 'Opus 3']);
    expect(choices).toEqual([
      { name: 'Claude 3 Opus Legacy', muted: true, seen: false },
      { name: 'Haiku 4.5', muted: false, seen: true },
      { name: 'Opus 4.7', muted: true, seen: true },
      { name: 'Opus 3', muted: true, seen: false },
      { name: 'Sonnet 4.6', muted: false, seen: true },
    ]);
  });

  it('is empty without data, and survives malformed incidents from storage', () => {
    expect(learnedModels(undefined, undefined, [])).toEqual([]);
    const broken = { ...open, models: undefined } as unknown as typeof open;
    expect(learnedModels(snapshotFrom([broken], []), { fetchedAt: 0, incidents: [] }, [])).toEqual([]);
  });
});

describe('compareModels', () => {
  it('orders versions numerically, not as text', () => {
    expect(['Opus 4.9', 'Opus 4.10', 'Opus 4', 'Opus'].sort(compareModels)).toEqual([
      'Opus 4.10',
      'Opus 4.9',
      'Opus 4',
      'Opus',
    ]);
  });

  const model = fc
    .tuple(
      fc.constantFrom('Opus', 'Sonnet', 'Haiku', 'Claude', 'Instant', 'Mythos'),
      fc.array(fc.nat(12), { maxLength: 3 }),
    )
    .map(([family, version]) => (version.length ? `${family} ${version.join('.')}` : family));

  it('is a consistent order: antisymmetric and transitive', () => {
    fc.assert(
      fc.property(model, model, model, (a, b, c) => {
        expect(Math.sign(compareModels(a, b))).toBe(-Math.sign(compareModels(b, a)) || 0);
        if (compareModels(a, b) <= 0 && compareModels(b, c) <= 0) expect(compareModels(a, c)).toBeLessThanOrEqual(0);
      }),
      runs(100),
    );
  });
});

describe('setModelMuted', () => {
  it('adds once and removes every spelling', () => {
    expect(setModelMuted(['Opus 4.7'], 'Sonnet 4.6', true)).toEqual(['Opus 4.7', 'Sonnet 4.6']);
    expect(setModelMuted(['Opus 4.7'], 'Opus 4.7', true)).toEqual(['Opus 4.7']);
    expect(setModelMuted(['opus 4.7', 'Opus 4.7', 'Haiku 4.5'], 'Opus 4.7', false)).toEqual(['Haiku 4.5']);
  });
});
