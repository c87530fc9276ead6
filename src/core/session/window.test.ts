import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runs } from '../../../test/unit/property-runs';
import { countOne, emptyCounts, readCounts, type RequestCounts } from './counts';
import { BUCKET_MS, bucketStart, readWindow, sumWindow, WINDOW_MS } from './window';
import { mergeCounts, pruneWindow } from './window-update';

const T0 = Date.UTC(2026, 4, 22, 12, 0, 0);
const counts = (success: number, serverError = 0, rateLimited = 0, other = 0): RequestCounts => ({
  api: { success, serverError, rateLimited, other },
  send: { success: 0, serverError: 0, rateLimited: 0, other: 0 },
});

describe('mergeCounts', () => {
  test('adds into the bucket of the observation time and keeps buckets ordered', () => {
    let window = mergeCounts([], counts(1), T0 + 40_000);
    window = mergeCounts(window, counts(2, 1), T0 + 50_000);
    window = mergeCounts(window, counts(0, 0, 1), T0 + 5_000, T0 + 50_000);
    expect(window).toEqual([
      { start: T0, counts: counts(0, 0, 1) },
      { start: T0 + BUCKET_MS, counts: counts(3, 1) },
    ]);
  });

  test('prunes buckets that left the 5-minute window, and never keeps more than 10', () => {
    let window = mergeCounts([], counts(1), T0);
    window = mergeCounts(window, counts(1), T0 + WINDOW_MS - 1);
    expect(window.map((b) => b.start)).toEqual([T0, bucketStart(T0 + WINDOW_MS - 1)]);
    window = mergeCounts(window, counts(1), T0 + WINDOW_MS);
    expect(window.map((b) => b.start)).not.toContain(T0);
    expect(pruneWindow(window, T0 + 2 * WINDOW_MS)).toEqual([]);
  });

  test('counts observed in the future (clock moved back) are dropped, not kept forever', () => {
    expect(pruneWindow(mergeCounts([], counts(1), T0 + 10 * BUCKET_MS), T0)).toEqual([]);
  });

  test('the window sum equals the sum of what was merged within 5 minutes, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: WINDOW_MS - BUCKET_MS - 1 }), fc.nat(5), fc.nat(5)), {
          maxLength: 40,
        }),
        (items) => {
          const now = T0 + WINDOW_MS - BUCKET_MS;
          let window = pruneWindow([], now);
          for (const [offset, ok, bad] of items) window = mergeCounts(window, counts(ok, bad), T0 + offset, now);
          const sum = sumWindow(window);
          expect(sum.api.success).toBe(items.reduce((s, [, ok]) => s + ok, 0));
          expect(sum.api.serverError).toBe(items.reduce((s, [, , bad]) => s + bad, 0));
          expect(window.length).toBeLessThanOrEqual(WINDOW_MS / BUCKET_MS);
          expect(readWindow(JSON.parse(JSON.stringify(window)))).toEqual(window);
        },
      ),
      runs(100),
    );
  });
});

describe('stored shapes are checked', () => {
  test('counts keep only their numeric fields', () => {
    const raw = { api: { ...counts(1).api, url: 'https://claude.ai/api/x' }, send: emptyCounts().send, path: '/x' };
    expect(readCounts(raw)).toEqual(counts(1));
    expect(Object.keys(readCounts(raw)!)).toEqual(['api', 'send']);
  });

  test.each([null, 'x', { api: { success: -1 } }, { api: { success: 1.5 } }, { api: { success: 'a' } }])(
    'rejects %j',
    (raw) => {
      expect(readCounts(raw)).toBeNull();
    },
  );

  test('sends cannot exceed API requests', () => {
    expect(readCounts({ api: counts(0).api, send: { success: 1 } })).toBeNull();
    expect(readCounts(countOne(emptyCounts(), 'send', 'serverError'))).toEqual(
      countOne(emptyCounts(), 'send', 'serverError'),
    );
  });

  test('a malformed window loses only its bad buckets', () => {
    expect(
      readWindow([
        { start: T0, counts: counts(1) },
        { start: T0 + 1, counts: counts(1) },
        { start: T0 + BUCKET_MS, counts: 'x' },
        { start: T0, counts: counts(5) },
        'junk',
      ]),
    ).toEqual([{ start: T0, counts: counts(1) }]);
    expect(readWindow(undefined)).toEqual([]);
  });
});
