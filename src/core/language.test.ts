import { describe, expect, it } from 'vitest';
import { formattingLanguage } from './language';

describe('formattingLanguage', () => {
  it('keeps the browser language and region when the messages are in that language', () => {
    expect(formattingLanguage('en-GB', 'en')).toBe('en-GB');
    expect(formattingLanguage('de', 'de')).toBe('de');
    expect(formattingLanguage('de-AT', 'de')).toBe('de-AT');
    expect(formattingLanguage('ja-JP', 'ja')).toBe('ja-JP');
    expect(formattingLanguage('pt_BR', 'pt')).toBe('pt-BR');
  });

  it('formats in the fallback language when the browser language has no translation', () => {
    expect(formattingLanguage('fr-FR', 'en')).toBe('en');
    expect(formattingLanguage('ko', 'en')).toBe('en');
  });

  it('falls back to the UI language, then English, when the message is missing', () => {
    expect(formattingLanguage('fr', '')).toBe('fr');
    expect(formattingLanguage('', '')).toBe('en');
  });
});

describe('formattingLanguage with broken input', () => {
  it('ignores a missing message that came back as its key, and an invalid UI tag', () => {
    expect(formattingLanguage('fr', 'messagesLocale')).toBe('fr');
    expect(formattingLanguage('not a tag!', 'de')).toBe('de');
    expect(formattingLanguage('not a tag!', 'messagesLocale')).toBe('en');
  });
});
