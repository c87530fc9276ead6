import { describe, expect, test } from 'vitest';
import { createTranslator, type Messages } from './i18n';
import messagesJson from '../locales/en/core.json';

const messages: Messages = messagesJson;

describe('createTranslator (browser _locales semantics)', () => {
  const t = createTranslator({
    greet: {
      message: 'Hello $WHO$, $Count$ times $$5',
      placeholders: { who: { content: '$1' }, count: { content: '$2' } },
    },
    raw: { message: 'direct $1 and $2' },
  });

  test('named placeholders, case-insensitive, and $$', () => {
    expect(t('greet', ['Ada', '3'])).toBe('Hello Ada, 3 times $5');
  });
  test('positional substitutions; missing ones are empty', () => {
    expect(t('raw', ['x'])).toBe('direct x and ');
  });
  test('substituted text is not expanded again', () => {
    expect(t('raw', ['$2', 'y'])).toBe('direct $2 and y');
  });
  test('unknown key → empty string, prototype keys included', () => {
    expect(t('nope')).toBe('');
    expect(t('toString')).toBe('');
  });
});

describe('messages.en.json', () => {
  const entries = Object.entries(messages);

  test.each(entries)('%s is a valid _locales entry', (key, entry) => {
    expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
    expect(entry.message.length).toBeGreaterThan(0);
    expect(entry.description?.length ?? 0).toBeGreaterThan(0);
    const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
    const declared = Object.keys(entry.placeholders ?? {}).sort();
    expect(used).toEqual(declared);
    for (const placeholder of Object.values(entry.placeholders ?? {})) expect(placeholder.content).toMatch(/^\$[1-9]$/);
  });
});
