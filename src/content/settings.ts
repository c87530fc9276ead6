// The few settings the banner needs, read without the full valibot schema: the content script is injected
// into every claude.ai page, so it stays small. The options page writes settings through readSettings, so
// what is stored is already valid; this only guards against a missing or foreign record.
import type { AttentionFilter } from '../core/types';

export interface BannerSettings extends AttentionFilter {
  banner: boolean;
  sessionSignal: boolean;
  pollIntervalSec: number;
  theme: 'system' | 'light' | 'dark';
}

// Same values as defaultSettings in src/shared/settings.ts (a test keeps them in step): importing that module
// would bring valibot into the page.
export const DEFAULT_BANNER_SETTINGS: Readonly<BannerSettings> = {
  banner: true,
  sessionSignal: true,
  pollIntervalSec: 60,
  theme: 'system',
  mutedModels: [],
  mutedComponentIds: [],
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

export function readBannerSettings(raw: unknown): BannerSettings {
  const stored = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const { pollIntervalSec: poll, theme } = stored;
  return {
    // Both default to on: only a stored false turns them off.
    banner: stored.banner !== false,
    sessionSignal: stored.sessionSignal !== false,
    pollIntervalSec:
      typeof poll === 'number' && poll > 0 && poll < Infinity ? poll : DEFAULT_BANNER_SETTINGS.pollIntervalSec,
    theme: theme === 'light' || theme === 'dark' ? theme : 'system',
    mutedModels: strings(stored.mutedModels),
    mutedComponentIds: strings(stored.mutedComponentIds),
  };
}
