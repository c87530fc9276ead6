import { elapsedMs } from '../core/clock';
import { parseIncidents } from '../core/parse';
import type { PollError } from '../core/types';
import type { HistoryAnswer } from '../shared/messages';
import { load, trySet, type StorageArea } from '../shared/storage';
import { historyRecord, loadPollState, type StoredHistory } from '../shared/worker-storage';
import { withNewestUpdate } from './compact';
import { getJson, validatorsOf } from './http';
import { apiUrl, originsToTry } from './origins';
import { learnFrom, loadLearnedFamilies } from './families';

/** incidents.json is ~190 KB: fetch it only when the popup asks, and at most this often. */
export const HISTORY_MAX_AGE_MS = 3 * 60 * 60_000;
/** Even a forced refresh waits this long after the last fetch. */
export const HISTORY_MIN_AGE_MS = 60_000;

export interface HistoryDeps {
  fetch: typeof fetch;
  storage: StorageArea;
  now: () => number;
}

export async function getHistory(deps: HistoryDeps, force = false): Promise<HistoryAnswer> {
  const stored = await load(deps.storage, historyRecord);
  // A copy of unknown age (fetched "in the future": the clock went back) is as good as old, not just fetched.
  const age = stored ? (elapsedMs(stored.fetchedAt, deps.now()) ?? Infinity) : Infinity;
  if (stored && (age < HISTORY_MIN_AGE_MS || (!force && age < HISTORY_MAX_AGE_MS))) {
    return { ok: true, value: { fetchedAt: stored.fetchedAt, incidents: stored.incidents } };
  }

  const [state, families] = await Promise.all([loadPollState(deps.storage), loadLearnedFamilies(deps.storage)]);
  // Typed as a poll's error, so the popup words it as it words a failed poll.
  let error: PollError = { kind: 'network', detail: 'no origin answered', at: deps.now() };
  for (const origin of originsToTry(state, deps.now())) {
    const url = apiUrl(origin, 'incidents.json');
    const answer = await getJson(
      deps.fetch,
      url,
      stored?.incidents.length ? stored.validators[url] : undefined,
      deps.now,
      20_000,
    );
    if (!answer.ok) {
      error = answer.error;
      continue;
    }
    const validators = { ...stored?.validators, [url]: validatorsOf(answer.headers) };
    // The history is a cache: should storage refuse it, the popup still gets what was fetched, and asks again.
    if (answer.notModified && stored) {
      const history = { fetchedAt: deps.now(), incidents: stored.incidents };
      await trySet(deps.storage, { [historyRecord.key]: { ...history, validators } satisfies StoredHistory });
      return { ok: true, value: history };
    }
    const parsed = answer.notModified ? null : parseIncidents(answer.value, families);
    if (!parsed?.ok) {
      error = parsed
        ? { ...parsed.error, at: deps.now() }
        : { kind: 'http', status: 304, detail: 'unexpected 304 without a stored copy', at: deps.now() };
      continue;
    }
    // The newest update of each incident is enough for the history list.
    const lesson = learnFrom(families, parsed.value);
    const incidents = lesson.incidents.map(withNewestUpdate);
    const history = { fetchedAt: deps.now(), incidents };
    await trySet(deps.storage, {
      [historyRecord.key]: { ...history, validators } satisfies StoredHistory,
      ...lesson.entry,
    });
    return { ok: true, value: history };
  }
  if (stored) return { ok: true, value: { fetchedAt: stored.fetchedAt, incidents: stored.incidents } };
  return { ok: false, error };
}
