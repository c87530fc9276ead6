import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

// What status.claude.com's CDN is expected to send (seen on another Statuspage site, see
// docs/statuspage.md "HTTP behaviour").
export const API_CACHE_CONTROL = 'max-age=10, s-maxage=10, stale-while-revalidate=20, stale-if-error=3600';

/** A weak validator from the body: equal bodies, equal ETags, across runs and processes. */
export const weakEtag = (body: string) => `W/"${createHash('md5').update(body).digest('hex')}"`;

/** HTTP date, second precision: "Sun, 27 Sep 2026 14:59:31 GMT". */
export const httpDate = (iso: string) => new Date(iso).toUTCString();

/**
 * RFC 9110 §13.2.2: If-None-Match decides when present (weak comparison), and only without it does
 * If-Modified-Since count.
 */
export function isNotModified(headers: IncomingHttpHeaders, etag: string, lastModifiedIso: string | null): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    const wanted = opaque(etag);
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
  }
  const ifModifiedSince = headers['if-modified-since'];
  if (ifModifiedSince === undefined || lastModifiedIso === null) return false;
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  const modifiedSeconds = Math.floor(Date.parse(lastModifiedIso) / 1000);
  return modifiedSeconds <= Math.floor(since / 1000);
}
