import { randomBytes } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { buildScenario, SCENARIO_NAMES } from '../scenarios';
import type { Scenario } from '../scenarios/types';
import { apiDocument, type ApiDocument } from './api-routes';
import { answerClaudeApi, HEALTHY_CLAUDE_API, type ClaudeApiBehaviour } from './claude-api';
import { CLAUDE_PAGE_FILES, claudePage } from './claude-page';
import { CONTROL_PREFIX, handleControl, type Controller } from './control';
import { cannedFaultResponse, truncateBody } from './faults';
import { badCertificates, contextForTlsFault, isBodyFault, isTlsFault, serveBodyFault } from './hostile-faults';
import { API_CACHE_CONTROL, httpDate, isNotModified, weakEtag } from './http-cache';
import { RequestLog } from './stats';
import { statusHomeHtml } from './status-home';
import { CERT_HOSTS, tlsMaterial } from './tls';
import type { Fault, FaultHost, RequestRecord, StartOptions, StatusServer } from './types';

const STATUS_HOSTS = new Set(['status.claude.com', 'anthropic.statuspage.io']);
const CLAUDE_HOST = 'claude.ai';
const JSON_TYPE = 'application/json; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';
/** CloudFront compresses bodies from 1,000 bytes up. */
const GZIP_FROM = 1000;

interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  record: RequestRecord;
}

/** Host header without the port, lower case ("[::1]" stays bracketed). */
export function hostOf(req: IncomingMessage): string {
  const raw = (req.headers.host ?? '').toLowerCase();
  if (raw.startsWith('[')) return raw.slice(0, raw.indexOf(']') + 1);
  return raw.split(':')[0] ?? '';
}

function send(ex: Exchange, status: number, headers: OutgoingHttpHeaders, body: string | Buffer | null) {
  const bytes = body === null ? null : typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  if (bytes) headers['content-length'] = bytes.length;
  const withBody = bytes !== null && ex.req.method !== 'HEAD';
  ex.record.status = status;
  ex.record.bytes = withBody ? bytes.length : 0;
  ex.res.writeHead(status, headers);
  ex.res.end(withBody ? bytes : undefined);
}

interface CachedDocument {
  doc: ApiDocument;
  etag: string;
  gzipped?: Buffer;
}

/**
 * One HTTPS server for status.claude.com, anthropic.statuspage.io and claude.ai (dispatch on the
 * Host header; any other host is treated as a status host), plus the /__control/ API.
 */
export async function startStatusServer(options: StartOptions = {}): Promise<StatusServer> {
  const tls = await tlsMaterial();
  const resolve = (s: string | Scenario) => (typeof s === 'string' ? buildScenario(s, Date.now()) : s);
  let scenario = resolve(options.scenario ?? 'healthy');
  let stepIndex = 0;
  const faults = new Map<FaultHost, Fault>();
  let claudeApi: ClaudeApiBehaviour = { ...(scenario.steps[0]?.claudeApi ?? HEALTHY_CLAUDE_API) };
  const log = new RequestLog();
  const timers = new Set<NodeJS.Timeout>();
  // Steps are immutable, so bodies (and their ETag and gzip) are computed once per step.
  const documents = new Map<string, CachedDocument | null>();

  const currentStep = () => scenario.steps[stepIndex]!;
  const enterStep = (index: number) => {
    stepIndex = index;
    documents.clear();
    const behaviour = currentStep().claudeApi;
    if (behaviour) claudeApi = { ...behaviour };
  };

  function documentAt(path: string): CachedDocument | null {
    if (!documents.has(path)) {
      const doc = apiDocument(currentStep(), path);
      documents.set(path, doc && { doc, etag: weakEtag(doc.body) });
    }
    return documents.get(path) ?? null;
  }

  function sendApi(ex: Exchange, cached: CachedDocument) {
    const { doc } = cached;
    const updatedAt = currentStep().summary.page.updated_at;
    const headers: OutgoingHttpHeaders = { 'access-control-allow-origin': '*', vary: 'Accept-Encoding' };
    if (doc.status === 200) {
      Object.assign(headers, {
        'cache-control': API_CACHE_CONTROL,
        etag: cached.etag,
        'last-modified': httpDate(updatedAt),
      });
      if (isNotModified(ex.req.headers, cached.etag, updatedAt)) return send(ex, 304, headers, null);
    } else {
      headers['cache-control'] = 'no-cache';
    }
    headers['content-type'] = JSON_TYPE;
    const acceptsGzip = /\bgzip\b/.test(String(ex.req.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && doc.body.length >= GZIP_FROM) {
      cached.gzipped ??= gzipSync(doc.body);
      headers['content-encoding'] = 'gzip';
      return send(ex, doc.status, headers, cached.gzipped);
    }
    send(ex, doc.status, headers, doc.body);
  }

  function serveStatus(ex: Exchange, path: string) {
    const cached = documentAt(path);
    if (cached) return sendApi(ex, cached);
    if (path === '/favicon.ico') return send(ex, 404, { 'content-type': 'text/plain' }, 'Not Found');
    send(ex, 200, { 'content-type': HTML_TYPE, 'cache-control': 'no-cache' }, statusHomeHtml(currentStep(), path));
  }

  function serveWithFault(ex: Exchange, path: string, fault: Fault | null) {
    if (!fault) return serveStatus(ex, path);
    switch (fault.kind) {
      case 'drop':
        return void ex.req.socket.destroy();
      case 'hang':
        return; // the socket stays open until the client gives up or close() ends it
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!ex.res.destroyed) serveStatus(ex, path);
        }, fault.delayMs);
        timers.add(timer);
        return;
      }
      case 'tls-wrong-host':
      case 'tls-untrusted':
        // The client accepted the certificate anyway (a browser told to ignore errors): answer as usual.
        return serveStatus(ex, path);
      case 'truncated-json': {
        const body = documentAt(path)?.doc.body ?? statusHomeHtml(currentStep(), path);
        return send(ex, 200, { 'content-type': JSON_TYPE, 'access-control-allow-origin': '*' }, truncateBody(body));
      }
      default: {
        if (isBodyFault(fault)) {
          const real = documentAt(path)?.doc.body ?? statusHomeHtml(currentStep(), path);
          Object.assign(ex.record, serveBodyFault(ex.res, fault, real, timers));
          return;
        }
        const canned = cannedFaultResponse(fault);
        return send(ex, canned.status, { ...canned.headers }, canned.body);
      }
    }
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith(CONTROL_PREFIX)) return void handleControl(req, res, path, controller);
    const host = hostOf(req);
    const record: RequestRecord = {
      at: Date.now(),
      host,
      method: req.method ?? 'GET',
      path,
      status: 0,
      bytes: 0,
      durationMs: 0,
      ifNoneMatch: req.headers['if-none-match'] !== undefined,
      ifModifiedSince: req.headers['if-modified-since'] !== undefined,
      fault: null,
    };
    log.add(record);
    res.on('close', () => (record.durationMs = Date.now() - record.at));
    const ex: Exchange = { req, res, record };
    if (host === CLAUDE_HOST && path.startsWith('/api/')) {
      void answerClaudeApi(req, res, path, claudeApi, timers).then((status) => (record.status = status));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(
        ex,
        405,
        { 'content-type': JSON_TYPE, allow: 'GET, HEAD' },
        JSON.stringify({ error: 'Method Not Allowed' }),
      );
    }
    if (host === CLAUDE_HOST) {
      if (path === '/favicon.ico') return send(ex, 404, { 'content-type': 'text/plain' }, 'Not Found');
      const file = Object.hasOwn(CLAUDE_PAGE_FILES, path) ? CLAUDE_PAGE_FILES[path] : undefined;
      if (file) return send(ex, 200, { 'content-type': file.type, 'cache-control': 'no-store' }, file.body);
      const page = claudePage(new URLSearchParams((req.url ?? '').split('?')[1] ?? ''));
      return send(ex, 200, { 'content-type': HTML_TYPE, 'cache-control': 'no-store', ...page.headers }, page.html);
    }
    const fault = (STATUS_HOSTS.has(host) ? faults.get(host as FaultHost) : undefined) ?? faults.get('*') ?? null;
    record.fault = fault?.kind ?? null;
    serveWithFault(ex, path, fault);
  }

  const certificates = await badCertificates(CERT_HOSTS);
  const server = createServer(
    {
      key: tls.key,
      cert: tls.cert,
      // A TLS fault decides the certificate at the handshake, by the name the client asked for.
      SNICallback: (name, done) => {
        const host = name.toLowerCase();
        const fault =
          host === CLAUDE_HOST
            ? undefined
            : ((STATUS_HOSTS.has(host) ? faults.get(host as FaultHost) : undefined) ?? faults.get('*'));
        done(null, contextForTlsFault(fault, certificates));
      },
    },
    handle,
  );
  const bindHost = options.host ?? '127.0.0.1';
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, bindHost, () => {
      server.off('error', fail);
      done();
    });
  });
  const port = (server.address() as AddressInfo).port;

  const api: StatusServer = {
    port,
    url: `https://${bindHost.includes(':') ? `[${bindHost}]` : bindHost}:${port}`,
    certPem: tls.cert,
    spkiFingerprint: tls.spkiFingerprint,
    get stepIndex() {
      return stepIndex;
    },
    get stepCount() {
      return scenario.steps.length;
    },
    get scenario() {
      return scenario;
    },
    setScenario(nameOrScenario) {
      const next = resolve(nameOrScenario);
      if (next.steps.length === 0) throw new Error(`Scenario "${next.name}" has no steps`);
      scenario = next;
      enterStep(0);
    },
    step() {
      if (stepIndex < scenario.steps.length - 1) enterStep(stepIndex + 1);
      return stepIndex;
    },
    goTo(index) {
      if (!Number.isInteger(index) || index < 0 || index >= scenario.steps.length) {
        throw new RangeError(`Step ${index} out of range 0..${scenario.steps.length - 1}`);
      }
      enterStep(index);
    },
    setFault(host, fault) {
      const tlsChanged = isTlsFault(fault) || isTlsFault(faults.get(host));
      if (fault) faults.set(host, fault);
      else faults.delete(host);
      // Kept-alive connections would skip the handshake where a TLS fault happens.
      // Session tickets would skip it too (a resumed session shows no certificate): new keys void them.
      if (tlsChanged) {
        server.closeIdleConnections();
        server.setTicketKeys(randomBytes(48));
      }
    },
    setClaudeApi(behaviour) {
      claudeApi = { ...claudeApi, ...behaviour };
    },
    get claudeApi() {
      return claudeApi;
    },
    stats: () => log.stats(),
    resetStats: () => log.reset(),
    close: () =>
      new Promise<void>((done) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };

  const controller: Controller = {
    state: () => ({
      scenario: scenario.name,
      description: scenario.description,
      stepIndex,
      stepCount: scenario.steps.length,
      step: currentStep().label,
      steps: scenario.steps.map((s) => s.label),
      indicator: currentStep().summary.status.indicator,
      faults: Object.fromEntries(faults),
      claudeApi,
      scenarios: SCENARIO_NAMES,
    }),
    setScenario: (name) => api.setScenario(name),
    step: () => api.step(),
    goTo: (index) => api.goTo(index),
    setFault: (host, fault) => api.setFault(host, fault),
    setClaudeApi: (behaviour) => api.setClaudeApi(behaviour),
    stats: () => api.stats(),
    resetStats: () => api.resetStats(),
  };
  return api;
}
