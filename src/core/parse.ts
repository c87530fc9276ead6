// A Statuspage payload → normalised data, or the first schema issue that made it unusable. Validation
// (schema.ts) and normalisation (normalize.ts, which reads the validated shapes) stay apart, and only this
// module joins them, so neither of the two imports the other back.
import * as v from 'valibot';
import type { FamilyVocabulary } from './models';
import { normalizeIncident, normalizeIncidents, normalizeStatus, normalizeSummary, type PageStatus } from './normalize';
import { IncidentPayloadSchema, IncidentsPayloadSchema, StatusPayloadSchema, SummaryPayloadSchema } from './schema';
import type { Result } from './result';
import type { ComponentState, Incident, StatusData } from './types';

/** Why a payload is unusable: its first issue, with where it is ("page.url: missing"). */
export interface SchemaError {
  kind: 'schema';
  detail: string;
}

const MAX_DETAIL = 300;

/** "components[2].status: expected string, received 5", "page.url: missing" — for the developer details disclosure. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  // Valibot reports a missing key as 'expected "key", received undefined': say it plainly.
  const missing = issue.received === 'undefined' && issue.expected?.startsWith('"');
  const what = missing
    ? 'missing'
    : issue.expected
      ? `expected ${issue.expected}, received ${issue.received}`
      : issue.message;
  return `${path || '(root)'}: ${what}`.slice(0, MAX_DETAIL);
}

function validate<S extends v.GenericSchema, T>(
  schema: S,
  json: unknown,
  normalise: (raw: v.InferOutput<S>) => T,
): Result<T, SchemaError> {
  const parsed = v.safeParse(schema, json, { abortEarly: true });
  if (!parsed.success) return { ok: false, error: { kind: 'schema', detail: describeIssue(parsed.issues[0]) } };
  return { ok: true, value: normalise(parsed.output) };
}

/** summary.json */
export function parseSummary(json: unknown, vocabulary?: FamilyVocabulary): Result<StatusData, SchemaError> {
  return validate(SummaryPayloadSchema, json, (raw) => normalizeSummary(raw, vocabulary));
}

/** status.json: the cheap poll (212 B) whose page.updated_at tells whether summary.json changed. */
export function parseStatus(json: unknown): Result<PageStatus, SchemaError> {
  return validate(StatusPayloadSchema, json, normalizeStatus);
}

/** incidents/<id>.json: how an incident ended (it has left summary.json). `pageComponents`: see normalizeIncident. */
export function parseIncident(
  json: unknown,
  pageComponents: readonly ComponentState[] = [],
  vocabulary?: FamilyVocabulary,
): Result<Incident, SchemaError> {
  return validate(IncidentPayloadSchema, json, (raw) => normalizeIncident(raw, pageComponents, vocabulary));
}

/** incidents.json and incidents/unresolved.json, newest first. */
export function parseIncidents(json: unknown, vocabulary?: FamilyVocabulary): Result<Incident[], SchemaError> {
  return validate(IncidentsPayloadSchema, json, (raw) => normalizeIncidents(raw, vocabulary));
}
