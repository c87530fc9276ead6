// Incident bodies are plain text that sometimes carries URLs. Only https URLs to the status page itself become
// links: anything else (markup, "javascript:", "data:", plain http, another site, which a tampered or spoofed
// payload could point at a look-alike) stays readable text, because the renderer turns parts into JSX text
// nodes and <a> elements, never into HTML.

import { STATUS_PAGE_HOSTS } from '../core/urls';

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// Stops at whitespace and at characters that cannot end a URL in prose or would start markup.
const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`{}|\\^]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?*_~]$/;

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** "(see https://x.y/a)." → "https://x.y/a": prose punctuation and unbalanced closing brackets are not part of the URL. */
function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    if (TRAILING_PUNCTUATION.test(url)) url = url.slice(0, -1);
    else if (url.endsWith(')') && count(url, ')') > count(url, '(')) url = url.slice(0, -1);
    else if (url.endsWith(']') && count(url, ']') > count(url, '[')) url = url.slice(0, -1);
    else return url;
  }
}

/** The normalised href when `raw` is a link we are willing to open, else null. */
export function safeLinkHref(raw: string, protocols: readonly string[] = ['https:', 'http:']): string | null {
  try {
    const url = new URL(raw);
    // Credentials in a link are a phishing trick ("https://status.claude.com@evil.example").
    if (!protocols.includes(url.protocol) || url.username || url.password || !url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Splits text into text and link parts; joining every part's `text` gives back the input exactly. */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let textStart = 0;
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const start = match.index;
    const url = trimUrl(match[0]);
    const href = safeLinkHref(url, ['https:']);
    if (href === null || !STATUS_PAGE_HOSTS.includes(new URL(href).hostname)) continue;
    if (start > textStart) parts.push({ kind: 'text', text: text.slice(textStart, start) });
    parts.push({ kind: 'link', text: url, href });
    textStart = start + url.length;
  }
  if (textStart < text.length) parts.push({ kind: 'text', text: text.slice(textStart) });
  return parts;
}
