import { connect, type ClientHttp2Session, type IncomingHttpHeaders } from 'node:http2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEALTHY_SUMMARY } from '../scenarios/fixtures';
import { startHttp2Front, type Http2Front } from './http2-front';
import { startStatusServer, type StatusServer } from './index';

let server: StatusServer;
let front: Http2Front;
let bare: Http2Front;
beforeAll(async () => {
  server = await startStatusServer({ port: 0 });
  front = await startHttp2Front(server);
  bare = await startHttp2Front(server, { validators: false });
});
afterAll(async () => {
  await front.close();
  await bare.close();
  await server.close();
});

const open = (to: Http2Front) =>
  connect(to.url, { ca: server.certPem, servername: 'status.claude.com', rejectUnauthorized: true });

function get(session: ClientHttp2Session, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const stream = session.request({ ':path': path, ':authority': 'status.claude.com', ...headers });
    const chunks: Buffer[] = [];
    let responseHeaders: IncomingHttpHeaders = {};
    stream.on('response', (h) => (responseHeaders = h));
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve({ headers: responseHeaders, body: Buffer.concat(chunks).toString('utf8') }));
    stream.on('error', reject);
    stream.end();
  });
}

describe('HTTP/2 front', () => {
  it('serves the status API over h2 with validators, answering a conditional request with 304', async () => {
    const session = open(front);
    try {
      const first = await get(session, '/api/v2/summary.json');
      expect(first.headers[':status']).toBe(200);
      expect((JSON.parse(first.body) as { page: { id: string } }).page.id).toBe(HEALTHY_SUMMARY.page.id);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^W\//);
      const second = await get(session, '/api/v2/summary.json', { 'if-none-match': etag });
      expect(second.headers[':status']).toBe(304);
      expect(second.body).toBe('');
      expect(front.wire().protocols.at(-1)).toBe('h2');
    } finally {
      session.close();
    }
  });

  it('counts bytes at the socket, handshake included, and more for a new connection than a kept one', async () => {
    const before = front.wire();
    const session = open(front);
    await get(session, '/api/v2/status.json');
    const afterFirst = front.wire();
    await get(session, '/api/v2/status.json');
    const afterSecond = front.wire();
    session.close();
    const body = (await get(open(bare), '/api/v2/status.json')).body.length;
    expect(afterFirst.connections).toBe(before.connections + 1);
    const firstBytes = afterFirst.bytesIn + afterFirst.bytesOut - before.bytesIn - before.bytesOut;
    const keptBytes = afterSecond.bytesIn + afterSecond.bytesOut - afterFirst.bytesIn - afterFirst.bytesOut;
    // The certificate alone is several hundred bytes: a new connection costs far more than the body.
    expect(firstBytes).toBeGreaterThan(body + 500);
    expect(keptBytes).toBeGreaterThan(body);
    expect(keptBytes).toBeLessThan(firstBytes);
  });

  it('closeConnections makes the next request open a new connection', async () => {
    const session = open(front);
    await get(session, '/api/v2/status.json');
    const { connections, open: openNow } = front.wire();
    expect(openNow).toBeGreaterThan(0);
    front.closeConnections();
    await new Promise((done) => session.once('close', done));
    const again = open(front);
    await get(again, '/api/v2/status.json');
    again.close();
    expect(front.wire().connections).toBe(connections + 1);
  });

  it('without validators sends no ETag or Last-Modified and ignores conditional requests', async () => {
    const session = open(bare);
    try {
      const first = await get(session, '/api/v2/summary.json');
      expect(first.headers.etag).toBeUndefined();
      expect(first.headers['last-modified']).toBeUndefined();
      const etag = String((await get(open(front), '/api/v2/summary.json')).headers.etag);
      const second = await get(session, '/api/v2/summary.json', { 'if-none-match': etag });
      expect(second.headers[':status']).toBe(200);
      expect(second.body).toBe(first.body);
    } finally {
      session.close();
    }
  });
});
