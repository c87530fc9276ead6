import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createTranslator, type Messages } from '../i18n';
import type { Level } from '../types';
import { sessionBanner, sessionLine, type SessionBannerInput } from './banner';
import { sessionLeads } from './present';
import en from '../../locales/en/session.json';

const ON_AT = Date.UTC(2026, 4, 22, 12, 0, 0);
const facts = { failed: 5, total: 12, rateLimited: 0 };

const input = (over: Partial<SessionBannerInput> = {}): SessionBannerInput => ({
  enabled: true,
  level: 'operational',
  session: { on: true, facts },
  onAt: ON_AT,
  official: false,
  dismissedOnAt: null,
  ...over,
});

describe('the session on the claude.ai banner', () => {
  test('quiet variant while the status page says all is well, for this episode', () => {
    expect(sessionBanner(input())).toEqual({ kind: 'quiet', onAt: ON_AT });
  });

  test('nothing with the setting off or the signal off', () => {
    expect(sessionBanner(input({ enabled: false }))).toBeNull();
    expect(sessionBanner(input({ session: { on: false, facts } }))).toBeNull();
    expect(sessionBanner(input({ enabled: false, official: true }))).toBeNull();
    expect(sessionBanner(input({ session: { on: false, facts }, official: true }))).toBeNull();
  });

  test('under an official banner the counts join it, dismissed or not', () => {
    expect(sessionBanner(input({ official: true, level: 'major' }))).toEqual({ kind: 'join' });
    expect(sessionBanner(input({ official: true, level: 'major', dismissedOnAt: ON_AT }))).toEqual({ kind: 'join' });
  });

  test.each(['maintenance', 'minor', 'major', 'critical', 'unknown'] as Level[])(
    'no quiet variant while the page says %s: the official state leads',
    (level) => {
      expect(sessionBanner(input({ level }))).toBeNull();
    },
  );

  test('a dismissal holds for its episode only: a new episode brings the banner back', () => {
    expect(sessionBanner(input({ dismissedOnAt: ON_AT }))).toBeNull();
    expect(sessionBanner(input({ dismissedOnAt: ON_AT, onAt: ON_AT + 600_000 }))).toEqual({
      kind: 'quiet',
      onAt: ON_AT + 600_000,
    });
    expect(sessionBanner(input({ onAt: null }))).toBeNull();
  });

  test('the quiet variant shows exactly when the badge gives the session the lead', () => {
    const levels: Level[] = ['operational', 'maintenance', 'minor', 'major', 'critical', 'unknown'];
    fc.assert(
      fc.property(fc.constantFrom(...levels), fc.boolean(), fc.boolean(), (level, on, official) => {
        const said = sessionBanner(input({ level, session: { on, facts }, official }));
        const leads = sessionLeads(level, { on, facts });
        expect(said?.kind === 'quiet').toBe(leads && !official);
        expect(said === null).toBe(!on || (!official && !leads));
      }),
    );
  });

  test('one line: "Your claude.ai session: 5 of 12 requests failed in the last 5 minutes"', () => {
    expect(sessionLine(facts, createTranslator(en as Messages))).toBe(
      'Your claude.ai session: 5 of 12 requests failed in the last 5 minutes',
    );
  });
});
