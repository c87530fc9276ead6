// The session signal's story on a real incident: claude.ai's own API fails 20 minutes before the status
// page posts p0mgnjv3bj97 (the lead the signal exists for), then the captured updates follow. The API
// fails while the status page shows claude.ai as not operational and answers again when it recovers.
import type { ClaudeApiBehaviour } from '../server/claude-api';
import { capturedReplayScenario } from './captured-replays';
import type { RawComponent, Scenario, ScenarioStep } from './types';

export const SESSION_LEAD_INCIDENT = 'p0mgnjv3bj97';
/** How long before the status page's first update claude.ai's API starts failing. */
export const SESSION_LEAD_MS = 20 * 60_000;
const MINUTE = 60_000;

/** The app's message sends fail with a server error (and its retries with them); its other calls answer. */
export const FAILING_SENDS: ClaudeApiBehaviour = {
  send: { kind: 'status', status: 500 },
  other: { kind: 'status', status: 200 },
};
const HEALTHY: ClaudeApiBehaviour = { send: { kind: 'status', status: 200 }, other: { kind: 'status', status: 200 } };

const claudeAiDown = (components: RawComponent[]) =>
  components.some((c) => c.name === 'claude.ai' && c.status !== 'operational');

/** The baseline page as it was at `at`: nothing on it later than that. */
function pageAt(step: ScenarioStep, at: string, label: string, claudeApi: ClaudeApiBehaviour): ScenarioStep {
  const components = step.summary.components.map((c) => (c.updated_at > at ? { ...c, updated_at: at } : c));
  return {
    label,
    summary: { ...step.summary, page: { ...step.summary.page, updated_at: at }, components },
    incidents: {},
    maintenances: step.maintenances,
    claudeApi,
  };
}

export function sessionLeadScenario(): Scenario {
  const replay = capturedReplayScenario(SESSION_LEAD_INCIDENT);
  const [baseline, ...updates] = replay.steps;
  const firstUpdate = updates[0]!.summary.page.updated_at;
  const failingFrom = new Date(Date.parse(firstUpdate) - SESSION_LEAD_MS).toISOString();
  const before = new Date(Date.parse(failingFrom) - MINUTE).toISOString();
  return {
    name: `${SESSION_LEAD_INCIDENT}-session`,
    description: `claude.ai's API fails 20 minutes before the status page posts ${SESSION_LEAD_INCIDENT} (message sends answer 500 while the page still says operational), then the real incident update by update; the API answers again whenever claude.ai is back to operational.`,
    steps: [
      pageAt(baseline!, before, `status page and claude.ai's API healthy ${before}`, HEALTHY),
      pageAt(
        baseline!,
        failingFrom,
        `claude.ai's API fails ${failingFrom}, 20 minutes before the status page posts: the page still says operational`,
        FAILING_SENDS,
      ),
      ...updates.map((step) => ({
        ...step,
        claudeApi: claudeAiDown(step.summary.components) ? FAILING_SENDS : HEALTHY,
      })),
    ],
  };
}
