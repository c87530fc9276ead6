import { classifyResponse } from '../core/response';
import type { Err, Ok } from '../core/result';
import type { PollError } from '../core/types';
import type { HttpValidators } from '../shared/worker-storage';

/** What came back from one request, before any interpretation (the core classifies it). */
export type RawResponse =
  | {
      kind: 'response';
      status: number;
      headers: Record<string, string>;
      bodyText: string;
      bytes: number;
    }
  | { kind: 'network-error'; detail: string }
  | { kind: 'timeout' }
  | { kind: 'too-large'; bytes: number };

export const REQUEST_TIMEOUT_MS = 10_000;
/**
 * The most a body may be. summary.json is ~2 KB and incidents.json (the history) ~190 KB; a body past
 * this is not a status document, and reading it whole would hold megabytes in a worker for nothing.
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The body as text, or null once it passes `limit` bytes (decoded, so gzip cannot hide the size). */
export async function readBodyLimited(response: Response, limit: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit && !response.headers.get('content-encoding')) {
    await response.body?.cancel().catch(() => {});
    return null;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * GET with a timeout and conditional headers. `cache: 'no-store'` because we do our own validation:
 * the HTTP cache would answer a 304 for us and hide whether the server still works.
 */
export async function getText(
  fetchFn: typeof fetch,
  url: string,
  validators: HttpValidators | undefined,
  timeoutMs = REQUEST_TIMEOUT_MS,
  maxBytes = MAX_BODY_BYTES,
): Promise<RawResponse> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    const response = await fetchFn(url, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const bodyText = response.status === 304 ? '' : await readBodyLimited(response, maxBytes);
    if (bodyText === null) return { kind: 'too-large', bytes: maxBytes };
    const headerRecord: Record<string, string> = {};
    response.headers.forEach((value, name) => (headerRecord[name.toLowerCase()] = value));
    return { kind: 'response', status: response.status, headers: headerRecord, bodyText, bytes: bodyText.length };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timeout' };
    return { kind: 'network-error', detail: error instanceof Error ? error.message : String(error) };
  }
}

export function validatorsOf(headers: Record<string, string>): HttpValidators {
  const validators: HttpValidators = {};
  if (headers.etag) validators.etag = headers.etag;
  if (headers['last-modified']) validators.lastModified = headers['last-modified'];
  return validators;
}

/** One request's meaning: JSON, a 304, or the PollError that says why not (with any Retry-After). */
export type JsonAnswer =
  | (Ok<unknown> & { notModified: boolean; headers: Record<string, string> })
  | (Err<PollError> & { retryAfter: string | null });

/** getText, then the core's verdict on what came back. The one place a response is interpreted. */
export async function getJson(
  fetchFn: typeof fetch,
  url: string,
  validators: HttpValidators | undefined,
  now: () => number,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<JsonAnswer> {
  const raw = await getText(fetchFn, url, validators, timeoutMs);
  const at = now();
  if (raw.kind === 'timeout') return { ok: false, error: { kind: 'timeout', detail: url, at }, retryAfter: null };
  if (raw.kind === 'too-large') {
    return {
      ok: false,
      error: { kind: 'too-large', detail: `more than ${raw.bytes} bytes: ${url}`, at },
      retryAfter: null,
    };
  }
  if (raw.kind === 'network-error') {
    return { ok: false, error: { kind: 'network', detail: raw.detail, at }, retryAfter: null };
  }
  const classified = classifyResponse({ status: raw.status, headers: raw.headers, bodyText: raw.bodyText, at });
  if (!classified.ok) return { ok: false, error: classified.error, retryAfter: raw.headers['retry-after'] ?? null };
  return { ...classified, headers: raw.headers };
}
