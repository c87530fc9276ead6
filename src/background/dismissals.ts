// The banner's dismissals. The worker is their one writer: it stores what a claude.ai tab's banner asks
// for, under a lock, and after each good poll drops dismissals of incidents that are over and of components
// that recovered. Done here, once, rather than by the banner in every tab.
import { pruneDismissed, withDismissal, type DismissRequest } from '../core/dismissals';
import type { Snapshot } from '../core/types';
import { dismissedRecord, load, sessionDismissedRecord, trySet, type StorageArea } from '../shared/storage';

export interface DismissalDeps {
  storage: StorageArea;
  now: () => number;
  lock: <T>(name: string, task: () => Promise<T>) => Promise<T>;
}

const LOCK = 'dismissed';

export async function storeDismissal(deps: DismissalDeps, request: DismissRequest): Promise<{ ok: boolean }> {
  const { storage } = deps;
  // One number, the episode's onAt: a new episode brings the quiet banner back, so nothing needs pruning.
  if ('sessionOnAt' in request)
    return { ok: await trySet(storage, { [sessionDismissedRecord.key]: request.sessionOnAt }) };
  const ok = await deps.lock(LOCK, async () => {
    const log = await load(storage, dismissedRecord);
    return trySet(storage, { [dismissedRecord.key]: withDismissal(log, request.key, request.level, deps.now()) });
  });
  return { ok };
}

export async function pruneDismissals(deps: DismissalDeps, snapshot: Snapshot): Promise<void> {
  const { storage } = deps;
  // Only fresh data can say what is over: after a failed poll the data is the last good one.
  if (snapshot.error !== null || snapshot.data === null) return;
  const data = snapshot.data;
  // Tidying never fails the poll: a storage that refuses keeps the old log, which only hides a little longer.
  await deps
    .lock(LOCK, async () => {
      const log = await load(storage, dismissedRecord);
      const pruned = pruneDismissed(log, data);
      // No write at all when nothing was dropped: every claude.ai tab listens to this key.
      if (pruned !== log) await trySet(storage, { [dismissedRecord.key]: pruned });
    })
    .catch(() => {});
}
