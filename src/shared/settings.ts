import * as v from 'valibot';
import { DEFAULT_POLL_MS, MAX_POLL_MS, MIN_POLL_MS } from '../core/poll-bounds';

/** Bump when the stored shape changes, and add a migration from the previous version. */
export const SETTINGS_VERSION = 1;

// The bounds are the poll policy's, in the seconds the setting is stored in.
export const POLL_INTERVAL_MIN_SEC = MIN_POLL_MS / 1000;
export const POLL_INTERVAL_MAX_SEC = MAX_POLL_MS / 1000;

export const defaultSettings = {
  version: SETTINGS_VERSION,
  pollIntervalSec: DEFAULT_POLL_MS / 1000,
  notifications: {
    /** The user's wish; the optional permission must also be granted. */
    enabled: false,
    opened: true,
    escalated: true,
    updated: false,
    resolved: true,
  },
  /** Epoch ms until which notifications stay silent; 0 = not snoozed. */
  snoozeUntil: 0,
  banner: true,
  /** Canonical model names ("Opus 4.7") whose incidents the user does not want to hear about. */
  mutedModels: [] as string[],
  /** Component ids (names change; ids do not). */
  mutedComponentIds: [] as string[],
  theme: 'system' as 'system' | 'light' | 'dark',
  /** Count status codes of claude.ai's own API requests on this device (the session signal). */
  sessionSignal: true,
};

export type Settings = typeof defaultSettings;
export type NotificationEventSettings = Omit<Settings['notifications'], 'enabled'>;

const stringList = v.fallback(v.pipe(v.array(v.string()), v.maxLength(500)), []);
const flag = (value: boolean) => v.fallback(v.boolean(), value);

// Every field falls back to its default on its own, so one bad value never resets the rest. Built in a call the
// bundler may drop: the claude.ai content script imports this module (through ./storage) but never reads settings
// with it, and would otherwise keep the defaults' property reads that the schema makes.
const SettingsSchema = /* @__PURE__ */ settingsSchema();

function settingsSchema() {
  return v.object({
    version: v.fallback(v.literal(SETTINGS_VERSION), SETTINGS_VERSION),
    pollIntervalSec: v.fallback(
      v.pipe(v.number(), v.integer(), v.minValue(POLL_INTERVAL_MIN_SEC), v.maxValue(POLL_INTERVAL_MAX_SEC)),
      defaultSettings.pollIntervalSec,
    ),
    notifications: v.fallback(
      v.object({
        enabled: flag(defaultSettings.notifications.enabled),
        opened: flag(defaultSettings.notifications.opened),
        escalated: flag(defaultSettings.notifications.escalated),
        updated: flag(defaultSettings.notifications.updated),
        resolved: flag(defaultSettings.notifications.resolved),
      }),
      { ...defaultSettings.notifications },
    ),
    snoozeUntil: v.fallback(v.pipe(v.number(), v.minValue(0)), 0),
    banner: flag(defaultSettings.banner),
    mutedModels: stringList,
    mutedComponentIds: stringList,
    theme: v.fallback(v.picklist(['system', 'light', 'dark']), defaultSettings.theme),
    sessionSignal: flag(defaultSettings.sessionSignal),
  });
}

/** A pure step from one stored version to the next. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] upgrades stored version n to n + 1. Version 1 is the first released shape. */
export const migrations: Readonly<Record<number, Migration>> = {};

/** Whatever storage held (nothing, an old version, garbage) becomes valid current Settings. */
export function readSettings(
  raw: unknown,
  steps: Readonly<Record<number, Migration>> = migrations,
  current: number = SETTINGS_VERSION,
): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return structuredClone(defaultSettings);
  let value = raw as Record<string, unknown>;
  let version = typeof value.version === 'number' ? value.version : current;
  for (let step = steps[version]; version < current && step; step = steps[version]) {
    value = step(value);
    version += 1;
  }
  return v.parse(SettingsSchema, { ...value, version: SETTINGS_VERSION });
}
