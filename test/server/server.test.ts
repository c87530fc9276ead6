import { X509Certificate, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { replayIncident, startStatusServer, type StatusServer } from './index';
import { HEALTHY_CLAUDE_API } from './claude-api';
import { CLAUDE, FALLBACK, STATUS, fetchFrom } from './test-client';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/statuspage/${name}`, import.meta.url), 'utf8');
const HEALTHY_RAW = fixture('summary.2026-09-27.json');
const P0_RAW = fixture('incident.p0mgnjv3bj97.json');

let server: StatusServer;
beforeAll(async () => {
  server = await startStatusServer({ port: 0 });
});
afterAll(() => server.close());
beforeEach(() => {
  server.setScenario('healthy');
  server.setFault('*', null);
  server.setClaudeApi(HEALTHY_CLAUDE_API);
  server.resetStats();
});

const get = (path: string, headers = {}, host = STATUS) => fetchFrom(server, host, path, { headers });
const json = async (path: string, host = STATUS) =>
  JSON.parse((await get(path, {}, host)).text) as Record<string, unknown>;

describe('TLS', () => {
  it('listens on 127.0.0.1 with a certificate for every host it answers, verified by the client', async () => {
    expect(server.url).toBe(`https://127.0.0.1:${server.port}`);
    const cert = new X509Certificate(server.certPem);
    for (const host of [STATUS, FALLBACK, CLAUDE, 'localhost']) expect(cert.checkHost(host)).toBe(host);
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    // fetchFrom verifies the chain and the name: these would throw otherwise.
    expect((await get('/api/v2/status.json', {}, FALLBACK)).status).toBe(200);
    expect((await get('/', {}, CLAUDE)).status).toBe(200);
  });

  it('publishes the SPKI fingerprint Chromium expects', () => {
    const spki = new X509Certificate(server.certPem).publicKey.export({ type: 'spki', format: 'der' });
    expect(server.spkiFingerprint).toBe(createHash('sha256').update(spki).digest('base64'));
  });
});

describe('healthy endpoints', () => {
  it('summary.json is the real capture byte for byte, on both status hosts', async () => {
    for (const host of [STATUS, FALLBACK]) {
      const reply = await get('/api/v2/summary.json', {}, host);
      expect(reply.status).toBe(200);
      expect(reply.text).toBe(HEALTHY_RAW);
      expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(reply.headers['cache-control']).toBe(
        'max-age=10, s-maxage=10, stale-while-revalidate=20, stale-if-error=3600',
      );
      expect(reply.headers['access-control-allow-origin']).toBe('*');
      expect(reply.headers.etag).toMatch(/^W\/"[0-9a-f]{32}"$/);
      expect(reply.headers['last-modified']).toBe('Sun, 27 Sep 2026 14:59:31 GMT');
    }
  });

  it('a Host header with a port is the same host', async () => {
    expect((await get('/api/v2/summary.json', {}, `${STATUS}:${server.port}`)).text).toBe(HEALTHY_RAW);
  });

  it('status.json, components.json and unresolved.json agree with summary.json', async () => {
    const summary = JSON.parse(HEALTHY_RAW) as Record<string, unknown>;
    const status = await get('/api/v2/status.json');
    expect(JSON.parse(status.text)).toEqual({ page: summary.page, status: summary.status });
    // Same key order and size as the real status.json capture (212 bytes).
    expect(Object.keys(JSON.parse(status.text) as object)).toEqual(['page', 'status']);
    expect(status.body.length).toBe(fixture('status.2026-08-09.json').length);
    expect(await json('/api/v2/components.json')).toEqual({ page: summary.page, components: summary.components });
    expect(await json('/api/v2/incidents/unresolved.json')).toEqual({ page: summary.page, incidents: [] });
  });

  it('incidents.json lists 50 incidents; incidents/<id>.json serves captures byte-exact and 404s unknown ids', async () => {
    const history = (await json('/api/v2/incidents.json')).incidents as { id: string }[];
    expect(history).toHaveLength(50);
    expect((await get('/api/v2/incidents/p0mgnjv3bj97.json')).text).toBe(P0_RAW);
    const synthetic = await json(`/api/v2/incidents/${history[0]!.id}.json`);
    expect(synthetic.incident).toEqual(history[0]);
    const missing = await get('/api/v2/incidents/zzzzzzzzzzzz.json');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(missing.text)).toHaveProperty('error');
    expect((await get('/api/v2/nothing-here.json')).status).toBe(404);
  });

  it('maintenance endpoints are empty lists with the page', async () => {
    for (const path of [
      'scheduled-maintenances.json',
      'scheduled-maintenances/upcoming.json',
      'scheduled-maintenances/active.json',
    ]) {
      const body = await json(`/api/v2/${path}`);
      expect(body.scheduled_maintenances).toEqual([]);
      expect(body).toHaveProperty('page.id', 'tymt9n04zgry');
    }
  });

  it('HEAD answers the headers without a body; other methods get 405', async () => {
    const head = await fetchFrom(server, STATUS, '/api/v2/summary.json', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(HEALTHY_RAW));
    expect((await fetchFrom(server, STATUS, '/api/v2/summary.json', { method: 'POST', body: '{}' })).status).toBe(405);
  });

  it('human pages on the status host are HTML saying the current status', async () => {
    const page = await get('/incidents/p0mgnjv3bj97');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('All Systems Operational');
  });
});

describe('conditional requests', () => {
  it('If-None-Match with the ETag gives 304 without a body; a stale ETag gives 200', async () => {
    const first = await get('/api/v2/summary.json');
    const etag = first.headers.etag!;
    const again = await get('/api/v2/summary.json', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect((await get('/api/v2/summary.json', { 'if-none-match': 'W/"stale"' })).status).toBe(200);
    // Weak comparison: the strong form of the same tag also matches, and so does a list containing it.
    expect((await get('/api/v2/summary.json', { 'if-none-match': etag.slice(2) })).status).toBe(304);
    expect((await get('/api/v2/summary.json', { 'if-none-match': `W/"x", ${etag}` })).status).toBe(304);
  });

  it('ETag follows the body: each endpoint has its own and it changes with the step', async () => {
    server.setScenario('p0mgnjv3bj97');
    const step0 = (await get('/api/v2/summary.json')).headers.etag;
    expect((await get('/api/v2/status.json')).headers.etag).not.toBe(step0);
    server.step();
    const step1 = await get('/api/v2/summary.json', { 'if-none-match': step0 });
    expect(step1.status).toBe(200);
    expect(step1.headers.etag).not.toBe(step0);
  });

  it('If-Modified-Since at or after page.updated_at gives 304, before gives 200', async () => {
    const lastModified = (await get('/api/v2/status.json')).headers['last-modified']!;
    expect((await get('/api/v2/status.json', { 'if-modified-since': lastModified })).status).toBe(304);
    expect((await get('/api/v2/status.json', { 'if-modified-since': 'Sun, 27 Sep 2026 14:59:30 GMT' })).status).toBe(
      200,
    );
    expect((await get('/api/v2/status.json', { 'if-modified-since': 'not a date' })).status).toBe(200);
  });

  it('If-None-Match wins over If-Modified-Since', async () => {
    const lastModified = (await get('/api/v2/status.json')).headers['last-modified']!;
    const reply = await get('/api/v2/status.json', { 'if-modified-since': lastModified, 'if-none-match': 'W/"other"' });
    expect(reply.status).toBe(200);
  });

  it('gzip when asked, with the same weak ETag', async () => {
    const plain = await get('/api/v2/incidents.json');
    const zipped = await get('/api/v2/incidents.json', { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(plain.text);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(zipped.headers.etag).toBe(plain.headers.etag);
  });
});

describe('p0mgnjv3bj97 over HTTP, step by step', () => {
  it('every endpoint follows the step, and the last one serves the real resolved incident', async () => {
    server.setScenario('p0mgnjv3bj97');
    expect(server.stepCount).toBe(8);
    expect((await get('/api/v2/incidents/p0mgnjv3bj97.json')).status).toBe(404);
    let previousUpdatedAt = '';
    for (let index = 0; index < server.stepCount; index++) {
      server.goTo(index);
      const summary = await json('/api/v2/summary.json');
      const page = summary.page as { updated_at: string };
      expect(page.updated_at > previousUpdatedAt).toBe(true);
      previousUpdatedAt = page.updated_at;
      expect(await json('/api/v2/status.json')).toEqual({ page: summary.page, status: summary.status });
      expect(await json('/api/v2/incidents/unresolved.json')).toEqual({
        page: summary.page,
        incidents: summary.incidents,
      });
      expect(await json('/api/v2/components.json')).toEqual({ page: summary.page, components: summary.components });
      const incidents = summary.incidents as { id: string; status: string }[];
      if (index > 0 && index < server.stepCount - 1) {
        const one = await json('/api/v2/incidents/p0mgnjv3bj97.json');
        expect(one.incident).toEqual(incidents[0]);
        const listed = ((await json('/api/v2/incidents.json')).incidents as { id: string }[]).find(
          (i) => i.id === 'p0mgnjv3bj97',
        );
        expect(listed).toEqual(incidents[0]);
      }
    }
    expect((await json('/api/v2/summary.json')).incidents).toEqual([]);
    expect((await get('/api/v2/incidents/p0mgnjv3bj97.json')).text).toBe(P0_RAW);
  });

  it('step() stays on the last step; goTo() refuses out-of-range indexes', () => {
    server.setScenario('p0mgnjv3bj97');
    for (let i = 0; i < 20; i++) server.step();
    expect(server.stepIndex).toBe(7);
    expect(() => server.goTo(8)).toThrow(RangeError);
    expect(() => server.goTo(-1)).toThrow(RangeError);
    server.setScenario('p0mgnjv3bj97');
    expect(server.stepIndex).toBe(0);
    expect(() => server.setScenario('no-such-scenario')).toThrow(/Unknown scenario/);
  });
});

describe('custom scenarios', () => {
  it('setScenario takes a Scenario object, e.g. a replay of the backfilled capture', async () => {
    const raw = fixture('incident.3667134hg62q.json');
    server.setScenario({ name: 'backfilled', description: 'test', steps: replayIncident(raw, HEALTHY_RAW) });
    expect(server.stepCount).toBe(2);
    expect((await get('/api/v2/incidents/3667134hg62q.json')).status).toBe(404);
    server.step();
    // Its only update is "resolved": it never shows in summary.json, only in incidents/<id>.json.
    expect((await json('/api/v2/summary.json')).incidents).toEqual([]);
    expect((await get('/api/v2/incidents/3667134hg62q.json')).text).toBe(raw);
  });
});

describe('maintenance over HTTP', () => {
  it('upcoming then active', async () => {
    server.setScenario('maintenance');
    server.goTo(1);
    expect(
      ((await json('/api/v2/scheduled-maintenances/upcoming.json')).scheduled_maintenances as unknown[]).length,
    ).toBe(1);
    expect(
      ((await json('/api/v2/scheduled-maintenances/active.json')).scheduled_maintenances as unknown[]).length,
    ).toBe(0);
    server.step();
    expect(
      ((await json('/api/v2/scheduled-maintenances/upcoming.json')).scheduled_maintenances as unknown[]).length,
    ).toBe(0);
    expect(
      ((await json('/api/v2/scheduled-maintenances/active.json')).scheduled_maintenances as unknown[]).length,
    ).toBe(1);
    expect(await json('/api/v2/status.json')).toHaveProperty('status.indicator', 'maintenance');
    server.step();
    const all = (await json('/api/v2/scheduled-maintenances.json')).scheduled_maintenances as { status: string }[];
    expect(all.map((m) => m.status)).toEqual(['completed']);
  });
});

describe('claude.ai', () => {
  it('serves the page at / and at any SPA path, without touching the status API', async () => {
    for (const path of ['/', '/chat/abc', '/new?x=1']) {
      const page = await get(path, {}, CLAUDE);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      for (const id of ['app-header', 'main-content', 'composer', 'prompt-input', 'send-button', 'spa-link']) {
        expect(page.text).toContain(`id="${id}"`);
      }
      expect(page.text).toContain('prefers-color-scheme: dark');
      // The page calls only its own origin's /api/ (relative paths), never the status page or another host.
      expect(page.text).not.toMatch(/XMLHttpRequest|<script[^>]+src=|https?:\/\//);
      expect(page.text).toContain("call('/api/bootstrap')");
    }
    expect((await get('/api/v2/summary.json', {}, CLAUDE)).headers['content-type']).toBe('application/json');
  });

  it('answers /api/ as the scenario says: sends and other requests apart, slow, or dropped', async () => {
    const post = (path: string) => fetchFrom(server, CLAUDE, path, { method: 'POST', body: '{}' });
    const send = '/api/organizations/o/chat_conversations/c/completion';
    expect((await post(send)).status).toBe(200);
    server.setClaudeApi({ send: { kind: 'status', status: 529 } });
    expect((await post(send)).text).toContain('overloaded_error');
    expect((await post(send.replace('completion', 'retry_completion'))).status).toBe(529);
    expect((await post('/api/event_logging/batch')).status).toBe(200);
    server.setClaudeApi({ other: { kind: 'status', status: 429 } });
    expect((await get('/api/bootstrap', {}, CLAUDE)).status).toBe(429);
    server.setClaudeApi({ other: { kind: 'slow', status: 500, delayMs: 50 } });
    expect((await get('/api/bootstrap', {}, CLAUDE)).status).toBe(500);
    server.setClaudeApi({ other: { kind: 'drop' } });
    await expect(get('/api/bootstrap', {}, CLAUDE)).rejects.toThrow();
    expect(server.stats().requests.map((r) => r.status)).toEqual([200, 529, 529, 200, 429, 500, 0]);
  });
});

describe('claude.ai in a scenario', () => {
  it('a step that says how claude.ai’s API answers sets it on entry; steps that say nothing leave it', async () => {
    const send = () =>
      fetchFrom(server, CLAUDE, '/api/organizations/o/chat_conversations/c/completion', { method: 'POST', body: '{}' });
    server.setScenario('p0mgnjv3bj97-session');
    expect((await send()).status).toBe(200);
    server.step();
    expect((await send()).status).toBe(500);
    expect((await fetchFrom(server, CLAUDE, '/api/bootstrap')).status).toBe(200);
    server.goTo(5); // 4/7 monitoring: claude.ai back to operational
    expect((await send()).status).toBe(200);
    server.goTo(6);
    expect((await send()).status).toBe(500);
    server.setScenario('p0mgnjv3bj97');
    expect((await send()).status).toBe(500);
    server.setClaudeApi(HEALTHY_CLAUDE_API);
    server.step();
    expect((await send()).status).toBe(200);
  });
});

describe('stats', () => {
  it('counts every request with host, path, status, bytes and validators, but not the control API', async () => {
    const first = await get('/api/v2/summary.json');
    await get('/api/v2/summary.json', { 'if-none-match': first.headers.etag! }, FALLBACK);
    await get('/chat/abc', {}, CLAUDE);
    await get('/__control/state');
    const stats = server.stats();
    expect(stats.requests.map((r) => [r.host, r.path, r.status, r.ifNoneMatch])).toEqual([
      [STATUS, '/api/v2/summary.json', 200, false],
      [FALLBACK, '/api/v2/summary.json', 304, true],
      [CLAUDE, '/chat/abc', 200, false],
    ]);
    expect(stats.requests[0]!.bytes).toBe(Buffer.byteLength(HEALTHY_RAW));
    expect(stats.requests[1]!.bytes).toBe(0);
    expect(stats.byPath).toEqual({ '/api/v2/summary.json': 2, '/chat/abc': 1 });
    expect(stats.notModified).toBe(1);
    expect(stats.bytesSent).toBe(stats.requests[0]!.bytes + stats.requests[2]!.bytes);
    expect(stats.requests.every((r) => r.durationMs >= 0 && r.at > 0)).toBe(true);
    server.resetStats();
    expect(server.stats().requests).toEqual([]);
  });
});
