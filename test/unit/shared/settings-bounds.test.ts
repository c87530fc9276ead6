import { describe, expect, it } from 'vitest';
import { DEFAULT_POLL_MS, MAX_POLL_MS, MIN_POLL_MS } from '../../../src/core/poll-bounds';
import { nextPollDelay } from '../../../src/core/poll-policy';
import { defaultSettings, POLL_INTERVAL_MAX_SEC, POLL_INTERVAL_MIN_SEC } from '../../../src/shared/settings';

const healthy = { hasOpenIncident: false, consecutiveFailures: 0, retryAfterMs: null, random: 0.5 };

describe('the check interval setting and the poll policy agree', () => {
  it('on the default: a fresh install polls every 60 s, as does a policy handed no usable interval', () => {
    expect(defaultSettings.pollIntervalSec * 1000).toBe(DEFAULT_POLL_MS);
    expect(nextPollDelay({ ...healthy, intervalMs: Number.NaN })).toBe(defaultSettings.pollIntervalSec * 1000);
  });

  it('on the bounds: every interval the setting accepts is polled at as set', () => {
    expect([POLL_INTERVAL_MIN_SEC * 1000, POLL_INTERVAL_MAX_SEC * 1000]).toEqual([MIN_POLL_MS, MAX_POLL_MS]);
    for (const sec of [POLL_INTERVAL_MIN_SEC, POLL_INTERVAL_MAX_SEC]) {
      expect(nextPollDelay({ ...healthy, intervalMs: sec * 1000 })).toBe(sec * 1000);
    }
  });
});
