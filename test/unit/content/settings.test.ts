import { describe, expect, it } from 'vitest';
import { DEFAULT_BANNER_SETTINGS, readBannerSettings } from '../../../src/content/settings';
import { defaultSettings } from '../../../src/shared/settings';

describe('readBannerSettings', () => {
  it('defaults agree with the shared settings defaults', () => {
    const { banner, sessionSignal, pollIntervalSec, theme, mutedModels, mutedComponentIds } = defaultSettings;
    expect(DEFAULT_BANNER_SETTINGS).toEqual({
      banner,
      sessionSignal,
      pollIntervalSec,
      theme,
      mutedModels,
      mutedComponentIds,
    });
    expect(readBannerSettings(undefined)).toEqual(DEFAULT_BANNER_SETTINGS);
  });

  it('reads a stored record', () => {
    expect(
      readBannerSettings({
        ...defaultSettings,
        banner: false,
        sessionSignal: false,
        pollIntervalSec: 300,
        theme: 'dark',
        mutedModels: ['Opus 4.7'],
        mutedComponentIds: ['rwppv331jlwc'],
      }),
    ).toEqual({
      banner: false,
      sessionSignal: false,
      pollIntervalSec: 300,
      theme: 'dark',
      mutedModels: ['Opus 4.7'],
      mutedComponentIds: ['rwppv331jlwc'],
    });
  });

  it('falls back field by field on garbage', () => {
    expect(
      readBannerSettings({
        banner: 'no',
        sessionSignal: 0,
        pollIntervalSec: -1,
        theme: 'pink',
        mutedModels: ['Opus 4.7', 3],
        mutedComponentIds: 'x',
      }),
    ).toEqual({ ...DEFAULT_BANNER_SETTINGS, mutedModels: ['Opus 4.7'] });
  });
});
