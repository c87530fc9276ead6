import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/core/i18n';
import { mergeLocale } from '../../../scripts/locales';
import { localeMessages } from './fakes';

const LANGS = ['en', 'de', 'ja'];
const optionsDir = join(import.meta.dirname, '../../../src/options');

/** Every 'optionsXxx' string literal in the page's source: the keys it can ask for. */
function keysUsedInSource(): string[] {
  const sources = readdirSync(optionsDir)
    .filter((file) => /\.tsx?$/.test(file) && !file.includes('.test.'))
    .map((file) => readFileSync(join(optionsDir, file), 'utf8'));
  return [
    ...new Set(sources.flatMap((source) => [...source.matchAll(/'(options[A-Z]\w*)'/g)].map((m) => m[1]!))),
  ].sort();
}

describe('options messages', () => {
  const en = localeMessages('en');

  it('define every key the page uses, and only those', () => {
    expect(Object.keys(en).sort()).toEqual(keysUsedInSource());
  });

  it.each(LANGS.slice(1))('%s has the same keys and placeholders as en, each translated', (lang) => {
    const messages = localeMessages(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const other = messages[key]!;
      expect(Object.keys(other.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect(other.message.toUpperCase(), `${lang} ${key}`).toContain(`$${name.toUpperCase()}$`);
      }
    }
    // Words that are the same in every language (claude.ai, Cancel → Abbrechen…) aside, most must differ.
    const same = Object.keys(en).filter((key) => messages[key]!.message === en[key]!.message);
    expect(same).toEqual(['optionsSectionBanner']);
  });

  it.each(LANGS)('%s merges with the other fragments without duplicate keys', (lang) => {
    expect(() => mergeLocale(lang)).not.toThrow();
  });

  it('substitutes placeholders', () => {
    expect(createTranslator(en)('optionsSnoozedUntil', ['Tue 24 Nov, 9:00'])).toBe('Snoozed until Tue 24 Nov, 9:00.');
    expect(createTranslator(localeMessages('ja'))('optionsSavedAt', ['14:03:27'])).toBe('14:03:27 に保存しました');
  });
});
