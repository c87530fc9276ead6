import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { request } from 'node:https';

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

export interface Target {
  port: number;
  certPem: string;
}

/**
 * A real HTTPS request to the local server as a browser would make it to `host`: SNI and Host
 * header say `host`, and the certificate is verified against it with the server's cert as the CA.
 */
export function fetchFrom(
  server: Target,
  host: string,
  path: string,
  init: { method?: string; headers?: OutgoingHttpHeaders; body?: string; timeoutMs?: number } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: init.method ?? 'GET',
        headers: { host, ...init.headers },
        servername: host.split(':')[0],
        ca: server.certPem,
        agent: false,
        timeout: init.timeoutMs ?? 5000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(init.body);
  });
}

export const STATUS = 'status.claude.com';
export const FALLBACK = 'anthropic.statuspage.io';
export const CLAUDE = 'claude.ai';
