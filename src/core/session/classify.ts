// What one claude.ai API request says about the service, from its status code alone. The browser shows us
// nothing else (no headers, no body), and we keep nothing else.

export type StatusClass = 'success' | 'serverError' | 'rateLimited' | 'other';

/**
 * 2xx/3xx success; every 5xx (529 "overloaded" included) a server error; 429 rate-limited (usually the
 * user's own usage limit, so never an outage signal on its own); everything else other: 401/403 (session,
 * Cloudflare challenge), 404 (the app's own availability probes), 409 (duplicate send), and status 0
 * (offline, aborted, opaque or a browser that does not report it), none of which shows a server failure.
 */
export function classifyStatus(status: number): StatusClass {
  if (!Number.isInteger(status)) return 'other';
  if (status >= 200 && status < 400) return 'success';
  if (status === 429) return 'rateLimited';
  if (status >= 500 && status < 600) return 'serverError';
  return 'other';
}

/** Which requests count: claude.ai's own API, and among them the message sends. */
export type RequestKind = 'send' | 'api';

/**
 * Looks at a resource entry's address only to answer "same-origin /api/ request, and is it a message
 * send?". The caller drops the address right after; nothing of it survives this call.
 * Sends (completion, retry_completion) are told apart because the 1 s status polls and the telemetry
 * batches keep answering 200 while sends fail, and would dilute a ratio over all API requests.
 */
export function requestKind(address: string, pageOrigin: string): RequestKind | null {
  let url: URL;
  try {
    url = new URL(address, pageOrigin);
  } catch {
    return null;
  }
  if (url.origin !== pageOrigin || !url.pathname.startsWith('/api/')) return null;
  return /\/(retry_)?completion$/.test(url.pathname) ? 'send' : 'api';
}
