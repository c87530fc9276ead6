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

/** The page's base url without a trailing slash; the known page when the payload's is unusable. */
export function pageBase(pageUrl: string): string {
  const safe = safeHttpsUrl(pageUrl);
  if (!safe) return DEFAULT_PAGE_URL;
  const parsed = new URL(safe);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

export function incidentUrl(base: string, id: string): string {
  return `${base}/incidents/${encodeURIComponent(id)}`;
}
