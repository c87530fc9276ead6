// The learned model families in storage: read with the rest of a poll's state, written with its result, so
// every incident read later (summary, resolved, history) knows the families earlier ones vouched for.
import { extractIncidentModels } from '../core/models';
import { rememberFamilies } from '../core/models/learned';
import type { Incident } from '../core/types';
import { load, type StorageArea } from '../shared/storage';
import { familiesRecord } from '../shared/worker-storage';

export const loadLearnedFamilies = (storage: StorageArea): Promise<string[]> => load(storage, familiesRecord);

/**
 * What these incidents teach: the storage entry to add to the write (empty when nothing new), and the
 * incidents read again with the new families, since one may name bare a family another vouched for.
 */
export function learnFrom<T extends Incident>(
  known: readonly string[],
  incidents: readonly T[],
): { entry: Record<string, string[]>; incidents: readonly T[] } {
  const learned = rememberFamilies(known, incidents);
  if (!learned) return { entry: {}, incidents };
  const reread = incidents.map((incident) => ({
    ...incident,
    models: extractIncidentModels(
      incident.name,
      incident.updates.map((update) => update.body),
      learned,
    ),
  }));
  return { entry: { [familiesRecord.key]: learned }, incidents: reread };
}
