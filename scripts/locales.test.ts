// Every language the build ships has every English key, in the same context file, with the same placeholders,
// and the store-facing strings keep their limits and their "unofficial" meaning.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../src/core/i18n';
import { formattingLanguage } from '../src/core/language';
import {
  DEFAULT_LOCALE,
  LOCALES_DIR,
  forBrowser,
  languages,
  mergeLocale,
  withoutDefaults,
  type Messages,
} from './locales';

const SHIPPED = ['de', 'en', 'es', 'fr', 'ja', 'ko', 'pt_BR', 'zh_CN'];
const others = SHIPPED.filter((lang) => lang !== DEFAULT_LOCALE);
const fragments = (lang: string) =>
  readdirSync(join(LOCALES_DIR, lang))
    .filter((name) => name.endsWith('.json'))
    .sort();
const fragment = (lang: string, file: string) =>
  JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8')) as Messages;
/** Placeholder names a message uses, lower-cased like the browsers compare them. */
const usedNames = (message: string) =>
  [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase()).sort();

describe('locales', () => {
  const en = mergeLocale(DEFAULT_LOCALE);

  it('are exactly the shipped languages', () => {
    expect(languages()).toEqual(SHIPPED);
  });

  it.each(others)('%s has the same context files and, in each, the same keys as en', (lang) => {
    expect(fragments(lang)).toEqual(fragments(DEFAULT_LOCALE));
    for (const file of fragments(DEFAULT_LOCALE)) {
      expect(Object.keys(fragment(lang, file)).sort(), `${lang}/${file}`).toEqual(
        Object.keys(fragment(DEFAULT_LOCALE, file)).sort(),
      );
    }
  });

  it.each(others)('%s declares and uses the same placeholders as en, with the same contents', (lang) => {
    const messages = mergeLocale(lang);
    for (const [key, entry] of Object.entries(en)) {
      const other = messages[key]!;
      const declared = Object.fromEntries(
        Object.entries(other.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
      );
      const expected = Object.fromEntries(
        Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
      );
      expect(declared, `${lang} ${key}`).toEqual(expected);
      expect(usedNames(other.message), `${lang} ${key}`).toEqual(usedNames(entry.message));
      // A bare $1 would bypass the named placeholders and break on reordering.
      expect(other.message, `${lang} ${key}`).not.toMatch(/\$[1-9]/);
      expect(other.message.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  // Characters as the stores count them (code points). Name: 75 on the Chrome Web Store, 50 on
  // addons.mozilla.org, and Chrome cuts the toolbar title at 45, the tightest. Summary (the manifest
  // description): 132 on the Chrome Web Store, 250 on AMO. Short name: 12 in Chrome.
  const STORE_LIMITS = [
    { key: 'extName', limits: { 'Chrome Web Store': 75, 'addons.mozilla.org': 50, 'Chrome toolbar title': 45 } },
    { key: 'extDescription', limits: { 'Chrome Web Store': 132, 'addons.mozilla.org': 250 } },
    { key: 'extShortName', limits: { 'Chrome short_name': 12 } },
  ];
  const storeCases = SHIPPED.flatMap((lang) =>
    STORE_LIMITS.flatMap(({ key, limits }) =>
      Object.entries(limits).map(([where, max]) => ({ lang, key, where, max })),
    ),
  );
  it.each(storeCases)('$lang: $key within $max characters ($where)', ({ lang, key, max }) => {
    const message = mergeLocale(lang)[key]!.message;
    expect([...message].length, message).toBeLessThanOrEqual(max);
    expect(message.trim(), message).toBe(message);
  });

  it.each(others)('%s is translated: at most a few short messages equal the English ones', (lang) => {
    const messages = mergeLocale(lang);
    const same = Object.keys(en).filter((key) => messages[key]!.message === en[key]!.message);
    // Pure placeholder patterns ("$NAME$ ($MODELS$)"), abbreviations and names may legitimately match.
    for (const key of same) expect(en[key]!.message.replace(/\$\w+\$/g, '').length, `${lang} ${key}`).toBeLessThan(16);
    expect(same.length, `${lang}: ${same.join(', ')}`).toBeLessThan(10);
  });

  it.each(others)('%s keeps the "unofficial" wording where English has it', (lang) => {
    const messages = mergeLocale(lang);
    const unofficialKeys = Object.keys(en).filter((key) => /unofficial/i.test(en[key]!.message));
    expect(unofficialKeys.length).toBeGreaterThan(4);
    // The translation of "unofficial" is whatever the extension name says inside its parentheses.
    const word = /[(（]([^)）]+)[)）]/.exec(messages.extName!.message)?.[1];
    expect(word, lang).toBeTruthy();
    for (const key of unofficialKeys)
      expect(messages[key]!.message.toLowerCase(), `${lang} ${key}`).toContain(word!.toLowerCase());
  });

  it.each(others)('%s says "Anthropic" wherever English disclaims an affiliation', (lang) => {
    const messages = mergeLocale(lang);
    for (const key of Object.keys(en).filter((k) => /not affiliated/i.test(en[k]!.message))) {
      expect(messages[key]!.message, `${lang} ${key}`).toContain('Anthropic');
    }
  });

  it.each(SHIPPED)('%s names its own language for Intl, which the formatting language follows', (lang) => {
    const tag = createTranslator(mergeLocale(lang))('messagesLocale');
    expect(tag).toBe(lang.replace('_', '-'));
    // A browser in that language formats in it, region included; any other falls back to the messages' language.
    expect(formattingLanguage(tag, tag)).toBe(tag);
    expect(new Intl.RelativeTimeFormat(formattingLanguage('xx-invalid-', tag)).resolvedOptions().locale).toBe(tag);
  });
});

describe('forBrowser', () => {
  it('ships every message, its substitutions written in, and no translator notes', () => {
    const en = mergeLocale(DEFAULT_LOCALE);
    const shipped = forBrowser(en);
    expect(Object.keys(shipped)).toEqual(Object.keys(en));
    expect(en.sessionCounts!.message).toMatch(/\$FAILED\$.*\$TOTAL\$/);
    expect(shipped.sessionCounts).toEqual({
      message: en.sessionCounts!.message.replace('$FAILED$', '$1').replace('$TOTAL$', '$2'),
    });
    for (const [key, entry] of Object.entries(en)) {
      expect(shipped[key], key).not.toHaveProperty('description');
      // Every English placeholder is a bare substitution, so none is left to ship.
      expect(shipped[key], key).not.toHaveProperty('placeholders');
      expect(shipped[key]!.message, key).toBe(
        entry.message.replace(/\$(\w+)\$/g, (_, name: string) => entry.placeholders![name.toLowerCase()]!.content),
      );
    }
    expect(JSON.stringify(shipped)).not.toContain('"example"');
  });

  // Substitutions that look like syntax: a browser must not expand them again.
  const tricky = ['$1', '$$', '7'];
  it.each(SHIPPED)('%s translates exactly as the full messages do', (lang) => {
    const messages = mergeLocale(lang);
    const full = createTranslator(messages);
    const lean = createTranslator(forBrowser(messages));
    for (const key of Object.keys(messages)) {
      expect(lean(key, ['1', '2', '3']), `${lang} ${key}`).toBe(full(key, ['1', '2', '3']));
      expect(lean(key, tricky), `${lang} ${key}`).toBe(full(key, tricky));
    }
  });

  // What a browser does with a key missing from the user's language: it reads default_locale's.
  it.each(others)('%s without the entries English has the same reads exactly as the full messages', (lang) => {
    const messages = mergeLocale(lang);
    const english = forBrowser(mergeLocale(DEFAULT_LOCALE));
    const lean = withoutDefaults(forBrowser(messages), english);
    const [own, fallback, full] = [createTranslator(lean), createTranslator(english), createTranslator(messages)];
    for (const key of Object.keys(messages)) {
      const read = (args: string[]) => (Object.hasOwn(lean, key) ? own : fallback)(key, args);
      expect(read(['1', '2', '3']), `${lang} ${key}`).toBe(full(key, ['1', '2', '3']));
      expect(read(tricky), `${lang} ${key}`).toBe(full(key, tricky));
    }
    expect(Object.keys(lean).length).toBeLessThan(Object.keys(messages).length);
  });

  it('drops only an entry equal to the default one, placeholders included', () => {
    const defaults: Messages = {
      same: { message: '$1 ($2)' },
      text: { message: 'Details' },
      held: { message: '$N$0', placeholders: { n: { content: '$1' } } },
    };
    expect(
      withoutDefaults(
        {
          same: { message: '$1 ($2)' },
          text: { message: 'Détails' },
          held: { message: '$N$0', placeholders: { n: { content: '$2' } } },
          own: { message: 'only here' },
        },
        defaults,
      ),
    ).toEqual({
      text: { message: 'Détails' },
      held: { message: '$N$0', placeholders: { n: { content: '$2' } } },
      own: { message: 'only here' },
    });
  });

  it('keeps a placeholder that other content, a digit after it or a name it does not declare needs', () => {
    const shipped = forBrowser({
      digit: { message: '$COUNT$0 and $N$', placeholders: { count: { content: '$1' }, n: { content: '$2' } } },
      literal: {
        message: 'Visit $SITE$, $Who$',
        placeholders: { site: { content: 'example.com' }, who: { content: '$1' } },
      },
      unknown: { message: 'Costs $USD$ now' },
    });
    expect(shipped.digit).toEqual({ message: '$COUNT$0 and $2', placeholders: { count: { content: '$1' } } });
    expect(shipped.literal).toEqual({
      message: 'Visit $SITE$, $1',
      placeholders: { site: { content: 'example.com' } },
    });
    expect(shipped.unknown).toEqual({ message: 'Costs $USD$ now' });
    const full = createTranslator({ digit: { message: '$COUNT$0', placeholders: { count: { content: '$1' } } } });
    expect(createTranslator(shipped)('digit', ['5', 'x'])).toBe(`${full('digit', ['5'])} and x`);
  });
});
