// Text from the status page is shown as text: DOM text nodes, the tooltip, notifications. There it must neither
// reorder what surrounds it (bidi embeddings, overrides, isolates), nor hide characters (zero-width spaces,
// control characters), nor grow without bound. It is cleaned once, where payloads are normalised, so every
// view, the stored snapshot and the model reader see the same text.

// Removed: C0 controls but tab, newline and carriage return; DEL and C1; zero-width space, word joiner and the
// invisible operators; the byte-order mark; embeddings, overrides and isolates. Kept: ZWJ and ZWNJ (emoji
// sequences and scripts need them) and the LRM/RLM marks, which change no order beyond their own place.

const HIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069]/g;

/** Real titles are under 100 characters, update bodies under 1,000, component names under 40. */
export const MAX_TITLE = 300;
export const MAX_BODY = 5_000;
export const MAX_NAME = 100;
/** Real incidents have under 20 updates; a page sending thousands would make every view crawl. Newest kept. */
export const MAX_UPDATES = 100;

/** At most `max` UTF-16 units, an ellipsis ending a cut; never splits a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}\u2026`;
}

export const remoteText = (text: string, max: number): string => clipText(text.replace(HIDDEN, ''), max);
