// An update must read back everything version 0.1.0 stored. The fixtures are storage.local dumped
// from the 0.1.0 build in real Chromium and Firefox (scripts/dump-storage.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/shared/settings';
import { KEYS, loadSettings, loadSnapshot, snapshotRecord } from '../../src/shared/storage';
import { loadPollState } from '../../src/shared/worker-storage';
import { FakeStorage } from './fake-storage';

const load = (browser: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/storage-0.1.0/${browser}.json`, import.meta.url), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;

const areaOf = (items: Record<string, unknown>) => new FakeStorage(items).area;

describe.each(['chromium', 'firefox'])('storage written by 0.1.0 in %s', (browser) => {
  for (const [moment, stored] of Object.entries(load(browser))) {
    it(`${moment}: every setting, the snapshot and the poll state read back unchanged`, async () => {
      const area = areaOf(stored);
      // Settings added since 0.1.0 take their defaults; every stored one is kept as it was.
      expect(await loadSettings(area)).toEqual({ ...(stored[KEYS.settings] as object), sessionSignal: true });
      expect(await loadSnapshot(area)).toEqual(stored[KEYS.snapshot]);
      expect(await loadPollState(area)).toEqual(stored[KEYS.poll]);
      // The fixtures are not trivial: a user's changed settings and real incident data.
      expect(readSettings(stored[KEYS.settings]).mutedModels).toEqual(['Haiku 4.5']);
      expect(snapshotRecord.read(stored[KEYS.snapshot]).data?.components.length).toBeGreaterThan(0);
    });
  }
});

describe('garbage in each storage key gives defaults, never a throw', () => {
  const garbage: unknown[] = [null, 0, 'x', [], [1, 2], true, { version: 'nine' }, { data: 5 }, Number.NaN];
  it.each(garbage.map((value) => [JSON.stringify(value) ?? String(value), value]))('%s', async (_, value) => {
    const area = areaOf({ [KEYS.settings]: value, [KEYS.snapshot]: value, [KEYS.poll]: value });
    const settings = await loadSettings(area);
    expect(settings.pollIntervalSec).toBe(60);
    const snapshot = await loadSnapshot(area);
    expect(snapshot.data === null || typeof snapshot.data === 'object').toBe(true);
    expect(Array.isArray(snapshot.recentlyResolved)).toBe(true);
    const poll = await loadPollState(area);
    expect(typeof poll.origin).toBe('string');
  });
});
