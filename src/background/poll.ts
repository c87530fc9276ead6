import { diffSnapshots } from '../core/diff';
import { parseIncident } from '../core/parse';
import { parseRetryAfter } from '../core/poll-policy';
import { reconcileDeparted, type DepartedAnswer } from '../core/reconcile';
import { isRecentlyResolved } from '../core/resolution';
import { encodePathSegment } from '../core/urls';
import type { Incident, ResolvedIncident, Snapshot, StatusEvent } from '../core/types';
import { loadSnapshot, snapshotRecord, trySet, type StorageArea } from '../shared/storage';
import { loadPollState, pollRecord, type PollState } from '../shared/worker-storage';
import { compactSnapshot } from './compact';
import { learnFrom, loadLearnedFamilies } from './families';
import { fetchSummary, type FetchDeps } from './fetch-summary';
import { getJson } from './http';
import { apiUrl, FALLBACK_ORIGIN, PRIMARY_RETRY_MS } from './origins';

export interface PollDeps extends FetchDeps {
  storage: StorageArea;
}

export interface PollResult {
  previous: Snapshot;
  /** As stored, maybe compacted; what was fetched when storage refused even that (known to this poll only). */
  snapshot: Snapshot;
  events: StatusEvent[];
  /** The server's Retry-After, in ms from now, when it sent one. */
  retryAfterMs: number | null;
}

const RECENTLY_RESOLVED_MAX = 10;

/** What incidents/<id>.json says of each incident that left summary.json, fetched once per poll each. */
async function askDeparted(
  deps: PollDeps,
  origin: string,
  ids: string[],
  families: readonly string[],
): Promise<Map<string, DepartedAnswer>> {
  const answers = new Map<string, DepartedAnswer>();
  for (const id of ids) {
    const answer = await getJson(
      deps.fetch,
      apiUrl(origin, `incidents/${encodePathSegment(id)}.json`),
      undefined,
      deps.now,
    );
    const incident = answer.ok && !answer.notModified ? parseIncident(answer.value, [], families) : null;
    const gone =
      !answer.ok && answer.error.kind === 'http' && (answer.error.status === 404 || answer.error.status === 410);
    answers.set(
      id,
      incident?.ok ? { kind: 'found', incident: incident.value } : gone ? { kind: 'gone' } : { kind: 'unknown' },
    );
  }
  return answers;
}

function mergeResolved(previous: ResolvedIncident[], added: Incident[], now: number): ResolvedIncident[] {
  const byId = new Map<string, ResolvedIncident>();
  for (const incident of added) byId.set(incident.id, { ...incident, seenResolvedAt: now });
  for (const incident of previous) if (!byId.has(incident.id)) byId.set(incident.id, incident);
  return [...byId.values()].filter((incident) => isRecentlyResolved(incident, now)).slice(0, RECENTLY_RESOLVED_MAX);
}

/**
 * One poll. Everything it learns is written in a single storage.set at the end, so a worker killed
 * mid-way leaves the previous snapshot whole; the in-flight mark written first shows it was interrupted.
 */
export async function poll(deps: PollDeps): Promise<PollResult> {
  const [previous, state, families] = await Promise.all([
    loadSnapshot(deps.storage),
    loadPollState(deps.storage),
    loadLearnedFamilies(deps.storage),
  ]);
  const startedAt = deps.now();
  // The mark only shows an interrupted poll; a storage that refuses it (full, broken) must not stop the poll.
  await trySet(deps.storage, { [pollRecord.key]: { ...state, inFlightSince: startedAt } satisfies PollState });

  const outcome = await fetchSummary(deps, state, previous.data, families);
  const now = deps.now();
  let snapshot: Snapshot;
  let nextState: PollState = { ...state, inFlightSince: null };
  let retryAfterMs: number | null = null;
  let learned: Record<string, string[]> = {};

  if (outcome.kind === 'failed') {
    const retryAt = parseRetryAfter(outcome.retryAfter, now);
    retryAfterMs = retryAt === null ? null : Math.max(0, retryAt - now);
    nextState = { ...nextState, notBefore: retryAt ?? 0 };
    // Keep the last good data; the error and the failure count make every view show "unknown" with its age.
    snapshot = {
      ...previous,
      checkedAt: now,
      error: outcome.error,
      consecutiveFailures: previous.consecutiveFailures + 1,
    };
  } else {
    const onFallback = outcome.origin === FALLBACK_ORIGIN;
    nextState = {
      ...nextState,
      validators: outcome.validators,
      origin: outcome.origin,
      notBefore: 0,
      summaryAt: outcome.kind === 'fresh' ? now : state.summaryAt,
      // Stay on the fallback for a while, then give the primary another chance.
      primaryRetryAt: onFallback
        ? state.origin === FALLBACK_ORIGIN && now < state.primaryRetryAt
          ? state.primaryRetryAt
          : now + PRIMARY_RETRY_MS
        : 0,
    };
    const listed = outcome.kind === 'fresh' ? outcome.data : previous.data;
    const listedIds = new Set(listed?.incidents.map((incident) => incident.id) ?? []);
    const departed = (previous.data?.incidents ?? []).filter((incident) => !listedIds.has(incident.id));
    const answers = departed.length
      ? await askDeparted(
          deps,
          outcome.origin,
          departed.map((incident) => incident.id),
          families,
        )
      : new Map<string, DepartedAnswer>();
    const reconciled = listed
      ? reconcileDeparted(listed, departed, answers)
      : { data: listed, resolved: [] as Incident[] };
    // Only a fresh summary can teach anything: the rest was read before.
    const lesson =
      outcome.kind === 'fresh' && reconciled.data
        ? learnFrom(families, reconciled.data.incidents)
        : { entry: {}, incidents: reconciled.data?.incidents ?? [] };
    learned = lesson.entry;
    const data = reconciled.data && { ...reconciled.data, incidents: [...lesson.incidents] };
    const resolved = reconciled.resolved;
    snapshot = {
      data,
      fetchedAt: now,
      checkedAt: now,
      origin: outcome.origin,
      error: null,
      consecutiveFailures: 0,
      recentlyResolved: mergeResolved(previous.recentlyResolved, resolved, now),
    };
  }

  const stored = await store(deps.storage, snapshot, nextState, learned);
  const events = diffSnapshots(previous.checkedAt === null ? null : previous, stored ?? snapshot);
  return { previous, snapshot: stored ?? snapshot, events, retryAfterMs };
}

/**
 * Writes the poll's result; when storage refuses it (quota), the same result with only each incident's newest
 * update, which is what the badge, the banner and the diff read. Answers what was stored, or null when storage
 * took neither: the caller then shows what was fetched, and the next poll, diffing from the older stored
 * snapshot, finds the same events again (the notified log keeps them from repeating).
 */
async function store(
  storage: StorageArea,
  snapshot: Snapshot,
  state: PollState,
  learned: Record<string, string[]>,
): Promise<Snapshot | null> {
  for (const candidate of [snapshot, compactSnapshot(snapshot)])
    if (await trySet(storage, { [snapshotRecord.key]: candidate, [pollRecord.key]: state, ...learned }))
      return candidate;
  return null;
}
