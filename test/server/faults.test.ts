import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startStatusServer, type StatusServer } from './index';
import { CLAUDE, FALLBACK, STATUS, fetchFrom } from './test-client';

const HEALTHY_RAW = readFileSync(new URL('../fixtures/statuspage/summary.2026-09-27.json', import.meta.url), 'utf8');
const SUMMARY = '/api/v2/summary.json';

let server: StatusServer;
beforeAll(async () => {
  server = await startStatusServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.setScenario('healthy');
  for (const host of ['*', STATUS, FALLBACK] as const) server.setFault(host, null);
  server.resetStats();
});

const get = (host = STATUS, path = SUMMARY, timeoutMs?: number) => fetchFrom(server, host, path, { timeoutMs });
const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('faults that replace the answer', () => {
  it('http: the status asked for, a CloudFront-like HTML error by default, or the body given', async () => {
    server.setFault(STATUS, { kind: 'http', status: 503 });
    const reply = await get();
    expect(reply.status).toBe(503);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.text).toContain('503 ERROR');
    server.setFault(STATUS, { kind: 'http', status: 500, body: '{"error":"boom"}' });
    const custom = await get();
    expect([custom.status, custom.text, custom.headers['content-type']]).toEqual([
      500,
      '{"error":"boom"}',
      'application/json; charset=utf-8',
    ]);
  });

  it('rate-limit: 429 with Retry-After', async () => {
    server.setFault(STATUS, { kind: 'rate-limit', retryAfterSeconds: 120 });
    const reply = await get();
    expect(reply.status).toBe(429);
    expect(reply.headers['retry-after']).toBe('120');
  });

  it('waf-405: the AWS WAF CAPTCHA answer', async () => {
    server.setFault(STATUS, { kind: 'waf-405' });
    const reply = await get();
    expect(reply.status).toBe(405);
    expect(reply.headers['x-amzn-waf-action']).toBe('captcha');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.text).toContain('captcha-container');
  });

  it('waf-202: the silent challenge, empty body', async () => {
    server.setFault(STATUS, { kind: 'waf-202' });
    const reply = await get();
    expect(reply.status).toBe(202);
    expect(reply.headers['x-amzn-waf-action']).toBe('challenge');
    expect(reply.body.length).toBe(0);
  });

  it('html: a 200 that is a challenge page, not JSON', async () => {
    server.setFault(STATUS, { kind: 'html' });
    const reply = await get();
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(isJson(reply.text)).toBe(false);
  });

  it('truncated-json: a 200 application/json with the first half of the real body', async () => {
    server.setFault(STATUS, { kind: 'truncated-json' });
    const reply = await get();
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.text).toBe(HEALTHY_RAW.slice(0, Math.floor(HEALTHY_RAW.length / 2)));
    expect(isJson(reply.text)).toBe(false);
  });
});

describe('faults of the connection', () => {
  it('slow: the normal answer, late', async () => {
    server.setFault(STATUS, { kind: 'slow', delayMs: 300 });
    const started = Date.now();
    const reply = await get();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(reply.text).toBe(HEALTHY_RAW);
  });

  it('drop: the socket closes without a response', async () => {
    server.setFault(STATUS, { kind: 'drop' });
    await expect(get()).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(server.stats().requests[0]).toMatchObject({ status: 0, bytes: 0, fault: 'drop' });
  });

  it('hang: no answer until the client gives up; close() still ends the hung connection', async () => {
    const own = await startStatusServer();
    own.setFault('*', { kind: 'hang' });
    const pending = fetchFrom(own, STATUS, SUMMARY, { timeoutMs: 10_000 });
    const outcome = pending.then(
      () => 'answered',
      () => 'failed',
    );
    // The request reached the server and is held there, unanswered.
    await vi.waitFor(() => expect(own.stats().requests).toMatchObject([{ status: 0, fault: 'hang' }]));
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await outcome).toBe('failed');
  });
});

describe('which requests a fault touches', () => {
  it('a host fault hits that host only: the fallback origin keeps answering', async () => {
    server.setFault(STATUS, { kind: 'waf-405' });
    expect((await get(STATUS)).status).toBe(405);
    expect((await get(FALLBACK)).text).toBe(HEALTHY_RAW);
  });

  it("'*' hits both status hosts; a host's own fault wins over it", async () => {
    server.setFault('*', { kind: 'http', status: 502 });
    expect((await get(STATUS)).status).toBe(502);
    expect((await get(FALLBACK)).status).toBe(502);
    server.setFault(FALLBACK, { kind: 'rate-limit', retryAfterSeconds: 5 });
    expect((await get(FALLBACK)).status).toBe(429);
  });

  it('never claude.ai nor the control API; null clears', async () => {
    server.setFault('*', { kind: 'drop' });
    expect((await get(CLAUDE, '/')).status).toBe(200);
    expect((await get(STATUS, '/__control/state')).status).toBe(200);
    server.setFault('*', null);
    expect((await get()).text).toBe(HEALTHY_RAW);
  });

  it('stats record which fault answered', async () => {
    server.setFault(STATUS, { kind: 'waf-202' });
    await get(STATUS);
    await get(FALLBACK);
    expect(server.stats().requests.map((r) => [r.host, r.status, r.fault])).toEqual([
      [STATUS, 202, 'waf-202'],
      [FALLBACK, 200, null],
    ]);
  });
});
