import { describe, expect, test } from 'vitest';
import { fixtureText } from '../../test/unit/core-fixtures';
import { classifyResponse, parseJsonText, type HttpResponseFacts } from './response';

const AT = 1_790_000_000_000;
const ok = (overrides: Partial<HttpResponseFacts> = {}): HttpResponseFacts => ({
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  bodyText: fixtureText('status'),
  at: AT,
  ...overrides,
});

describe('parseJsonText', () => {
  test('the real capture parses; a truncated one does not', () => {
    const text = fixtureText('summary');
    expect(parseJsonText(text).ok).toBe(true);
    const cut = parseJsonText(text.slice(0, 1000));
    expect(cut.ok === false && cut.error.kind).toBe('invalid-json');
  });
});

describe('classifyResponse', () => {
  test('200 JSON → the value', () => {
    const result = classifyResponse(ok());
    expect(result.ok && !result.notModified && result.value).toEqual(JSON.parse(fixtureText('status')));
  });

  test('304 → not modified', () => {
    expect(classifyResponse(ok({ status: 304, bodyText: '' }))).toEqual({ ok: true, notModified: true, value: null });
  });

  test.each<[string, Partial<HttpResponseFacts>, string, number]>([
    [
      'WAF CAPTCHA (405)',
      { status: 405, headers: { 'x-amzn-waf-action': 'captcha' }, bodyText: '<html>' },
      'waf-challenge',
      405,
    ],
    ['405 without the header', { status: 405, headers: {}, bodyText: '' }, 'waf-challenge', 405],
    ['silent challenge: 202, empty body', { status: 202, headers: {}, bodyText: '' }, 'waf-challenge', 202],
    ['WAF header in any case on a 200', { headers: { 'X-Amzn-Waf-Action': 'challenge' } }, 'waf-challenge', 200],
    ['429', { status: 429, headers: { 'retry-after': '60' }, bodyText: '' }, 'rate-limited', 429],
    ['503 HTML error page', { status: 503, headers: { 'content-type': 'text/html' }, bodyText: '<html>' }, 'http', 503],
    ['404', { status: 404, bodyText: '{"error":"not found"}' }, 'http', 404],
    [
      '200 HTML (captive portal)',
      { headers: { 'content-type': 'text/html' }, bodyText: '<!doctype html><p>Login</p>' },
      'not-json',
      200,
    ],
    ['200 markup with a JSON content type', { bodyText: '  <html></html>' }, 'not-json', 200],
    ['200 truncated JSON', { bodyText: fixtureText('summary').slice(0, 500) }, 'invalid-json', 200],
    ['200 empty body', { bodyText: '' }, 'invalid-json', 200],
  ])('%s → %s', (_name, overrides, kind, status) => {
    const result = classifyResponse(ok(overrides));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind, status, at: AT });
    expect(result.error.detail.length).toBeGreaterThan(0);
  });

  test('the contentType parameter wins over the header', () => {
    const result = classifyResponse(ok({ contentType: 'text/html' }));
    expect(result.ok === false && result.error.kind).toBe('not-json');
  });
});
