// The deep shape of a stored Snapshot, checked on every read: storage outlives versions of this code and
// can be edited by hand, and every view trusts what this lets through.
import { toComponentStatus, toImpact, toIncidentStatus, toMaintenanceStatus } from '../core/enums';
import { LEVEL_SEVERITY } from '../core/level';
import type {
  AffectedModels,
  ComponentChange,
  ComponentState,
  Incident,
  IncidentModels,
  IncidentUpdate,
  Level,
  Maintenance,
  PollError,
  PollErrorKind,
  ResolvedIncident,
  StatusData,
} from '../core/types';
import { arrayOf, isNumber, isString, nullable, optional, shape, type Guard } from './guards';

/** A guard from the normaliser's own mapping: a value is valid when normalising it changes nothing. */
const normalised =
  <T extends string>(normalise: (value: string) => T): Guard<T> =>
  (value): value is T =>
    typeof value === 'string' && normalise(value) === value;

/** Written as a record so the compiler insists on every member of the union. */
const keysGuard =
  <T extends string>(members: Record<T, true>): Guard<T> =>
  (value): value is T =>
    typeof value === 'string' && Object.hasOwn(members, value);

const isLevel: Guard<Level> = (value): value is Level =>
  value === 'unknown' || (typeof value === 'string' && Object.hasOwn(LEVEL_SEVERITY, value));
const isComponentStatus = normalised(toComponentStatus);
const isImpact = normalised(toImpact);
const isIncidentStatus = normalised(toIncidentStatus);
const isMaintenanceStatus = normalised(toMaintenanceStatus);

const isScope = keysGuard<AffectedModels['scope']>({
  named: true,
  'named+others': true,
  family: true,
  some: true,
  all: true,
  except: true,
  none: true,
});
const isPollErrorKind = keysGuard<PollErrorKind>({
  offline: true,
  network: true,
  timeout: true,
  http: true,
  'rate-limited': true,
  'waf-challenge': true,
  'not-json': true,
  'invalid-json': true,
  'too-large': true,
  schema: true,
});

const strings = arrayOf(isString);

const isComponent = shape<ComponentState>({ id: isString, name: isString, status: isComponentStatus });
const isComponentChange = shape<ComponentChange>({
  id: isString,
  name: isString,
  oldStatus: isComponentStatus,
  newStatus: isComponentStatus,
});
const isUpdate = shape<IncidentUpdate>({
  id: isString,
  status: isIncidentStatus,
  body: isString,
  displayAt: isString,
  affectedComponents: nullable(arrayOf(isComponentChange)),
});
const isModels = shape<IncidentModels>({ models: strings, scope: isScope, fromTitle: strings, platforms: strings });

const incidentFields = {
  id: isString,
  name: isString,
  status: isIncidentStatus,
  impact: isImpact,
  url: isString,
  shortlink: nullable(isString),
  startedAt: isString,
  lastUpdateAt: isString,
  resolvedAt: nullable(isString),
  updates: arrayOf(isUpdate),
  affectedComponents: arrayOf(isComponent),
  models: isModels,
};
export const isIncident = shape<Incident>(incidentFields);
export const isResolvedIncident = shape<ResolvedIncident>({ ...incidentFields, seenResolvedAt: optional(isNumber) });

const isMaintenance = shape<Maintenance>({
  id: isString,
  name: isString,
  status: isMaintenanceStatus,
  impact: isImpact,
  url: isString,
  scheduledFor: isString,
  scheduledUntil: isString,
  components: arrayOf(isComponent),
  latestUpdate: nullable(isUpdate),
});

export const isStatusData = shape<StatusData>({
  page: shape<StatusData['page']>({ id: isString, name: isString, url: isString, updatedAt: isString }),
  indicator: isLevel,
  description: isString,
  components: arrayOf(isComponent),
  incidents: arrayOf(isIncident),
  maintenances: shape<StatusData['maintenances']>({
    active: arrayOf(isMaintenance),
    upcoming: arrayOf(isMaintenance),
  }),
});

export const isPollError = shape<PollError>({
  kind: isPollErrorKind,
  status: optional(isNumber),
  detail: isString,
  at: isNumber,
});
