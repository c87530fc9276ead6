import { HEALTHY_SUMMARY_RAW, capturedIncident, type CapturedIncidentId } from './fixtures';
import { replayIncident } from './replay';
import type { Scenario } from './types';

const DESCRIPTIONS: Partial<Record<CapturedIncidentId, string>> = {
  p0mgnjv3bj97:
    'Real incident of 2026-05-22 (major, "Elevated error rate on multiple models"), update by update: components go partial, back to operational at monitoring, partial again, degraded, then resolved.',
  '9g6qpr72ttbr':
    'Real incident of 2025-12-14 (critical, "Elevated errors across many models"): four components in major outage.',
  sn3y911gkt0r:
    'Real incident of 2024-09-11 (critical, "Elevated errors across Claude models"): a twenty-minute major outage.',
};

/** A captured incident replayed on the real healthy summary, one step per real update. */
export function capturedReplayScenario(id: CapturedIncidentId): Scenario {
  const captured = capturedIncident(id);
  return {
    name: id,
    description: DESCRIPTIONS[id] ?? `Replay of the captured incident ${id}.`,
    steps: replayIncident(captured.raw, HEALTHY_SUMMARY_RAW),
  };
}
