import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { runs } from '../../test/unit/property-runs';
import { anyString } from '../../test/unit/arbitraries';
import { fixtureJson } from '../../test/unit/core-fixtures';
import { parseIncident, parseIncidents, parseSummary } from './parse';
import { encodePathSegment, incidentUrl } from './urls';

vi.mock('./models', () => import('../../test/unit/fake-models'));

type Json = Record<string, unknown>;
const LONE = 'a\ud800b';

describe('ids that are not well-formed UTF-16 (issue #15 item 1)', () => {
  test('a lone surrogate in an incident or maintenance id: every parser returns a result', () => {
    const incident = (fixtureJson('multipleModels') as Json)['incident'] as Json;
    const page = (fixtureJson('summary') as Json)['page'];
    const open = { ...incident, id: LONE, status: 'monitoring' };
    const maintenance = { ...incident, id: LONE, status: 'in_progress', scheduled_for: incident['created_at'] };
    const summary = { ...(fixtureJson('summary') as Json), incidents: [open], scheduled_maintenances: [maintenance] };

    const parsed = parseSummary(summary);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value.incidents[0]?.url).toBe('https://status.claude.com/incidents/a%EF%BF%BDb');
      expect(parsed.value.maintenances.active[0]?.url).toBe('https://status.claude.com/incidents/a%EF%BF%BDb');
    }
    expect(parseIncident({ page, incident: open }).ok).toBe(true);
    expect(parseIncidents({ page, incidents: [open] }).ok).toBe(true);
  });

  test('a lone low surrogate, and one at either end, are replaced too; pairs are kept', () => {
    expect(encodePathSegment('\udc00x')).toBe('%EF%BF%BDx');
    expect(encodePathSegment('x\ud800')).toBe('x%EF%BF%BD');
    expect(encodePathSegment('\ud83d\ude00')).toBe(encodeURIComponent('\ud83d\ude00'));
    expect(encodePathSegment('\udc00\ud800')).toBe('%EF%BF%BD%EF%BF%BD');
  });

  test('incidentUrl never throws, whatever the id', () => {
    fc.assert(
      fc.property(anyString(), (id) => {
        const url = incidentUrl('https://status.claude.com', id);
        expect(url.startsWith('https://status.claude.com/incidents/')).toBe(true);
        expect(() => decodeURIComponent(url)).not.toThrow();
      }),
      runs(300),
    );
  });
});
