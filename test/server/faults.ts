import * as v from 'valibot';
import type { OutgoingHttpHeaders } from 'node:http';
import type { Fault, FaultHost } from './types';

const FaultSchema = v.variant('kind', [
  v.object({
    kind: v.literal('http'),
    status: v.pipe(v.number(), v.integer(), v.minValue(200), v.maxValue(599)),
    body: v.optional(v.string()),
  }),
  v.object({ kind: v.literal('rate-limit'), retryAfterSeconds: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.object({ kind: v.literal('waf-405') }),
  v.object({ kind: v.literal('waf-202') }),
  v.object({ kind: v.literal('html') }),
  v.object({ kind: v.literal('truncated-json') }),
  v.object({ kind: v.literal('slow'), delayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600_000)) }),
  v.object({ kind: v.literal('drop') }),
  v.object({ kind: v.literal('hang') }),
  v.object({ kind: v.literal('wrong-shape') }),
  v.object({ kind: v.literal('huge') }),
  v.object({ kind: v.literal('endless') }),
  v.object({ kind: v.literal('not-modified') }),
  v.object({ kind: v.literal('tls-wrong-host') }),
  v.object({ kind: v.literal('tls-untrusted') }),
]);
const FaultHostSchema = v.picklist(['status.claude.com', 'anthropic.statuspage.io', '*']);

/** For the control API: throws a readable error on anything that is not a Fault or null. */
export function parseFaultRequest(input: unknown): { host: FaultHost; fault: Fault | null } {
  const result = v.safeParse(v.object({ host: FaultHostSchema, fault: v.nullable(FaultSchema) }), input);
  if (!result.success)
    throw new Error(result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('; '));
  return result.output;
}

export interface CannedResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: string;
}

const HTML = 'text/html; charset=utf-8';

// Inert look-alikes of what AWS WAF / CloudFront send: same status and headers, no remote scripts.
const WAF_CAPTCHA_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Human Verification</title></head><body><div id="captcha-container"></div><noscript><h1>JavaScript is disabled</h1>In order to continue, we need to verify that you're not a robot. This requires JavaScript. Enable JavaScript and then reload the page.</noscript></body></html>`;
const CHALLENGE_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Just a moment...</title></head><body><h1>Checking your browser before accessing the site.</h1><noscript>Enable JavaScript and cookies to continue.</noscript></body></html>`;
const cloudFrontError = (status: number) =>
  `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd"><HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1"><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY><H1>${status} ERROR</H1><H2>The request could not be satisfied.</H2></BODY></HTML>`;

const sniffType = (body: string) =>
  /^\s*[[{]/.test(body) ? 'application/json; charset=utf-8' : /^\s*</.test(body) ? HTML : 'text/plain; charset=utf-8';

/** Faults that replace the answer outright. */
export type CannedFault = Extract<Fault, { kind: 'http' | 'rate-limit' | 'waf-405' | 'waf-202' | 'html' }>;

export function cannedFaultResponse(fault: CannedFault): CannedResponse {
  switch (fault.kind) {
    case 'http': {
      const body = fault.body ?? cloudFrontError(fault.status);
      return { status: fault.status, headers: { 'content-type': sniffType(body) }, body };
    }
    case 'rate-limit':
      return {
        status: 429,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': String(fault.retryAfterSeconds) },
        body: 'Too Many Requests',
      };
    case 'waf-405':
      return { status: 405, headers: { 'content-type': HTML, 'x-amzn-waf-action': 'captcha' }, body: WAF_CAPTCHA_PAGE };
    case 'waf-202':
      return { status: 202, headers: { 'x-amzn-waf-action': 'challenge' }, body: '' };
    case 'html':
      return { status: 200, headers: { 'content-type': HTML }, body: CHALLENGE_PAGE };
  }
}

/** What truncated-json sends: the first half of the real body. */
export const truncateBody = (body: string) => body.slice(0, Math.floor(body.length / 2));
