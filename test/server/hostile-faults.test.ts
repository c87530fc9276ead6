import { request } from 'node:https';
import { connect } from 'node:tls';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HUGE_BODY_BYTES, hugeBody, WRONG_SHAPE_BODY } from './hostile-faults';
import { startStatusServer, type StatusServer } from './index';
import { CLAUDE, FALLBACK, STATUS, fetchFrom } from './test-client';

const SUMMARY = '/api/v2/summary.json';
let server: StatusServer;
beforeAll(async () => {
  server = await startStatusServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.setScenario('healthy');
  for (const host of ['*', STATUS, FALLBACK] as const) server.setFault(host, null);
});

/** The certificate the server presents to a client asking for `host`, without verifying it. */
function certificateFor(host: string): Promise<{ subjectaltname: string; fingerprint256: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(
      { host: '127.0.0.1', port: server.port, servername: host, rejectUnauthorized: false },
      () => {
        const cert = socket.getPeerCertificate();
        socket.end();
        resolve({ subjectaltname: cert.subjectaltname ?? '', fingerprint256: cert.fingerprint256 });
      },
    );
    socket.on('error', reject);
  });
}

describe('hostile bodies', () => {
  it('wrong-shape: a 200 with valid JSON that is not a summary', async () => {
    server.setFault(STATUS, { kind: 'wrong-shape' });
    const reply = await fetchFrom(server, STATUS, SUMMARY);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual(JSON.parse(WRONG_SHAPE_BODY));
  });

  it('huge: the real summary padded to 10 MB, still valid JSON', async () => {
    const normal = await fetchFrom(server, STATUS, SUMMARY);
    server.setFault('*', { kind: 'huge' });
    const reply = await fetchFrom(server, FALLBACK, SUMMARY, { timeoutMs: 20_000 });
    expect(reply.body.length).toBe(HUGE_BODY_BYTES);
    const parsed = JSON.parse(reply.text) as Record<string, unknown>;
    expect(parsed.status).toEqual((JSON.parse(normal.text) as Record<string, unknown>).status);
    expect(hugeBody('{"a":1}', 100)).toHaveLength(100);
  });

  it('endless: headers and a JSON start arrive, the end never does', async () => {
    server.setFault(STATUS, { kind: 'endless' });
    const seen = await new Promise<{ status: number; bytes: number; ended: boolean }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: SUMMARY,
          headers: { host: STATUS },
          servername: STATUS,
          ca: server.certPem,
        },
        (res) => {
          let bytes = 0;
          let ended = false;
          res.on('data', (chunk: Buffer) => (bytes += chunk.length));
          res.on('end', () => (ended = true));
          setTimeout(() => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, bytes, ended });
          }, 1_000);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(seen.status).toBe(200);
    expect(seen.bytes).toBeGreaterThan(1024);
    expect(seen.ended).toBe(false);
  });

  it('not-modified: 304 even to a request without validators', async () => {
    server.setFault(STATUS, { kind: 'not-modified' });
    const reply = await fetchFrom(server, STATUS, SUMMARY);
    expect([reply.status, reply.body.length]).toEqual([304, 0]);
  });
});

describe('TLS faults', () => {
  it('present another certificate for the faulty host only, and the real one again once cleared', async () => {
    const good = await certificateFor(STATUS);
    expect(good.subjectaltname).toContain('DNS:status.claude.com');

    server.setFault(STATUS, { kind: 'tls-wrong-host' });
    const wrong = await certificateFor(STATUS);
    expect(wrong.subjectaltname).toBe('DNS:wrong-host.invalid');
    expect((await certificateFor(FALLBACK)).fingerprint256).toBe(good.fingerprint256);
    // A client that verifies refuses it.
    await expect(fetchFrom(server, STATUS, SUMMARY)).rejects.toThrow(/altnames|self.signed|certificate/i);

    server.setFault('*', { kind: 'tls-untrusted' });
    server.setFault(STATUS, null);
    const untrusted = await certificateFor(FALLBACK);
    expect(untrusted.subjectaltname).toContain('DNS:anthropic.statuspage.io');
    expect(untrusted.fingerprint256).not.toBe(good.fingerprint256);
    await expect(fetchFrom(server, FALLBACK, SUMMARY)).rejects.toThrow(/self.signed|certificate/i);
    // '*' means the status hosts: claude.ai keeps its certificate.
    expect((await certificateFor(CLAUDE)).fingerprint256).toBe(good.fingerprint256);

    server.setFault('*', null);
    expect((await certificateFor(FALLBACK)).fingerprint256).toBe(good.fingerprint256);
    expect((await fetchFrom(server, FALLBACK, SUMMARY)).status).toBe(200);
  });
});
