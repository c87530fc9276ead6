import { HEALTHY_SUMMARY, HEALTHY_SUMMARY_RAW } from './fixtures';
import type { Scenario } from './types';

/** The real summary.json of 2026-09-27, served byte-exact. */
export function healthyScenario(): Scenario {
  return {
    name: 'healthy',
    description: 'All Systems Operational: the real summary.json of 2026-09-27, byte-exact.',
    steps: [
      {
        label: 'All Systems Operational (capture of 2026-09-27)',
        summary: HEALTHY_SUMMARY,
        summaryRaw: HEALTHY_SUMMARY_RAW,
        incidents: {},
        maintenances: [],
      },
    ],
  };
}
