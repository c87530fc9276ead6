// Local Statuspage-compatible HTTPS server for e2e tests, the demo, `npm run serve` and the bench.
export { startStatusServer } from './server';
export type { Fault, FaultHost, RequestRecord, ServerStats, StartOptions, StatusServer } from './types';
export type { ControlState } from './control';
export { CONTROL_PREFIX } from './control';
export { CERT_HOSTS } from './tls';
export { buildScenario, SCENARIO_NAMES, scenarioSummaries, p0mgnjv3bj97Steps, replayIncident } from '../scenarios';
export type { Scenario, ScenarioStep } from '../scenarios';
export { startHttp2Front } from './http2-front';
export type { Http2Front, Http2FrontOptions, WireCounts } from './http2-front';
