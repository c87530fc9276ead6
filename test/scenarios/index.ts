import { capturedReplayScenario } from './captured-replays';
import { healthyScenario } from './healthy';
import { hostileScenario } from './hostile';
import { maintenanceScenario } from './maintenance';
import { minorUnnamedScenario } from './minor-unnamed';
import { sessionLeadScenario } from './session-lead';
import type { Scenario, ScenarioStep } from './types';

export type * from './types';
export { replayIncident } from './replay';
export { pageStatus, INDICATOR_DESCRIPTION } from './rollup';
export { incidentHistory, findIncident, HISTORY_LENGTH } from './history';

/** Scenarios by name. `now` (epoch ms) only matters to scenarios placed around the present (maintenance). */
const FACTORIES: Record<string, { build: (now: number) => Scenario; summary: string }> = {
  healthy: { build: healthyScenario, summary: 'real healthy summary, byte-exact' },
  p0mgnjv3bj97: { build: () => capturedReplayScenario('p0mgnjv3bj97'), summary: 'real major incident, 7 updates' },
  '9g6qpr72ttbr': { build: () => capturedReplayScenario('9g6qpr72ttbr'), summary: 'real critical incident, 5 updates' },
  sn3y911gkt0r: { build: () => capturedReplayScenario('sn3y911gkt0r'), summary: 'real critical incident, 4 updates' },
  maintenance: { build: maintenanceScenario, summary: 'maintenance upcoming, in progress, completed' },
  'minor-unnamed': { build: minorUnnamedScenario, summary: 'minor incident naming no model' },
  'p0mgnjv3bj97-session': {
    build: sessionLeadScenario,
    summary: "claude.ai's API fails 20 min before the status page posts p0mgnjv3bj97",
  },
  hostile: { build: hostileScenario, summary: 'hostile text corpus: markup, links, bidi, 100 KB, 10,000 updates' },
};

export const SCENARIO_NAMES = Object.keys(FACTORIES);

export function buildScenario(name: string, now: number = Date.now()): Scenario {
  const factory = FACTORIES[name];
  if (!factory) throw new Error(`Unknown scenario "${name}". Known: ${SCENARIO_NAMES.join(', ')}`);
  return factory.build(now);
}

export const scenarioSummaries = (): { name: string; summary: string }[] =>
  Object.entries(FACTORIES).map(([name, f]) => ({ name, summary: f.summary }));

/** The p0mgnjv3bj97 replay as data, for tests that walk it step by step. */
export const p0mgnjv3bj97Steps = (): ScenarioStep[] => capturedReplayScenario('p0mgnjv3bj97').steps;
