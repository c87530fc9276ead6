import { describe, expect, it } from 'vitest';
import {
  componentChoices,
  componentNamesFromIncidents,
  setComponentMuted,
} from '../../../src/options/component-choices';
import { durationLabel, pollIntervalChoices, POLL_INTERVAL_STEPS_SEC } from '../../../src/options/poll-interval';
import { incidentFixture, snapshotFrom } from './fakes';

describe('pollIntervalChoices', () => {
  it('offers 30 s to 15 min', () => {
    expect(pollIntervalChoices(60)).toEqual([30, 60, 120, 300, 600, 900]);
  });
  it('adds a valid stored value that is not a step, in order', () => {
    expect(pollIntervalChoices(45)).toEqual([30, 45, 60, 120, 300, 600, 900]);
  });
  it('does not add out-of-range values', () => {
    expect(pollIntervalChoices(5)).toEqual([...POLL_INTERVAL_STEPS_SEC]);
    expect(pollIntervalChoices(3600)).toEqual([...POLL_INTERVAL_STEPS_SEC]);
  });
});

describe('durationLabel', () => {
  it('uses seconds below a minute and minutes for whole minutes', () => {
    expect(durationLabel(30, 'en')).toBe('30 seconds');
    expect(durationLabel(60, 'en')).toBe('1 minute');
    expect(durationLabel(900, 'en')).toBe('15 minutes');
    expect(durationLabel(90, 'en')).toBe('90 seconds');
    expect(durationLabel(300, 'de')).toBe('5 Minuten');
    expect(durationLabel(600, 'ja')).toBe('10 分');
  });
});

describe('componentChoices on the real summary', () => {
  const components = snapshotFrom().data!.components;

  it('lists the page components in page order, muted by id', () => {
    const choices = componentChoices(components, ['yyzkbfz2thpt']);
    expect(choices.map((c) => c.name)).toEqual([
      'claude.ai',
      'Claude Console (platform.claude.com)',
      'Claude API (api.anthropic.com)',
      'Claude Code',
      'Claude Cowork',
      'Claude for Government',
    ]);
    expect(choices.filter((c) => c.muted).map((c) => c.id)).toEqual(['yyzkbfz2thpt']);
  });

  it('keeps muted ids the page no longer lists, named from incidents when known', () => {
    const names = componentNamesFromIncidents([incidentFixture('multipleModels')]);
    const withoutCowork = components.filter((c) => c.id !== 'bpp5gb3hpjcl');
    const choices = componentChoices(withoutCowork, ['bpp5gb3hpjcl', 'zzzzgone0000'], names);
    expect(choices.slice(-2)).toEqual([
      { id: 'bpp5gb3hpjcl', name: 'Claude Cowork', listed: false, muted: true },
      { id: 'zzzzgone0000', name: 'zzzzgone0000', listed: false, muted: true },
    ]);
  });

  it('setComponentMuted adds once and removes', () => {
    expect(setComponentMuted(['a'], 'a', true)).toEqual(['a']);
    expect(setComponentMuted(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});
