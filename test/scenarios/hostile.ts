// The hostile-text corpus on the real p0mgnjv3bj97 incident: its shape, times and components are the capture's,
// only the text is replaced. Step 0 lists every corpus entry at once (one incident each, hostile component
// names, a javascript: shortlink); step 1 is one incident with 10,000 updates; then one step per
// entry with that entry as the only incident's title and body, so the banner shows each in turn.
import { capturedReplayScenario } from './captured-replays';
import { CANARY, HOSTILE_TEXTS, type HostileName } from './hostile-corpus';
import { statuspageId } from './ids';
import type { RawComponent, RawIncident, RawIncidentUpdate, Scenario, ScenarioStep } from './types';

/** The open, partial-outage moment of the real incident. */
const BASE_STEP = 2;
export const MANY_UPDATES = 10_000;
/** Entries short enough to repeat thousands of times and to name components inside every incident. */
const SHORT: HostileName[] = (Object.keys(HOSTILE_TEXTS) as HostileName[]).filter((n) => !n.startsWith('long'));

export const hostileIncidentId = (name: string) => statuspageId(`hostile:${name}`);

function renamedComponents(components: RawComponent[], long: boolean): RawComponent[] {
  return components.map((component, index) => ({
    ...component,
    // The last one carries the 100 KB word: only the page's list names it, not every incident.
    name:
      long && index === components.length - 1 ? HOSTILE_TEXTS.longWord : HOSTILE_TEXTS[SHORT[index % SHORT.length]!],
  }));
}

function hostileIncident(real: RawIncident, name: string, title: string, body: string, components: RawComponent[]) {
  const id = hostileIncidentId(name);
  const update = real.incident_updates[0]!;
  return {
    ...real,
    id,
    name: title,
    shortlink: `javascript:window.${CANARY}=1`,
    incident_updates: [
      {
        ...update,
        id: statuspageId(`hostile:${name}:update`),
        incident_id: id,
        body,
        affected_components:
          update.affected_components?.map((change) => ({
            ...change,
            name: components.find((c) => c.id === change.code)?.name ?? change.name,
          })) ?? null,
      },
    ],
    components: real.components.map((c) => components.find((renamed) => renamed.id === c.id) ?? c),
  } satisfies RawIncident;
}

function withIncidents(
  base: ScenarioStep,
  index: number,
  label: string,
  incidents: RawIncident[],
  components: RawComponent[],
): ScenarioStep {
  // A second per step, so every step is news to a poller that compares updated_at.
  const at = new Date(Date.parse(base.summary.page.updated_at) + index * 1_000).toISOString();
  return {
    label,
    summary: {
      ...base.summary,
      page: { ...base.summary.page, updated_at: at },
      components,
      incidents,
    },
    incidents: Object.fromEntries(incidents.map((incident) => [incident.id, { incident }])),
    maintenances: [],
  };
}

/** Hostile updates are not obliged to carry every field: the fewest the schema takes, so 10,000 fit the body limit. */
function manyUpdates(real: RawIncident): RawIncidentUpdate[] {
  const start = Date.parse(real.incident_updates.at(-1)!.display_at);
  return Array.from({ length: MANY_UPDATES }, (_, i) => {
    const at = new Date(start + (MANY_UPDATES - i) * 1_000).toISOString();
    return {
      id: statuspageId(`hostile:many:${i}`),
      status: i === 0 ? real.status : 'investigating',
      body: HOSTILE_TEXTS[SHORT[i % SHORT.length]!],
      display_at: at,
    } as RawIncidentUpdate;
  });
}

export function hostileScenario(): Scenario {
  const base = capturedReplayScenario('p0mgnjv3bj97').steps[BASE_STEP]!;
  const real = base.summary.incidents[0]!;
  const short = renamedComponents(base.summary.components, false);
  const all = renamedComponents(base.summary.components, true);
  const entries = Object.entries(HOSTILE_TEXTS) as [HostileName, string][];
  const corpus = entries.map(([name, text]) => hostileIncident(real, name, text, text, short));
  const many = {
    ...hostileIncident(real, 'many', HOSTILE_TEXTS.script, '', short),
    incident_updates: manyUpdates(real),
  };
  return {
    name: 'hostile',
    description: `The hostile-text corpus (${entries.length} entries) on the real p0mgnjv3bj97 incident: every entry at once, ${MANY_UPDATES} updates, then each entry alone.`,
    steps: [
      withIncidents(base, 0, 'every corpus entry as an incident, hostile component names', corpus, all),
      withIncidents(base, 1, `one incident with ${MANY_UPDATES} updates`, [many], short),
      ...entries.map(([name, text], i) =>
        withIncidents(base, i + 2, `only "${name}"`, [hostileIncident(real, name, text, text, short)], short),
      ),
    ],
  };
}
