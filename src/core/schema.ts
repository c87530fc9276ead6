// Validation of the Statuspage v2 payloads we read. Strict on what decides a colour (ids, names, status
// strings, arrays), lenient on what real data varies (null affected_components, missing optional fields,
// extra keys are stripped). Enum fields are plain strings here: an unknown value must reach normalisation,
// which maps it to 'unknown' (never to operational), instead of failing the whole payload.
import * as v from 'valibot';

const id = v.pipe(v.string(), v.minLength(1, 'expected non-empty string'));
const optionalString = v.nullish(v.string());
// Cosmetic fields: a wrong type there must not turn a good poll into "unknown".
const cosmeticString = v.fallback(v.nullish(v.string()), null);

export const PageSchema = v.object({
  id,
  name: v.string(),
  url: v.string(),
  updated_at: v.string(),
});

export const StatusSchema = v.object({
  indicator: v.string(),
  description: v.nullish(v.string()),
});

export const ComponentSchema = v.object({
  id,
  name: v.string(),
  status: v.string(),
  position: v.fallback(v.nullish(v.number()), null),
  group: v.fallback(v.nullish(v.boolean()), null),
  group_id: cosmeticString,
});

export const ComponentChangeSchema = v.object({
  code: id,
  name: v.fallback(v.string(), ''),
  old_status: v.fallback(v.nullish(v.string()), null),
  new_status: v.string(),
});

export const UpdateSchema = v.object({
  id,
  status: v.string(),
  body: v.nullish(v.string()),
  display_at: optionalString,
  created_at: optionalString,
  affected_components: v.nullish(v.array(ComponentChangeSchema)),
});

const incidentEntries = {
  id,
  name: v.string(),
  status: v.string(),
  impact: v.nullish(v.string()),
  shortlink: cosmeticString,
  created_at: v.string(),
  started_at: optionalString,
  resolved_at: optionalString,
  incident_updates: v.array(UpdateSchema),
  components: v.nullish(v.array(ComponentSchema)),
};

export const IncidentSchema = v.object(incidentEntries);

export const MaintenanceSchema = v.object({
  ...incidentEntries,
  scheduled_for: optionalString,
  scheduled_until: optionalString,
});

export const SummaryPayloadSchema = v.object({
  page: PageSchema,
  components: v.array(ComponentSchema),
  incidents: v.array(IncidentSchema),
  scheduled_maintenances: v.array(MaintenanceSchema),
  status: StatusSchema,
});
export const StatusPayloadSchema = v.object({ page: PageSchema, status: StatusSchema });
export const IncidentPayloadSchema = v.object({ page: PageSchema, incident: IncidentSchema });
export const IncidentsPayloadSchema = v.object({ page: PageSchema, incidents: v.array(IncidentSchema) });

export type RawPage = v.InferOutput<typeof PageSchema>;
export type RawStatus = v.InferOutput<typeof StatusSchema>;
export type RawComponent = v.InferOutput<typeof ComponentSchema>;
export type RawUpdate = v.InferOutput<typeof UpdateSchema>;
export type RawIncident = v.InferOutput<typeof IncidentSchema>;
export type RawMaintenance = v.InferOutput<typeof MaintenanceSchema>;
export type RawSummaryPayload = v.InferOutput<typeof SummaryPayloadSchema>;
export type RawStatusPayload = v.InferOutput<typeof StatusPayloadSchema>;
export type RawIncidentPayload = v.InferOutput<typeof IncidentPayloadSchema>;
export type RawIncidentsPayload = v.InferOutput<typeof IncidentsPayloadSchema>;
