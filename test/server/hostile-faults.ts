// Faults that are not a canned answer: bodies that are too big or never end, a 304 to a request that
// had no validators, and TLS handshakes with a certificate the browser must refuse. Kept apart from
// server.ts, which only dispatches to them.
import type { ServerResponse } from 'node:http';
import { createSecureContext, type SecureContext } from 'node:tls';
import { generate } from 'selfsigned';
import type { Fault } from './types';

/** What the 'huge' fault sends: a valid summary padded to this many bytes. */
export const HUGE_BODY_BYTES = 10 * 1024 * 1024;

export type BodyFault = Extract<Fault, { kind: 'wrong-shape' | 'huge' | 'endless' | 'not-modified' }>;
export type TlsFault = Extract<Fault, { kind: 'tls-wrong-host' | 'tls-untrusted' }>;

export const isBodyFault = (fault: Fault): fault is BodyFault =>
  fault.kind === 'wrong-shape' || fault.kind === 'huge' || fault.kind === 'endless' || fault.kind === 'not-modified';
export const isTlsFault = (fault: Fault | null | undefined): fault is TlsFault =>
  fault?.kind === 'tls-wrong-host' || fault?.kind === 'tls-untrusted';

/** Valid JSON that is not a Statuspage payload: the right keys with the wrong types, as a broken proxy might send. */
export const WRONG_SHAPE_BODY = JSON.stringify({
  page: 'Claude',
  status: { indicator: 'none', description: 'All Systems Operational' },
  components: { claude: 'operational' },
  incidents: 'none',
});

const JSON_TYPE = 'application/json; charset=utf-8';

/** The real document with a padding field that brings it to `bytes`: valid JSON, valid shape, far too big. */
export function hugeBody(realBody: string, bytes = HUGE_BODY_BYTES): string {
  const head = realBody.trimEnd().replace(/}$/, ',"padding":"');
  return head + 'x'.repeat(Math.max(0, bytes - head.length - 2)) + '"}';
}

/** Streams a body that starts like JSON and never ends, a little at a time, until the client goes away. */
function endless(res: ServerResponse, timers: Set<NodeJS.Timeout>) {
  res.writeHead(200, { 'content-type': JSON_TYPE, 'access-control-allow-origin': '*' });
  res.write('{"page":{"id":"tymt9n04zgry","name":"Claude","padding":"');
  const timer = setInterval(() => {
    if (res.destroyed || res.writableEnded) {
      clearInterval(timer);
      timers.delete(timer);
      return;
    }
    res.write(' '.repeat(1024));
  }, 100);
  timers.add(timer);
  res.on('close', () => {
    clearInterval(timer);
    timers.delete(timer);
  });
}

/**
 * Answers with a body fault. `realBody` is what the path would have served. Returns the status and
 * byte count for the request log (0 bytes while a body is still streaming).
 */
export function serveBodyFault(
  res: ServerResponse,
  fault: BodyFault,
  realBody: string,
  timers: Set<NodeJS.Timeout>,
): { status: number; bytes: number } {
  switch (fault.kind) {
    case 'endless':
      endless(res, timers);
      return { status: 200, bytes: 0 };
    case 'not-modified':
      // Whatever the request carried: a CDN that answers 304 to a request without validators.
      res.writeHead(304, { etag: 'W/"stale"', 'cache-control': 'max-age=10' });
      res.end();
      return { status: 304, bytes: 0 };
    case 'wrong-shape':
    case 'huge': {
      const body = Buffer.from(fault.kind === 'huge' ? hugeBody(realBody) : WRONG_SHAPE_BODY, 'utf8');
      res.writeHead(200, {
        'content-type': JSON_TYPE,
        'content-length': body.length,
        'access-control-allow-origin': '*',
      });
      res.end(body);
      return { status: 200, bytes: body.length };
    }
  }
}

/** Certificates a browser that trusts only the server's own certificate must refuse. */
export interface BadCertificates {
  /** A certificate for another host name (and another key). */
  wrongHost: SecureContext;
  /** A certificate for the right host names, self-signed with a key nobody trusts. */
  untrusted: SecureContext;
}

const DAY = 86_400_000;

async function selfSigned(hosts: string[]): Promise<SecureContext> {
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: hosts[0]! }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - DAY),
    notAfterDate: new Date(now + 30 * DAY),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2 as const, value })) },
    ],
  });
  return createSecureContext({ key: pems.private, cert: pems.cert });
}

let bad: Promise<BadCertificates> | undefined;

/** Made once per process, on first use. */
export function badCertificates(hosts: string[]): Promise<BadCertificates> {
  bad ??= Promise.all([selfSigned(['wrong-host.invalid']), selfSigned(hosts)]).then(([wrongHost, untrusted]) => ({
    wrongHost,
    untrusted,
  }));
  return bad;
}

/** The context a TLS fault presents, or undefined for the server's own certificate. */
export const contextForTlsFault = (fault: Fault | null | undefined, certs: BadCertificates) =>
  isTlsFault(fault) ? (fault.kind === 'tls-wrong-host' ? certs.wrongHost : certs.untrusted) : undefined;
