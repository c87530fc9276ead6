import type { RequestCounts } from '../core/session/counts';
import type { DismissRequest } from '../core/dismissals';
import type { Result } from '../core/result';
import type { Incident, PollError } from '../core/types';
import type { WatchTarget } from '../core/watch-record';

/** Recent history as the popup shows it: resolved and open incidents of the last days. */
export interface History {
  /** Epoch ms of the fetch that produced it. */
  fetchedAt: number;
  incidents: Incident[];
}

/** The history, or why the status page could not give it: the same error a poll records, so views word it alike. */
export type HistoryAnswer = Result<History, PollError>;

/** Every message any context sends to the worker, with what it answers. One map, checked by the compiler. */
export interface MessageMap {
  /** Poll now (the popup's Refresh button). Answers once the poll has finished and the snapshot is stored. */
  refresh: { request: Record<string, never>; response: { ok: boolean } };
  /** Recent incident history; fetched at most every few hours unless forced, and only when asked. */
  getHistory: {
    request: { force?: boolean };
    response: HistoryAnswer;
  };
  /** Counts of status classes from a claude.ai tab's session observer: numbers only, never an address. */
  sessionCounts: { request: { counts: RequestCounts }; response: { ok: boolean } };
  /**
   * Sets or cancels a one-off "tell me when it's fixed" watch. `notifications` says whether the browser lets
   * us notify (the optional permission): without it, badge and banner still show the recovery.
   */
  watch: { request: { target: WatchTarget; on: boolean }; response: { ok: boolean; notifications: boolean } };
  /**
   * The user dismissed the claude.ai banner. The worker is the one writer of the dismissal records, so two
   * tabs dismissing at once, or a poll pruning meanwhile, never lose one.
   */
  dismiss: { request: DismissRequest; response: { ok: boolean } };
}

export type MessageType = keyof MessageMap;

export interface Message<K extends MessageType = MessageType> {
  type: K;
  payload: MessageMap[K]['request'];
}

/** The one place a message is built, so sender and receiver agree on the envelope. */
export function message<K extends MessageType>(type: K, payload: MessageMap[K]['request']): Message<K> {
  return { type, payload };
}

/**
 * The envelope as received: a type named in `known` (the receiver's handler object, so the names live in one
 * place) and an object payload. The payload stays unchecked here: each handler validates its own fields.
 */
export function isMessage<K extends MessageType>(
  value: unknown,
  known: Readonly<Record<K, unknown>>,
): value is { type: K; payload: Readonly<Record<string, unknown>> } {
  if (typeof value !== 'object' || value === null) return false;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  const isKnown = typeof type === 'string' && Object.hasOwn(known, type);
  return isKnown && typeof payload === 'object' && payload !== null && !Array.isArray(payload);
}

/** Typed wrapper over runtime.sendMessage; receives the runtime so tests pass a fake. */
export async function send<K extends MessageType>(
  runtime: { sendMessage(message: unknown): Promise<unknown> },
  type: K,
  payload: MessageMap[K]['request'],
): Promise<MessageMap[K]['response']> {
  return (await runtime.sendMessage(message(type, payload))) as MessageMap[K]['response'];
}
