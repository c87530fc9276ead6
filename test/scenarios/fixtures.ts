import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawIncident, RawPage, RawSummary } from './types';

// The real captures, read once, byte-exact. Scenarios are built from these and nothing else.
const FIXTURES = new URL('../fixtures/', import.meta.url);

const read = (name: string) => readFileSync(fileURLToPath(new URL(name, FIXTURES)), 'utf8');

export const HEALTHY_SUMMARY_RAW = read('statuspage/summary.2026-09-27.json');
export const HEALTHY_SUMMARY = JSON.parse(HEALTHY_SUMMARY_RAW) as RawSummary;

/** Ids of the incidents captured in full (incident.<id>.json). */
export const CAPTURED_INCIDENT_IDS = ['p0mgnjv3bj97', '9g6qpr72ttbr', 'sn3y911gkt0r', '3667134hg62q'] as const;
export type CapturedIncidentId = (typeof CAPTURED_INCIDENT_IDS)[number];

export interface CapturedIncident {
  raw: string;
  page: RawPage;
  incident: RawIncident;
}

const capturedCache = new Map<string, CapturedIncident>();
export function capturedIncident(id: CapturedIncidentId): CapturedIncident {
  let found = capturedCache.get(id);
  if (!found) {
    const raw = read(`statuspage/incident.${id}.json`);
    found = { raw, ...(JSON.parse(raw) as { page: RawPage; incident: RawIncident }) };
    capturedCache.set(id, found);
  }
  return found;
}

let historyTsv: string | undefined;
export function incidentHistoryTsv(): string {
  historyTsv ??= read('incident-history.tsv');
  return historyTsv;
}
