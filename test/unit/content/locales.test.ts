// The banner's strings exist in every language with the same placeholders, and every key the code asks for
// is there (a missing key would show the key itself on claude.ai).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
type Fragment = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const fragment = (lang: string) =>
  JSON.parse(readFileSync(resolve(root, `src/locales/${lang}/content.json`), 'utf8')) as Fragment;

const usedKeys = () => {
  const dir = resolve(root, 'src/content');
  const source = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => readFileSync(resolve(dir, name), 'utf8'))
    .join('\n');
  return new Set([...source.matchAll(/'(banner[A-Z]\w+)'/g)].map((match) => match[1]!));
};

describe('content locale fragments', () => {
  const en = fragment('en');

  it('holds every key the banner uses, prefixed with banner', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
    for (const key of Object.keys(en)) expect(key).toMatch(/^banner[A-Z]/);
  });

  for (const lang of ['de', 'ja']) {
    it(`${lang} has the same keys and placeholders as en, translated`, () => {
      const other = fragment(lang);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(en)) {
        const translated = other[key]!;
        expect(Object.keys(translated.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
        for (const name of Object.keys(entry.placeholders ?? {})) {
          expect(translated.message.toLowerCase(), key).toContain(`$${name}$`);
        }
      }
      const same = Object.keys(en).filter((key) => other[key]!.message === en[key]!.message);
      // "Details" is the same word in German; nothing else should be left in English.
      expect(same).toEqual(lang === 'de' ? ['bannerDetails'] : []);
    });
  }
});
