import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runs } from '../../../test/unit/property-runs';
import { createTranslator, type Messages } from '../i18n';
import type { Level, Snapshot } from '../types';
import { readSessionShown, sessionBanner, sessionShown, type SessionBannerInput, type SessionShown } from './banner';
import { sessionLeads, sessionLine } from './present';
import en from '../../locales/en/session.json';

const ON_AT = Date.UTC(2026, 4, 22, 12, 0, 0);
const PAGE_UPDATED = '2026-05-22T10:00:00.000Z';
const facts = { failed: 5, total: 12, rateLimited: 1 };
const shown = (over: Partial<SessionShown> = {}): SessionShown => ({
  leads: true,
  onAt: ON_AT,
  failed: 5,
  total: 12,
  pageUpdatedAt: Date.parse(PAGE_UPDATED),
  ...over,
});

const input = (over: Partial<SessionBannerInput> = {}): SessionBannerInput => ({
  enabled: true,
  shown: shown(),
  official: false,
  dismissedOnAt: null,
  ...over,
});

/** Only the fields sessionShown reads: the page's own last update and our last fetch. */
const snapshot = (updatedAt: string | null, fetchedAt: number | null = ON_AT): Snapshot =>
  ({
    data: updatedAt === null ? null : ({ page: { updatedAt } } as Snapshot['data']),
    fetchedAt,
  }) as Snapshot;

describe('what the worker writes beside the badge', () => {
  test('the counts, the episode and the page’s last update while the signal is on', () => {
    expect(sessionShown('operational', { on: true, facts }, ON_AT, snapshot(PAGE_UPDATED))).toEqual(shown());
    // During an incident the badge shows the official state: the banner only adds the counts.
    expect(sessionShown('major', { on: true, facts }, ON_AT, snapshot(PAGE_UPDATED))).toEqual(shown({ leads: false }));
  });

  test('nothing while the signal is off, the setting is off (no view) or no episode is known', () => {
    expect(sessionShown('operational', { on: false, facts }, ON_AT, snapshot(PAGE_UPDATED))).toBeNull();
    expect(sessionShown('operational', null, ON_AT, snapshot(PAGE_UPDATED))).toBeNull();
    expect(sessionShown('operational', { on: true, facts }, null, snapshot(PAGE_UPDATED))).toBeNull();
  });

  test('without the page’s own time it says when we last fetched, and null without data', () => {
    expect(sessionShown('unknown', { on: true, facts }, ON_AT, snapshot(null, 1_000))?.pageUpdatedAt).toBe(1_000);
    expect(sessionShown('unknown', { on: true, facts }, ON_AT, snapshot(null, null))?.pageUpdatedAt).toBeNull();
  });

  test('a page time that does not parse (or is empty) counts as missing: our last fetch stands in', () => {
    for (const updatedAt of ['not a date', '']) {
      expect(sessionShown('unknown', { on: true, facts }, ON_AT, snapshot(updatedAt, 1_000))?.pageUpdatedAt).toBe(
        1_000,
      );
      expect(sessionShown('unknown', { on: true, facts }, ON_AT, snapshot(updatedAt, null))?.pageUpdatedAt).toBeNull();
    }
  });

  test('leads exactly when the badge gives the session the lead', () => {
    const levels: Level[] = ['operational', 'maintenance', 'minor', 'major', 'critical', 'unknown'];
    fc.assert(
      fc.property(fc.constantFrom(...levels), (level) => {
        const written = sessionShown(level, { on: true, facts }, ON_AT, snapshot(PAGE_UPDATED));
        expect(written?.leads).toBe(sessionLeads(level, { on: true, facts }));
      }),
      runs(100),
    );
  });

  test('read back as written; anything else is no record', () => {
    expect(readSessionShown(shown())).toEqual(shown());
    expect(readSessionShown({ ...shown(), pageUpdatedAt: 'yesterday' })).toEqual(shown({ pageUpdatedAt: null }));
    for (const junk of [null, undefined, 5, 'on', [], {}, { ...shown(), leads: 'yes' }, { ...shown(), onAt: NaN }])
      expect(readSessionShown(junk)).toBeNull();
    expect(readSessionShown({ ...shown(), failed: Infinity })).toBeNull();
    expect(readSessionShown({ ...shown(), total: '12' })).toBeNull();
  });
});

describe('the session on the claude.ai banner', () => {
  test('quiet variant while the status page says all is well, for this episode', () => {
    expect(sessionBanner(input())).toEqual({ kind: 'quiet', onAt: ON_AT });
  });

  test('nothing with the setting off or the signal off', () => {
    expect(sessionBanner(input({ enabled: false }))).toBeNull();
    expect(sessionBanner(input({ shown: null }))).toBeNull();
    expect(sessionBanner(input({ enabled: false, official: true }))).toBeNull();
    expect(sessionBanner(input({ shown: null, official: true }))).toBeNull();
  });

  test('under an official banner the counts join it, dismissed or not', () => {
    expect(sessionBanner(input({ official: true, shown: shown({ leads: false }) }))).toEqual({ kind: 'join' });
    expect(sessionBanner(input({ official: true, dismissedOnAt: ON_AT }))).toEqual({ kind: 'join' });
  });

  test('no quiet variant while the badge shows the official state (maintenance, an incident, unknown)', () => {
    expect(sessionBanner(input({ shown: shown({ leads: false }) }))).toBeNull();
  });

  test('a dismissal holds for its episode only: a new episode brings the banner back', () => {
    expect(sessionBanner(input({ dismissedOnAt: ON_AT }))).toBeNull();
    expect(sessionBanner(input({ dismissedOnAt: ON_AT, shown: shown({ onAt: ON_AT + 600_000 }) }))).toEqual({
      kind: 'quiet',
      onAt: ON_AT + 600_000,
    });
  });

  test('quiet exactly when the session leads and no official banner speaks; nothing without a record', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), (present, leads, official) => {
        const said = sessionBanner(input({ shown: present ? shown({ leads }) : null, official }));
        expect(said?.kind === 'quiet').toBe(present && leads && !official);
        expect(said === null).toBe(!present || (!official && !leads));
      }),
      runs(100),
    );
  });

  test('one line: "Your claude.ai session: 5 of 12 requests failed in the last 5 minutes"', () => {
    expect(sessionLine(facts, createTranslator(en as Messages))).toBe(
      'Your claude.ai session: 5 of 12 requests failed in the last 5 minutes',
    );
  });
});
