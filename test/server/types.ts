import type { ClaudeApiBehaviour } from './claude-api';
import type { Scenario } from '../scenarios/types';

/** Hosts whose status API can be made to misbehave; '*' is both. */
export type FaultHost = 'status.claude.com' | 'anthropic.statuspage.io' | '*';

export type Fault =
  | { kind: 'http'; status: number; body?: string }
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'waf-405' }
  | { kind: 'waf-202' }
  | { kind: 'html' }
  | { kind: 'truncated-json' }
  | { kind: 'slow'; delayMs: number }
  /** Destroy the socket without any response. */
  | { kind: 'drop' }
  /** Never answer (until the client gives up or the server closes). */
  | { kind: 'hang' }
  /** 200 with valid JSON of the wrong shape. */
  | { kind: 'wrong-shape' }
  /** 200 with the real document padded to 10 MB. */
  | { kind: 'huge' }
  /** 200 with a body that starts like JSON and never ends. */
  | { kind: 'endless' }
  /** 304 whatever the request carried. */
  | { kind: 'not-modified' }
  /** The TLS handshake presents a certificate for another host. */
  | { kind: 'tls-wrong-host' }
  /** The TLS handshake presents a self-signed certificate for the right host, with a key nobody trusts. */
  | { kind: 'tls-untrusted' };

export interface RequestRecord {
  /** Epoch ms when the request arrived. */
  at: number;
  /** Host header without the port. */
  host: string;
  method: string;
  /** Path without the query string. */
  path: string;
  /** 0 while unanswered, and for dropped or hung requests. */
  status: number;
  /** Body bytes sent (after compression). */
  bytes: number;
  durationMs: number;
  ifNoneMatch: boolean;
  ifModifiedSince: boolean;
  fault: Fault['kind'] | null;
}

export interface ServerStats {
  requests: RequestRecord[];
  /** Request count by path (all hosts). */
  byPath: Record<string, number>;
  bytesSent: number;
  notModified: number;
}

export interface StartOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 'healthy'. */
  scenario?: string | Scenario;
}

export interface StatusServer {
  port: number;
  /** https://HOST:PORT */
  url: string;
  certPem: string;
  /** base64 sha256 of the certificate's SPKI, for Chromium's --ignore-certificate-errors-spki-list. */
  spkiFingerprint: string;
  readonly stepIndex: number;
  readonly stepCount: number;
  readonly scenario: Scenario;
  /** Resets to step 0. */
  setScenario(nameOrScenario: string | Scenario): void;
  /** Advances one step (stays on the last) and returns the new index. */
  step(): number;
  goTo(index: number): void;
  setFault(host: FaultHost, fault: Fault | null): void;
  /** How the fake claude.ai's /api/ answers (merged into the current behaviour; starts healthy). */
  setClaudeApi(behaviour: Partial<ClaudeApiBehaviour>): void;
  readonly claudeApi: ClaudeApiBehaviour;
  stats(): ServerStats;
  resetStats(): void;
  close(): Promise<void>;
}
