import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mergeLocale, type Messages } from '../../../scripts/locales';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const LANGS = ['en', 'de', 'ja'] as const;
const popupMessages = (lang: string): Messages =>
  JSON.parse(readFileSync(join(root, 'src/locales', lang, 'popup.json'), 'utf8')) as Messages;

/** Every 'popupXxx' key the popup's source asks for. */
function keysUsedInSource(): Set<string> {
  const dir = join(root, 'src/popup');
  const used = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => /\.tsx?$/.test(name) && !name.includes('.test.'))) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/'(popup[A-Z][A-Za-z]*)'/g)) used.add(match[1]!);
  }
  return used;
}

describe('popup messages', () => {
  it('merge with the other fragments without duplicate keys', () => {
    for (const lang of LANGS) expect(() => mergeLocale(lang, join(root, 'src/locales'))).not.toThrow();
  });

  it('exist for every key the source uses, and no key is dead', () => {
    const used = keysUsedInSource();
    expect(used.size).toBeGreaterThan(50);
    expect(new Set(Object.keys(popupMessages('en')))).toEqual(used);
  });

  it('have the same keys and placeholders in English, German and Japanese, each placeholder used', () => {
    const en = popupMessages('en');
    for (const lang of LANGS) {
      const messages = popupMessages(lang);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(messages)) {
        const declared = Object.keys(entry.placeholders ?? {}).sort();
        expect(declared, `${lang} ${key}`).toEqual(Object.keys(en[key]!.placeholders ?? {}).sort());
        const usedNames = [...entry.message.matchAll(/\$([A-Za-z_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
        expect(usedNames, `${lang} ${key}`).toEqual(declared);
      }
    }
  });

  it('are translated, not copied', () => {
    const en = popupMessages('en');
    for (const lang of ['de', 'ja']) {
      const same = Object.entries(popupMessages(lang))
        .filter(([key, entry]) => entry.message === en[key]!.message)
        .map(([key]) => key);
      // Only pure placeholder patterns ("$DAY$: $SUMMARY$", "$COUNTS$. $PAGE$") may match: punctuation differs in ja.
      expect(same, lang).toEqual(lang === 'ja' ? ['popupHistoryDay'] : ['popupHistoryDay', 'popupSessionFacts']);
    }
  });
});
