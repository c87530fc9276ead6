// Small builders for core tests: real healthy data from the capture, hand-made incidents on top.
import { parseSummary } from '../../src/core/parse';
import type { ComponentState, Incident, IncidentModels, Maintenance, Snapshot, StatusData } from '../../src/core/types';
import { fixtureJson } from './core-fixtures';

export function healthyData(): StatusData {
  const result = parseSummary(fixtureJson('summary'));
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

export const NO_MODELS: IncidentModels = { models: [], scope: 'none', fromTitle: [], platforms: [] };

export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'inc1',
    name: 'Elevated errors',
    status: 'investigating',
    impact: 'minor',
    url: 'https://status.claude.com/incidents/inc1',
    shortlink: null,
    startedAt: '2026-09-27T10:00:00.000Z',
    lastUpdateAt: '2026-09-27T10:00:00.000Z',
    resolvedAt: null,
    updates: [
      {
        id: 'u1',
        status: 'investigating',
        body: 'We are currently investigating this issue.',
        displayAt: '2026-09-27T10:00:00.000Z',
        affectedComponents: null,
      },
    ],
    affectedComponents: [],
    models: NO_MODELS,
    ...overrides,
  };
}

export function makeMaintenance(overrides: Partial<Maintenance> = {}): Maintenance {
  return {
    id: 'm1',
    name: 'Database maintenance',
    status: 'in_progress',
    impact: 'maintenance',
    url: 'https://status.claude.com/incidents/m1',
    scheduledFor: '2026-09-27T10:00:00.000Z',
    scheduledUntil: '2026-09-27T12:00:00.000Z',
    components: [],
    latestUpdate: null,
    ...overrides,
  };
}

export function withComponentStatus(data: StatusData, id: string, status: ComponentState['status']): StatusData {
  return { ...data, components: data.components.map((c) => (c.id === id ? { ...c, status } : c)) };
}

export const NOW = Date.parse('2026-09-27T15:00:00.000Z');

export function makeSnapshot(data: StatusData | null, overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    data,
    fetchedAt: data === null ? null : NOW,
    checkedAt: NOW,
    origin: 'https://status.claude.com',
    error: null,
    consecutiveFailures: 0,
    recentlyResolved: [],
    ...overrides,
  };
}
