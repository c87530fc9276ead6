// Turns what fetch returned into JSON or a PollError kind. The worker does the I/O; this decides what the
// answer means, so every odd response (WAF challenge, HTML error page, truncated body) is tested here.
import type { Err, Ok, Result } from './result';
import type { PollError } from './types';

export function parseJsonText(text: string): Result<unknown, { kind: 'invalid-json'; detail: string }> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'invalid JSON';
    return { ok: false, error: { kind: 'invalid-json', detail: detail.slice(0, 300) } };
  }
}

export interface HttpResponseFacts {
  status: number;
  /** Header names in any case. */
  headers: Readonly<Record<string, string>>;
  /** Content-Type; falls back to the header when null/undefined. */
  contentType?: string | null;
  bodyText: string;
  /** Epoch ms, becomes PollError.at. */
  at: number;
}

export type ClassifiedResponse =
  | (Ok<unknown> & { notModified: false })
  /** 304 to a conditional request: the stored data is confirmed, there is no body to parse. */
  | (Ok<null> & { notModified: true })
  | Err<PollError>;

function header(headers: Readonly<Record<string, string>>, name: string): string | null {
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return null;
}

export function classifyResponse(response: HttpResponseFacts): ClassifiedResponse {
  const { status, headers, bodyText, at } = response;
  const fail = (kind: PollError['kind'], detail: string): ClassifiedResponse => ({
    ok: false,
    error: { kind, status, detail, at },
  });

  // AWS WAF in front of status.claude.com: a CAPTCHA is HTTP 405, a silent challenge HTTP 202 with an empty
  // body, both marked by x-amzn-waf-action (seen 2026-09-17). Worth its own kind: the fallback origin helps.
  const wafAction = header(headers, 'x-amzn-waf-action');
  if (wafAction !== null) return fail('waf-challenge', `x-amzn-waf-action: ${wafAction}`.slice(0, 300));
  if (status === 405) return fail('waf-challenge', 'HTTP 405');
  if (status === 304) return { ok: true, notModified: true, value: null };
  if (status === 429) return fail('rate-limited', 'HTTP 429');
  if (status < 200 || status > 299) return fail('http', `HTTP ${status}`);

  const trimmed = bodyText.trim();
  if (status === 202 && trimmed === '') return fail('waf-challenge', 'HTTP 202 with an empty body');
  if (trimmed === '') return fail('invalid-json', `HTTP ${status} with an empty body`);

  const contentType = (response.contentType ?? header(headers, 'content-type') ?? '').toLowerCase();
  if (contentType.includes('html') || trimmed.startsWith('<')) {
    return fail('not-json', `HTTP ${status}, content-type ${contentType || 'missing'}, body starts with markup`);
  }

  const parsed = parseJsonText(bodyText);
  if (!parsed.ok) return fail('invalid-json', parsed.error.detail);
  return { ok: true, notModified: false, value: parsed.value };
}
