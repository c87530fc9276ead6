import { Agent, request } from 'node:https';
import { gunzipSync } from 'node:zlib';
import type { StatusServer } from '../../test/server';

export interface WireOptions {
  /**
   * Send `Accept-Encoding: gzip` and inflate, as every browser does on its own for fetch() (the header is
   * one a page cannot set or remove). The test harness's serverFetch does not, so it sees identity bodies.
   */
  gzip: boolean;
  /**
   * Hide ETag and Last-Modified from the caller, as if the server sent none. The local server cannot be
   * told to omit them, so this is done here: the worker never learns a validator and never sends one.
   */
  stripValidators: boolean;
}

/** Header bytes as HTTP/1.1 would frame them, counted on our side of the connection. */
export interface HeaderTally {
  requestHeaderBytes: number;
  responseHeaderBytes: number;
}

const CRLF = 2;
const headerLine = (name: string, value: string) => name.length + 2 + value.length + CRLF;

/**
 * A `fetch` that reaches the local status server under the real host names (like the harness's
 * serverFetch), over one keep-alive connection so a simulated day of polls runs in seconds.
 */
export function wireFetch(
  server: Pick<StatusServer, 'port' | 'certPem'>,
  options: WireOptions,
): { fetch: typeof fetch; tally: HeaderTally; close: () => void } {
  const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: server.certPem });
  const tally: HeaderTally = { requestHeaderBytes: 0, responseHeaderBytes: 0 };

  const fetchFn: typeof fetch = (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      const headers: Record<string, string> = Object.fromEntries(new Headers(init?.headers).entries());
      if (options.gzip) headers['accept-encoding'] = 'gzip';
      headers.host = url.host;
      const path = url.pathname + url.search;
      tally.requestHeaderBytes +=
        `GET ${path} HTTP/1.1`.length +
        CRLF +
        Object.entries(headers).reduce((n, [k, v]) => n + headerLine(k, v), 0) +
        CRLF;
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path,
          method: init?.method ?? 'GET',
          headers,
          servername: url.hostname,
          agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            tally.responseHeaderBytes += `HTTP/1.1 ${status} ${res.statusMessage ?? ''}`.length + CRLF + CRLF;
            for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
              tally.responseHeaderBytes += headerLine(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
              if (typeof value !== 'string') continue;
              if (name === 'content-encoding' || name === 'content-length') continue; // the body handed on is inflated
              if (options.stripValidators && (name === 'etag' || name === 'last-modified')) continue;
              responseHeaders.set(name, value);
            }
            let body: Buffer | null = status === 204 || status === 304 ? null : Buffer.concat(chunks);
            if (body && res.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
            resolve(new Response(body && new Uint8Array(body), { status, headers: responseHeaders }));
          });
          res.on('error', reject);
        },
      );
      req.on('error', (error) => reject(new TypeError(`fetch failed: ${error.message}`)));
      req.end();
    });

  return { fetch: fetchFn, tally, close: () => agent.destroy() };
}
