// The check interval's bounds and default, in one place for the poll policy and the setting (shared/settings
// stores seconds and derives them from these). A module of its own so the popup and the banner, which read
// the setting, do not load the policy.
export const MIN_POLL_MS = 30_000;
export const MAX_POLL_MS = 15 * 60_000;
export const DEFAULT_POLL_MS = 60_000;
