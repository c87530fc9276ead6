// Parsing with the real extractor (core-properties.test.ts uses a stand-in): whatever text the status page
// serves, lone surrogates included, every parser returns a result instead of throwing.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { runs } from './property-runs';
import { parseIncident, parseIncidents, parseSummary } from '../../src/core/parse';
import { rawIncident, rawMaintenance, rawSummary } from './arbitraries';
import { fixtureJson } from './core-fixtures';

const page = (fixtureJson('summary') as { page: unknown }).page;

test('summary (with a maintenance), incident and incidents parse any text without throwing', () => {
  fc.assert(
    fc.property(rawSummary(page), rawIncident, rawMaintenance, (summary, incident, maintenance) => {
      expect(parseSummary(summary).ok).toBe(true);
      expect(parseIncident({ page, incident }).ok).toBe(true);
      expect(parseIncidents({ page, incidents: [incident] }).ok).toBe(true);
      expect(parseSummary({ ...summary, scheduled_maintenances: [maintenance] }).ok).toBe(true);
    }),
    runs(60),
  );
}, 60_000);
