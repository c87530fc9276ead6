// The real captures, read byte-exact from test/fixtures/statuspage (never modified).
import { readFileSync } from 'node:fs';

const dir = new URL('../fixtures/statuspage/', import.meta.url);

export const FIXTURE_NAMES = {
  summary: 'summary.2026-09-27.json',
  status: 'status.2026-08-09.json',
  backfilled: 'incident.3667134hg62q.json',
  manyModels: 'incident.9g6qpr72ttbr.json',
  multipleModels: 'incident.p0mgnjv3bj97.json',
  claudeModels: 'incident.sn3y911gkt0r.json',
} as const;

export type FixtureName = keyof typeof FIXTURE_NAMES;

export function fixtureText(name: FixtureName): string {
  return readFileSync(new URL(FIXTURE_NAMES[name], dir), 'utf8');
}

/** A fresh parsed copy each call, so tests may mutate it. */
export function fixtureJson(name: FixtureName): unknown {
  return JSON.parse(fixtureText(name)) as unknown;
}

export const INCIDENT_FIXTURES = ['backfilled', 'manyModels', 'multipleModels', 'claudeModels'] as const;
