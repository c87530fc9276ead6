// The translator shape views pass into core (chrome.i18n.getMessage / browser.i18n.getMessage fit it), and
// a pure implementation of the same _locales semantics for tests and for Node scripts.

export type Translate = (key: string, substitutions?: string[]) => string;

/**
 * The browser's lookup as a Translate: the user's UI language, falling back to English per message, and the
 * key itself when even English lacks it (a visible key beats an empty label).
 */
export const browserTranslator =
  (i18n: { getMessage(key: string, substitutions?: string[]): string }): Translate =>
  (key, substitutions) =>
    i18n.getMessage(key, substitutions) || key;

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Readonly<Record<string, { content: string; example?: string }>>;
}

export type Messages = Readonly<Record<string, MessageEntry>>;

/**
 * Same rules as the browsers: `$NAME$` expands to its placeholder's content (names case-insensitive),
 * `$1`..`$9` take the substitutions, `$$` is a dollar, a missing key gives ''. Substituted text is not
 * expanded again, so a "$1" inside an incident name stays literal.
 */
export function createTranslator(messages: Messages): Translate {
  return (key, substitutions = []) => {
    const entry = Object.hasOwn(messages, key) ? messages[key] : undefined;
    if (!entry) return '';
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, placeholder]) => [name.toLowerCase(), placeholder.content]),
    );
    const expanded = entry.message.replace(
      /\$([A-Za-z0-9_@]+)\$/g,
      (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
    );
    return expanded.replace(/\$(\$|[1-9])/g, (_whole, what: string) =>
      what === '$' ? '$' : (substitutions[Number(what) - 1] ?? ''),
    );
  };
}
