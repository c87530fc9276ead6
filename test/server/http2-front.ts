import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import {
  constants,
  createSecureServer,
  type Http2ServerRequest,
  type Http2ServerResponse,
  type Http2Session,
} from 'node:http2';
import { Agent, request } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tlsMaterial } from './tls';
import type { StatusServer } from './types';

// An opt-in HTTP/2-over-TLS front for the local status server, as the real CDN serves the status API:
// the browser talks HTTP/2 (ALPN h2, HTTP/1.1 still accepted) to this front, which forwards each request
// to the status server over a kept-alive HTTP/1.1 connection. It counts bytes on the browser's TCP
// sockets, so TLS handshakes, HPACK-compressed headers, HTTP/2 framing and pings are all included.

export interface Http2FrontOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /**
   * false: behave like a server that sends no ETag or Last-Modified, and ignore conditional requests
   * (the status server itself always sends validators).
   */
  validators?: boolean;
}

export interface WireCounts {
  /** TCP connections accepted so far. */
  connections: number;
  /** Connections still open. */
  open: number;
  /** Bytes received from clients on the TCP sockets (TLS records, handshakes included). */
  bytesIn: number;
  /** Bytes sent to clients on the TCP sockets. */
  bytesOut: number;
  /** ALPN protocol of every connection that finished its handshake, in order ("h2", "http/1.1"). */
  protocols: string[];
}

export interface Http2Front {
  port: number;
  url: string;
  wire(): WireCounts;
  /** Switches between sending validators (as the status server does) and acting as a server without them. */
  setValidators(on: boolean): void;
  /** Closes every client connection, so the next request must open (and pay for) a new one. */
  closeConnections(): void;
  close(): Promise<void>;
}

/** Hop-by-hop headers (RFC 9110 §7.6.1) and those HTTP/2 forbids; never forwarded. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'http2-settings',
]);
const VALIDATOR_REQUEST = new Set(['if-none-match', 'if-modified-since']);
const VALIDATOR_RESPONSE = new Set(['etag', 'last-modified']);

function forwardable(headers: IncomingHttpHeaders, drop: ReadonlySet<string>): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name.startsWith(':') || HOP_BY_HOP.has(name) || drop.has(name)) continue;
    out[name] = value;
  }
  return out;
}

export async function startHttp2Front(
  upstream: Pick<StatusServer, 'port' | 'certPem'>,
  options: Http2FrontOptions = {},
): Promise<Http2Front> {
  const tls = await tlsMaterial();
  let validators = options.validators ?? true;
  const agent = new Agent({ keepAlive: true, ca: upstream.certPem, rejectUnauthorized: false });
  const sockets = new Set<Socket>();
  const sessions = new Set<Http2Session>();
  const protocols: string[] = [];
  const closed = { connections: 0, bytesIn: 0, bytesOut: 0 };
  let accepted = 0;

  function forward(req: Http2ServerRequest | IncomingMessage, res: Http2ServerResponse | ServerResponse) {
    const authority = ('authority' in req && req.authority) || req.headers.host || 'status.claude.com';
    const host = authority.split(':')[0]!;
    const headers = forwardable(req.headers, validators ? new Set() : VALIDATOR_REQUEST);
    headers.host = host;
    const proxied = request(
      {
        host: '127.0.0.1',
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers,
        servername: host,
        agent,
      },
      (answer) => {
        const back = forwardable(answer.headers, validators ? new Set() : VALIDATOR_RESPONSE);
        res.writeHead(answer.statusCode ?? 502, back as never);
        answer.pipe(res as NodeJS.WritableStream);
      },
    );
    proxied.on('error', () => {
      // The status server dropped or refused the request (a fault): pass the failure on as the same.
      if ('stream' in req) req.stream.close(constants.NGHTTP2_INTERNAL_ERROR);
      else req.socket.destroy();
    });
    req.pipe(proxied);
  }

  const server = createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: true }, forward);
  // 'connection' is the raw TCP socket, before TLS: its byte counters are what crosses the wire.
  server.on('connection', (socket: Socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      closed.connections++;
      closed.bytesIn += socket.bytesRead;
      closed.bytesOut += socket.bytesWritten;
    });
  });
  server.on('secureConnection', (tlsSocket) => protocols.push(String(tlsSocket.alpnProtocol || 'http/1.1')));
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const port = (server.address() as AddressInfo).port;

  const closeConnections = () => {
    for (const session of sessions) session.destroy();
    for (const socket of sockets) socket.destroy();
  };

  return {
    port,
    url: `https://127.0.0.1:${port}`,
    wire: () => {
      let bytesIn = closed.bytesIn;
      let bytesOut = closed.bytesOut;
      for (const socket of sockets) {
        bytesIn += socket.bytesRead;
        bytesOut += socket.bytesWritten;
      }
      return { connections: accepted, open: sockets.size, bytesIn, bytesOut, protocols: [...protocols] };
    },
    setValidators: (on) => (validators = on),
    closeConnections,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        closeConnections();
        agent.destroy();
      }),
  };
}
