// Node-only (imports test/scenarios, whose fixture paths do not survive the DOM transform; see builders.ts).
import type { Snapshot } from '../../../src/core/types';
import { buildScenario } from '../../scenarios';
import { MINUTE, dataOf, snapshotOf } from './builders';

/** The maintenance scenario around `now`: step 1 upcoming (in 1 h), step 2 in progress. */
export function maintenanceSnapshot(now: number, step: 1 | 2): Snapshot {
  const found = buildScenario('maintenance', now).steps[step]!;
  return snapshotOf(dataOf(found.summary), now - MINUTE);
}
