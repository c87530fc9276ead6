// The deep shape of a stored Snapshot and of the stored history. Storage outlives versions of this code and
// can hold anything, and every view trusts what passes here. valibot, which the popup, options page and worker
// already bundle for the settings; the content script does not import this module (the claude.ai page would
// pay for it on every load) and checks only the frame (readSnapshotFrame in ./storage).
import * as v from 'valibot';
import {
  COMPONENT_STATUS_VALUES,
  IMPACT_VALUES,
  INCIDENT_STATUS_VALUES,
  MAINTENANCE_STATUS_VALUES,
} from '../core/enums';
import { LEVEL_SEVERITY } from '../core/level';
import type { AffectedModels, Incident, Level, PollErrorKind, ResolvedIncident, Snapshot } from '../core/types';

const str = v.string();
const num = v.number();
const strings = v.array(str);
// Pure calls (annotated) so that a bundle that imports ./storage but never reads a snapshot deeply drops them.
const keysOf = /* @__NO_SIDE_EFFECTS__ */ <T extends string>(record: Record<T, unknown>) => Object.keys(record) as T[];
/** The documented values and our 'unknown'. */
const known = /* @__NO_SIDE_EFFECTS__ */ <T extends string>(values: readonly T[]) => v.picklist([...values, 'unknown']);

const componentStatus = known(COMPONENT_STATUS_VALUES);
const impact = known(IMPACT_VALUES);
const incidentStatus = known(INCIDENT_STATUS_VALUES);

// Records, so the compiler insists on every member of the union.
const SCOPES: Record<AffectedModels['scope'], true> = {
  named: true,
  'named+others': true,
  family: true,
  some: true,
  all: true,
  except: true,
  none: true,
};
const POLL_ERROR_KINDS: Record<PollErrorKind, true> = {
  offline: true,
  network: true,
  timeout: true,
  http: true,
  'rate-limited': true,
  'waf-challenge': true,
  'not-json': true,
  'invalid-json': true,
  schema: true,
  'too-large': true,
};

const component = v.object({ id: str, name: str, status: componentStatus });
const update = v.object({
  id: str,
  status: incidentStatus,
  body: str,
  displayAt: str,
  affectedComponents: v.nullable(
    v.array(v.object({ id: str, name: str, oldStatus: componentStatus, newStatus: componentStatus })),
  ),
});
const incidentEntries = {
  id: str,
  name: str,
  status: incidentStatus,
  impact,
  url: str,
  shortlink: v.nullable(str),
  startedAt: str,
  lastUpdateAt: str,
  resolvedAt: v.nullable(str),
  updates: v.array(update),
  // Absent in snapshots written before it existed, and whenever every update was kept.
  updateCount: v.optional(num),
  affectedComponents: v.array(component),
  models: v.object({ models: strings, scope: v.picklist(keysOf(SCOPES)), fromTitle: strings, platforms: strings }),
};
export const IncidentSchema = v.object(incidentEntries);
const ResolvedIncidentSchema = v.object({ ...incidentEntries, seenResolvedAt: v.optional(num) });

const maintenance = v.object({
  id: str,
  name: str,
  status: known(MAINTENANCE_STATUS_VALUES),
  impact,
  url: str,
  scheduledFor: str,
  scheduledUntil: str,
  components: v.array(component),
  latestUpdate: v.nullable(update),
});
const maintenances = v.array(maintenance);

/** Everything but recentlyResolved, whose entries are checked one by one (a bad one costs only itself). */
export const SnapshotFrameSchema = v.object({
  data: v.nullable(
    v.object({
      page: v.object({ id: str, name: str, url: str, updatedAt: str }),
      indicator: known<Level>(keysOf(LEVEL_SEVERITY)),
      description: str,
      components: v.array(component),
      incidents: v.array(IncidentSchema),
      maintenances: v.object({ active: maintenances, upcoming: maintenances }),
    }),
  ),
  fetchedAt: v.nullable(num),
  checkedAt: v.nullable(num),
  origin: v.nullable(str),
  error: v.nullable(
    v.object({ kind: v.picklist(keysOf(POLL_ERROR_KINDS)), status: v.optional(num), detail: str, at: num }),
  ),
  consecutiveFailures: num,
});

/** A snapshot that fails the check is no snapshot (unknown, grey): never a half-trusted one. */
export function parseSnapshot(raw: unknown): Snapshot | null {
  const frame = v.safeParse(SnapshotFrameSchema, raw);
  if (!frame.success) return null;
  const resolved = (raw as { recentlyResolved?: unknown }).recentlyResolved;
  const recentlyResolved = Array.isArray(resolved)
    ? resolved.filter((entry): entry is ResolvedIncident => v.is(ResolvedIncidentSchema, entry))
    : [];
  return { ...frame.output, recentlyResolved };
}

// The schemas and the types must describe the same values: a field added to one and not the other fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type SchemasMatchTypes = Holds<
  Same<v.InferOutput<typeof SnapshotFrameSchema>, Omit<Snapshot, 'recentlyResolved'>> &
    Same<v.InferOutput<typeof ResolvedIncidentSchema>, ResolvedIncident> &
    Same<v.InferOutput<typeof IncidentSchema>, Incident>
>;
