// Locale messages live beside the code that uses them, one fragment per context
// (src/locales/<lang>/<context>.json), so contexts can change their strings independently.
// The build merges them into the _locales/<lang>/messages.json the browsers read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, LocaleMessage>;

export const LOCALES_DIR = 'src/locales';
export const DEFAULT_LOCALE = 'en';

export function languages(dir = LOCALES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * What the browsers read: message and placeholders only. The descriptions and examples are notes for
 * translators and would be most of every messages.json in the store zip.
 */
export function forBrowser(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, { message, placeholders }]) => [
      key,
      placeholders
        ? {
            message,
            placeholders: Object.fromEntries(
              Object.entries(placeholders).map(([name, { content }]) => [name, { content }]),
            ),
          }
        : { message },
    ]),
  );
}

/** Merges one language's fragments; a key defined twice is an error, not a silent override. */
export function mergeLocale(lang: string, dir = LOCALES_DIR): Messages {
  const merged: Messages = {};
  const origin: Record<string, string> = {};
  for (const file of readdirSync(join(dir, lang))
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const fragment = JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as Messages;
    for (const [key, value] of Object.entries(fragment)) {
      if (key in merged) throw new Error(`${lang}: message "${key}" is in both ${origin[key]} and ${file}`);
      merged[key] = value;
      origin[key] = file;
    }
  }
  return merged;
}
