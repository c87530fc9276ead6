// Issue #15, "all models": an update body says "all models" on an incident whose title names one model.
// Decision: the scope stays the named model. Bodies use "all models" for recoveries too ("we have seen full
// recovery across all models", twice in the 781 real incidents), so reading it as a wider outage would
// unmute resolved news; and the titles that mean every model say so themselves ("Elevated errors for
// requests to all models"). What keeps a user who muted that model informed is the banner's floor: when the
// page says claude.ai is in major outage, a model mute does not silence the banner (core/banner.ts).
import { describe, expect, test } from 'vitest';
import { bannerDecision, CLAUDE_AI_COMPONENT_ID } from '../../src/core/banner';
import { extractIncidentModels } from '../../src/core/models';
import type { StatusData } from '../../src/core/types';
import { healthyData, makeIncident, makeSnapshot, NOW, withComponentStatus } from './core-builders';

const TITLE = 'Elevated errors on Claude Opus 4.7';
const BODIES = [
  'We are now seeing elevated errors on all models.',
  'We are investigating elevated errors on Opus 4.7.',
];
const mutedOpus = { mutedModels: ['Opus 4.7'], mutedComponentIds: [] };

function withIncident(claudeAi: 'partial_outage' | 'major_outage'): StatusData {
  const incident = makeIncident({
    id: 'opus',
    name: TITLE,
    impact: 'major',
    models: extractIncidentModels(TITLE, BODIES),
    affectedComponents: [{ id: CLAUDE_AI_COMPONENT_ID, name: 'claude.ai', status: claudeAi }],
  });
  return withComponentStatus({ ...healthyData(), incidents: [incident] }, CLAUDE_AI_COMPONENT_ID, claudeAi);
}

describe('"all models" in a body, one model in the title', () => {
  test('the scope stays the named model', () => {
    expect(extractIncidentModels(TITLE, BODIES)).toMatchObject({ models: ['Opus 4.7'], scope: 'named' });
  });

  test('the user who muted that model still gets a critical banner while claude.ai is in major outage', () => {
    const decision = bannerDecision(makeSnapshot(withIncident('major_outage')), mutedOpus, NOW);
    expect(decision).toMatchObject({ incident: null, level: 'critical' });
  });

  test('short of a major outage, the mute is honoured', () => {
    expect(bannerDecision(makeSnapshot(withIncident('partial_outage')), mutedOpus, NOW)).toBeNull();
  });
});
