import { request } from 'node:https';
import type { StatusServer } from '../../server';

/**
 * A `fetch` for the worker under test that reaches the local status server under the real host
 * names, as the browsers do in the end-to-end tests: SNI and Host say status.claude.com, the TCP
 * connection goes to 127.0.0.1. Honours the abort signal, so the worker's timeouts are real.
 */
export function serverFetch(server: Pick<StatusServer, 'port' | 'certPem'>): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      const headers = Object.fromEntries(new Headers(init?.headers).entries());
      const signal = init?.signal;
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: url.pathname + url.search,
          method: init?.method ?? 'GET',
          headers: { ...headers, host: url.host },
          servername: url.hostname,
          ca: server.certPem,
          agent: false,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
              if (typeof value === 'string') responseHeaders.set(name, value);
            }
            const status = res.statusCode ?? 0;
            const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
            resolve(new Response(body, { status, headers: responseHeaders }));
          });
          res.on('error', reject);
        },
      );
      const abort = () =>
        req.destroy(signal?.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
      if (signal?.aborted) abort();
      signal?.addEventListener('abort', abort, { once: true });
      req.on('error', (error) =>
        reject(signal?.aborted ? signal.reason : new TypeError(`fetch failed: ${error.message}`)),
      );
      req.end();
    });
}
