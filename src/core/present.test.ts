import { describe, expect, test, vi } from 'vitest';
import {
  healthyData,
  makeIncident,
  makeMaintenance,
  makeSnapshot,
  NOW,
  withComponentStatus,
} from '../../test/unit/core-builders';
import { createTranslator, type Messages, type Translate } from './i18n';
import messagesJson from '../locales/en/core.json';
import { badgeFor } from './badge';
import { LEVEL_COLORS } from './level-colors';
import { ageLabel, levelLabel, modelsLabel } from './present';
import type { AffectedModels, Level } from './types';

vi.mock('./models', () => import('../../test/unit/fake-models'));

const messages: Messages = messagesJson;
const english = createTranslator(messages);
/** English, but a key missing from messages.en.json fails the test instead of rendering ''. */
const t: Translate = (key, substitutions) => {
  if (!Object.hasOwn(messages, key)) throw new Error(`missing message key ${key}`);
  return english(key, substitutions);
};

const MIN = 60_000;

describe('ageLabel', () => {
  test.each([
    [0, 'less than a minute'],
    [59_999, 'less than a minute'],
    [MIN, '1 min'],
    [3 * MIN + 59_000, '3 min'],
    [59 * MIN, '59 min'],
    [60 * MIN, '1 h'],
    [47 * 60 * MIN, '47 h'],
    [48 * 60 * MIN, '2 d'],
    [-5 * MIN, 'less than a minute'],
    [Number.NaN, 'less than a minute'],
  ])('%d ms → %s', (ms, label) => {
    expect(ageLabel(ms, t)).toBe(label);
  });
});

describe('modelsLabel', () => {
  test.each<[AffectedModels, string]>([
    [{ models: ['Opus 4.7', 'Sonnet 4.6'], scope: 'named' }, 'Opus 4.7, Sonnet 4.6'],
    [{ models: ['Opus 4.7'], scope: 'named+others' }, 'Opus 4.7 and other models'],
    [{ models: ['Haiku'], scope: 'family' }, 'Haiku models'],
    [{ models: ['Opus'], scope: 'except' }, 'models other than Opus'],
    [{ models: [], scope: 'some' }, 'multiple models'],
    [{ models: [], scope: 'all' }, 'all models'],
    [{ models: [], scope: 'none' }, ''],
    [{ models: [], scope: 'named+others' }, 'multiple models'],
  ])('%j → %s', (models, label) => {
    expect(modelsLabel(models, t)).toBe(label);
  });
});

test('every level has a label', () => {
  const levels: Level[] = ['operational', 'maintenance', 'minor', 'major', 'critical', 'unknown'];
  expect(levels.map((level) => levelLabel(level, t))).toEqual([
    'Operational',
    'Under maintenance',
    'Degraded service',
    'Partial outage',
    'Major outage',
    'Unknown',
  ]);
});

describe('badgeFor', () => {
  const opus = makeIncident({
    id: 'a',
    name: 'Elevated errors on Opus 4.7',
    impact: 'major',
    models: { models: ['Opus 4.7', 'Sonnet 4.6'], scope: 'named', fromTitle: ['Opus 4.7'], platforms: [] },
  });
  const vague = makeIncident({
    id: 'b',
    name: 'Login issues\non claude.ai',
    impact: 'minor',
  });

  test('operational: no text, the tooltip says so and how fresh', () => {
    const badge = badgeFor('operational', makeSnapshot(healthyData(), { fetchedAt: NOW - 3 * MIN }), NOW, t);
    expect(badge).toEqual({
      text: '',
      color: LEVEL_COLORS.operational.background,
      textColor: '#FFFFFF',
      title: 'Claude status: Operational\nUpdated 3 min ago',
    });
  });

  test('data fetched "in the future" (the clock went back): the age is unknown, not "less than a minute"', () => {
    const snapshot = makeSnapshot(healthyData(), { fetchedAt: NOW + 60 * MIN });
    expect(badgeFor('unknown', snapshot, NOW, t).title).toBe(
      'Claude status: Unknown\nThe age of the status data is unknown: the clock was changed',
    );
  });

  test('incidents: their count, names (one line each) and models', () => {
    const data = { ...healthyData(), incidents: [opus, vague] };
    const badge = badgeFor('major', makeSnapshot(data), NOW, t);
    expect(badge.text).toBe('2');
    expect(badge.title).toBe(
      [
        'Claude status: Partial outage',
        'Elevated errors on Opus 4.7 (Opus 4.7, Sonnet 4.6)',
        'Login issues on claude.ai',
        'Updated less than a minute ago',
      ].join('\n'),
    );
  });

  test('more than three incidents: "+N more"; more than nine: 9+', () => {
    const many = Array.from({ length: 11 }, (_, i) => makeIncident({ id: `i${i}`, name: `Incident ${i}` }));
    const badge = badgeFor('minor', makeSnapshot({ ...healthyData(), incidents: many }), NOW, t);
    expect(badge.text).toBe('9+');
    expect(badge.title.split('\n').slice(1, 5)).toEqual(['Incident 0', 'Incident 1', 'Incident 2', '+8 more']);
  });

  test('a degraded component without incident: "!"', () => {
    const data = withComponentStatus(healthyData(), 'rwppv331jlwc', 'degraded_performance');
    expect(badgeFor('minor', makeSnapshot(data), NOW, t).text).toBe('!');
  });

  test('maintenance: "M" and its name', () => {
    const data = { ...healthyData(), maintenances: { active: [makeMaintenance()], upcoming: [] } };
    const badge = badgeFor('maintenance', makeSnapshot(data), NOW, t);
    expect([badge.text, badge.color]).toEqual(['M', LEVEL_COLORS.maintenance.background]);
    expect(badge.title).toContain('Maintenance: Database maintenance');
  });

  test('failed poll: "?", grey, the last good data\'s age', () => {
    const snapshot = makeSnapshot(
      { ...healthyData(), incidents: [opus] },
      {
        fetchedAt: NOW - 25 * MIN,
        error: { kind: 'network', detail: '', at: NOW },
      },
    );
    const badge = badgeFor('unknown', snapshot, NOW, t);
    expect([badge.text, badge.color]).toEqual(['?', LEVEL_COLORS.unknown.background]);
    expect(badge.title.split('\n')).toEqual([
      'Claude status: Unknown',
      'Elevated errors on Opus 4.7 (Opus 4.7, Sonnet 4.6)',
      "Can't reach the status page; last good data 25 min old",
    ]);
  });

  test('stale without error; never fetched; first poll failed', () => {
    const stale = badgeFor('unknown', makeSnapshot(healthyData(), { fetchedAt: NOW - 2 * 60 * MIN }), NOW, t);
    expect(stale.title).toBe('Claude status: Unknown\nStatus data is 2 h old');
    expect(badgeFor('unknown', makeSnapshot(null), NOW, t).title).toBe('Claude status: Unknown\nChecking status…');
    const failed = makeSnapshot(null, { error: { kind: 'waf-challenge', detail: '', at: NOW } });
    expect(badgeFor('unknown', failed, NOW, t).title).toBe("Claude status: Unknown\nCan't reach the status page");
  });

  test('the tooltip uses the translator for every word', () => {
    const pseudo: Translate = (key, subs = []) => `<${key}${subs.map((s) => `|${s}`).join('')}>`;
    const data = { ...healthyData(), incidents: [opus] };
    expect(badgeFor('major', makeSnapshot(data, { fetchedAt: NOW - 3 * MIN }), NOW, pseudo).title).toBe(
      [
        '<tooltipHeading|<levelMajor>>',
        '<tooltipIncidentWithModels|Elevated errors on Opus 4.7|Opus 4.7, Sonnet 4.6>',
        '<freshnessUpdated|<ageMinutes|3>>',
      ].join('\n'),
    );
  });
});

describe('colours', () => {
  // WCAG 2.x relative luminance and contrast ratio, written out here independently of the code under test.
  function luminance(hex: string): number {
    const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
    const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
      number,
      number,
      number,
    ];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  function contrast(a: string, b: string): number {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  }

  test.each(Object.entries(LEVEL_COLORS))(
    '%s badge text has at least 4.5:1 contrast',
    (_level, { background, text }) => {
      expect(contrast(background, text)).toBeGreaterThanOrEqual(4.5);
    },
  );

  test('levels are told apart by hue too (all six colours differ)', () => {
    expect(new Set(Object.values(LEVEL_COLORS).map((c) => c.background)).size).toBe(6);
  });
});
