// Links built from remote data. The popup and notifications open them, so only https gets through.
export const DEFAULT_PAGE_URL = 'https://status.claude.com';

/** The url if it is https without credentials, else null: a tampered payload must not smuggle a javascript: link. */
export function safeHttpsUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return null;
    return parsed.href;
  } catch {
    return null;
  }
}

/** The hosts of the status page (the primary and Statuspage's own): the only places its text may link to. */
export const STATUS_PAGE_HOSTS: readonly string[] = ['status.claude.com', 'anthropic.statuspage.io'];

/** The url if it is https to the status page, else null. */
export function statusPageUrl(url: string | null | undefined): string | null {
  const safe = safeHttpsUrl(url);
  return safe && STATUS_PAGE_HOSTS.includes(new URL(safe).hostname) ? safe : null;
}

/** The page's base url without a trailing slash; the known page when the payload's is unusable or elsewhere. */
export function pageBase(pageUrl: string): string {
  const safe = statusPageUrl(pageUrl);
  if (!safe) return DEFAULT_PAGE_URL;
  const parsed = new URL(safe);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

// A surrogate half without its partner: JSON allows it ("\ud800"), encodeURIComponent throws URIError on it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * One path segment from remote text. Never throws: a lone surrogate becomes U+FFFD, as a browser would
 * send it, because one odd id must not make a whole poll throw and leave the badge as it was.
 */
export function encodePathSegment(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\ufffd'));
}

export function incidentUrl(base: string, id: string): string {
  return `${base}/incidents/${encodePathSegment(id)}`;
}
