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
 * What the browsers read: the message, and placeholders only where they are needed. The descriptions and
 * examples are notes for translators and would be most of every messages.json in the store zip.
 *
 * A placeholder whose content is only a substitution (`"content": "$1"`) is written into the message as
 * that substitution: both browsers expand `$1`..`$9` in a message itself, after named placeholders (MDN,
 * "Locale-specific message reference"; Chrome does the same), so `"Started $1"` reads exactly like
 * `"Started $AGO$"` with its placeholder, in about 40 fewer bytes. The sources keep the names, which is
 * what translators read and what the locale tests check. A name followed by a digit stays a placeholder:
 * `$1` then `0` would read as `$10`.
 */
export function forBrowser(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, { message, placeholders = {} }]) => {
      const contents = new Map(Object.entries(placeholders).map(([name, p]) => [name.toLowerCase(), p.content]));
      const inlined = message.replace(/\$([A-Za-z0-9_@]+)\$(?![0-9])/g, (whole, name: string) => {
        const content = contents.get(name.toLowerCase());
        return content !== undefined && /^\$[1-9]$/.test(content) ? content : whole;
      });
      const stillUsed = new Set([...inlined.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()));
      const kept = Object.entries(placeholders)
        .filter(([name]) => stillUsed.has(name.toLowerCase()))
        .map(([name, { content }]) => [name, { content }]);
      return [
        key,
        kept.length > 0 ? { message: inlined, placeholders: Object.fromEntries(kept) } : { message: inlined },
      ];
    }),
  );
}

/**
 * A language's messages.json without the entries that are the same as the default language's (after
 * forBrowser): "claude.ai", "$1 ($2)", "Details" in German. Both browsers look a key up in the user's
 * language and, when it is missing there, in `default_locale` (Chrome's "Internationalize extensions",
 * MDN's "Internationalization": per message, manifest strings included), so the user reads the same text and
 * the store zip holds each copy once. The sources keep every key in every language: translators see what
 * is left as it is, and the locale tests check it.
 */
export function withoutDefaults(messages: Messages, defaults: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).filter(
      ([key, entry]) => !Object.hasOwn(defaults, key) || JSON.stringify(entry) !== JSON.stringify(defaults[key]),
    ),
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
