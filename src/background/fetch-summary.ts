import { isRecent } from '../core/clock';
import { parseStatus, parseSummary } from '../core/parse';
import type { PollError, PollErrorKind, StatusData } from '../core/types';
import type { HttpValidators, PollState } from '../shared/worker-storage';
import { getJson, validatorsOf } from './http';
import { apiUrl, originsToTry } from './origins';

export type SummaryOutcome =
  | { kind: 'fresh'; data: StatusData; origin: string; validators: Record<string, HttpValidators> }
  /** The server confirmed (304, or status.json's updated_at) that the stored data is current. */
  | { kind: 'unchanged'; origin: string; validators: Record<string, HttpValidators> }
  | { kind: 'failed'; error: PollError; retryAfter: string | null };

export interface FetchDeps {
  fetch: typeof fetch;
  now: () => number;
  /** navigator.onLine: when false there is no point trying, and the error says so. */
  online: () => boolean;
}

/** Failures where the other origin may well answer: a challenge, a broken host, a body that is not our JSON. */
const TRY_OTHER_ORIGIN: ReadonlySet<PollErrorKind> = new Set([
  'waf-challenge',
  'network',
  'timeout',
  'not-json',
  'invalid-json',
  'schema',
  'too-large',
  'http',
]);

/** A full summary older than this is fetched again even when status.json says nothing changed. */
export const PROBE_TRUST_MS = 10 * 60_000;

const request = (deps: FetchDeps, url: string, validators: HttpValidators | undefined) =>
  getJson(deps.fetch, url, validators, deps.now);

async function fromOrigin(
  deps: FetchDeps,
  origin: string,
  state: PollState,
  stored: StatusData | null,
  vocabulary: readonly string[],
): Promise<SummaryOutcome> {
  const validators = { ...state.validators };
  const summaryUrl = apiUrl(origin, 'summary.json');
  const haveData = stored !== null;
  const summaryValidators = haveData ? validators[summaryUrl] : undefined;

  // Without validators from the server, ask the 212-byte status.json whether anything changed first; but
  // fetch the whole summary now and then, in case a change left page.updated_at as it was. A summary of
  // unknown age (the clock went back since) is fetched again at once.
  const recent = isRecent(state.summaryAt, deps.now(), PROBE_TRUST_MS);
  if (haveData && recent && !summaryValidators?.etag && !summaryValidators?.lastModified) {
    const statusUrl = apiUrl(origin, 'status.json');
    const probe = await request(deps, statusUrl, validators[statusUrl]);
    if (!probe.ok) return { kind: 'failed', error: probe.error, retryAfter: probe.retryAfter };
    validators[statusUrl] = validatorsOf(probe.headers);
    if (probe.notModified) return { kind: 'unchanged', origin, validators };
    const status = parseStatus(probe.value);
    if (!status.ok) return { kind: 'failed', error: { ...status.error, at: deps.now() }, retryAfter: null };
    if (status.value.page.updatedAt === stored!.page.updatedAt && status.value.indicator === stored!.indicator) {
      return { kind: 'unchanged', origin, validators };
    }
  }

  const answer = await request(deps, summaryUrl, summaryValidators);
  if (!answer.ok) return { kind: 'failed', error: answer.error, retryAfter: answer.retryAfter };
  validators[summaryUrl] = validatorsOf(answer.headers);
  if (answer.notModified) {
    // A 304 to a request we made without validators would be a server bug; treat it as no data.
    return haveData
      ? { kind: 'unchanged', origin, validators }
      : {
          kind: 'failed',
          error: { kind: 'http', status: 304, detail: 'unexpected 304', at: deps.now() },
          retryAfter: null,
        };
  }
  const parsed = parseSummary(answer.value, vocabulary);
  if (!parsed.ok) return { kind: 'failed', error: { ...parsed.error, at: deps.now() }, retryAfter: null };
  return { kind: 'fresh', data: parsed.value, origin, validators };
}

/** Tries the origins in order until one answers with a valid summary; the first error is the one reported. */
/** `vocabulary`: model families learned from earlier incidents, for reading this summary's. */
export async function fetchSummary(
  deps: FetchDeps,
  state: PollState,
  stored: StatusData | null,
  vocabulary: readonly string[] = [],
): Promise<SummaryOutcome> {
  if (!deps.online()) {
    return {
      kind: 'failed',
      error: { kind: 'offline', detail: 'navigator.onLine is false', at: deps.now() },
      retryAfter: null,
    };
  }
  let first: Extract<SummaryOutcome, { kind: 'failed' }> | null = null;
  let retryAfter: string | null = null;
  for (const origin of originsToTry(state, deps.now())) {
    const outcome = await fromOrigin(deps, origin, state, stored, vocabulary);
    if (outcome.kind !== 'failed') return outcome;
    first ??= outcome;
    // Whichever origin asked us to slow down, we do.
    retryAfter ??= outcome.retryAfter;
    if (!TRY_OTHER_ORIGIN.has(outcome.error.kind)) break;
  }
  return { ...first!, retryAfter };
}
