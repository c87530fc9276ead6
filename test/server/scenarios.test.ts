import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildScenario, p0mgnjv3bj97Steps, SCENARIO_NAMES, replayIncident } from '../scenarios';
import { findIncident, incidentHistory } from '../scenarios/history';
import type { RawSummary, ScenarioStep } from '../scenarios/types';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/statuspage/${name}`, import.meta.url), 'utf8');
const HEALTHY_RAW = fixture('summary.2026-09-27.json');
const P0_RAW = fixture('incident.p0mgnjv3bj97.json');
const NOW = Date.parse('2026-11-23T09:00:00Z');

// Written independently of test/scenarios/rollup.ts: Statuspage's colour of each component status.
const SEVERITY = ['none', 'maintenance', 'minor', 'major', 'critical'];
const COMPONENT_LEVEL: Record<string, string> = {
  operational: 'none',
  under_maintenance: 'maintenance',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
};
const worst = (levels: string[]) =>
  levels.reduce((a, b) => (SEVERITY.indexOf(b) > SEVERITY.indexOf(a) ? b : a), 'none');

function expectSummaryShape(summary: RawSummary) {
  expect(Object.keys(summary)).toEqual(['page', 'components', 'incidents', 'scheduled_maintenances', 'status']);
  expect(summary.page).toMatchObject({ id: 'tymt9n04zgry', name: 'Claude', url: 'https://status.claude.com' });
  expect(Number.isNaN(Date.parse(summary.page.updated_at))).toBe(false);
  expect(SEVERITY).toContain(summary.status.indicator);
  expect(summary.status.description.length).toBeGreaterThan(0);
  for (const c of summary.components) {
    expect(c.id).toMatch(/^[a-z0-9]{12}$/);
    expect(Object.keys(COMPONENT_LEVEL)).toContain(c.status);
  }
  for (const i of summary.incidents) {
    expect(['investigating', 'identified', 'monitoring']).toContain(i.status);
    expect(i.incident_updates.length).toBeGreaterThan(0);
    expect(i.incident_updates[0]!.status).toBe(i.status);
  }
}

describe('every scenario step', () => {
  for (const name of SCENARIO_NAMES) {
    const scenario = buildScenario(name, NOW);
    it(`${name}: summaries are well formed and the indicator is the worst of components, incidents and maintenances`, () => {
      expect(scenario.steps.length).toBeGreaterThan(0);
      let previous = '';
      for (const step of scenario.steps) {
        const { summary } = step;
        expectSummaryShape(summary);
        const levels = [
          ...summary.components.map((c) => COMPONENT_LEVEL[c.status]!),
          ...summary.incidents.map((i) => (i.impact === 'none' ? 'none' : i.impact)),
          ...summary.scheduled_maintenances.filter((m) => m.status === 'in_progress').map(() => 'maintenance'),
        ];
        expect(summary.status.indicator, step.label).toBe(worst(levels));
        expect(summary.page.updated_at > previous, `${step.label}: updated_at moves forward`).toBe(true);
        previous = summary.page.updated_at;
        if (step.summaryRaw) expect(JSON.parse(step.summaryRaw)).toEqual(summary);
      }
    });
  }
});

describe('p0mgnjv3bj97-session', () => {
  const steps = buildScenario('p0mgnjv3bj97-session').steps;
  const real = p0mgnjv3bj97Steps();
  const sendStatus = (step: ScenarioStep) =>
    step.claudeApi?.send.kind === 'status' ? step.claudeApi.send.status : null;

  it('claude.ai’s API fails 20 minutes before the status page’s first update, while the page says operational', () => {
    const [healthy, failing, first] = steps;
    const firstUpdate = Date.parse(real[1]!.summary.page.updated_at);
    expect(firstUpdate - Date.parse(failing!.summary.page.updated_at)).toBe(20 * 60_000);
    for (const step of [healthy!, failing!]) {
      expect(step.summary.status.indicator).toBe('none');
      expect(step.summary.incidents).toEqual([]);
      expect(
        step.summary.components.every((c) => Date.parse(c.updated_at) <= Date.parse(step.summary.page.updated_at)),
      ).toBe(true);
    }
    expect([sendStatus(healthy!), sendStatus(failing!)]).toEqual([200, 500]);
    expect(failing!.claudeApi!.other).toEqual({ kind: 'status', status: 200 });
    expect(first!.summary.incidents[0]!.id).toBe('p0mgnjv3bj97');
  });

  it('then replays every real update unchanged; the API fails exactly while claude.ai is not operational', () => {
    expect(steps.slice(2).map(({ claudeApi: _, ...step }) => step)).toEqual(real.slice(1));
    const claudeAi = (step: ScenarioStep) => step.summary.components.find((c) => c.name === 'claude.ai')!.status;
    expect(steps.slice(2).map((step) => [claudeAi(step), sendStatus(step)])).toEqual([
      ['partial_outage', 500],
      ['partial_outage', 500],
      ['partial_outage', 500],
      ['operational', 200],
      ['partial_outage', 500],
      ['degraded_performance', 500],
      ['operational', 200],
    ]);
  });
});

describe('healthy', () => {
  it('serves the real summary byte-exact', () => {
    const [step] = buildScenario('healthy').steps;
    expect(step!.summaryRaw).toBe(HEALTHY_RAW);
    expect(step!.summary.status).toEqual({ indicator: 'none', description: 'All Systems Operational' });
  });
});

describe('p0mgnjv3bj97 replay (expected values read off the capture by hand)', () => {
  const steps = p0mgnjv3bj97Steps();
  const [O, P, D] = ['operational', 'partial_outage', 'degraded_performance'];
  // claude.ai, Console, API, Code, Cowork, Government (never named by the incident).
  const expected = [
    { at: '2026-05-22T04:15:42.169Z', status: null, updates: 0, components: [O, O, O, O, O, O], indicator: 'none' },
    {
      at: '2026-05-22T04:16:42.333Z',
      status: 'investigating',
      updates: 1,
      components: [P, P, P, P, P, O],
      indicator: 'major',
    },
    {
      at: '2026-05-22T04:40:56.763Z',
      status: 'identified',
      updates: 2,
      components: [P, P, P, P, P, O],
      indicator: 'major',
    },
    {
      at: '2026-05-22T05:25:17.964Z',
      status: 'identified',
      updates: 3,
      components: [P, P, P, P, P, O],
      indicator: 'major',
    },
    // Components back to operational at "monitoring", yet the incident's major impact keeps the page major.
    {
      at: '2026-05-22T05:53:09.358Z',
      status: 'monitoring',
      updates: 4,
      components: [O, O, O, O, O, O],
      indicator: 'major',
    },
    {
      at: '2026-05-22T06:17:04.603Z',
      status: 'monitoring',
      updates: 5,
      components: [P, P, P, P, P, O],
      indicator: 'major',
    },
    {
      at: '2026-05-22T06:32:50.735Z',
      status: 'monitoring',
      updates: 6,
      components: [D, D, D, D, D, O],
      indicator: 'major',
    },
    { at: '2026-05-22T08:50:24.441Z', status: null, updates: 0, components: [O, O, O, O, O, O], indicator: 'none' },
  ];

  it('has a baseline, one step per real update, and nothing else', () => {
    expect(steps).toHaveLength(8);
  });

  expected.forEach((want, index) => {
    it(`step ${index}: ${want.status ?? 'no incident'} at ${want.at}`, () => {
      const { summary } = steps[index]!;
      expect(summary.page.updated_at).toBe(want.at);
      expect(summary.components.map((c) => c.status)).toEqual(want.components);
      expect(summary.status.indicator).toBe(want.indicator);
      expect(summary.status.description).toBe(
        want.indicator === 'none' ? 'All Systems Operational' : 'Partial System Outage',
      );
      if (want.status === null) {
        expect(summary.incidents).toEqual([]);
        return;
      }
      expect(summary.incidents).toHaveLength(1);
      const incident = summary.incidents[0]!;
      expect(incident).toMatchObject({ id: 'p0mgnjv3bj97', status: want.status, impact: 'major', resolved_at: null });
      expect(incident.incident_updates).toHaveLength(want.updates);
      expect(incident.incident_updates[0]!.display_at).toBe(want.at);
      // Updates are the capture's own objects, newest first.
      const captured = (JSON.parse(P0_RAW) as { incident: { incident_updates: unknown[] } }).incident.incident_updates;
      expect(incident.incident_updates).toEqual(captured.slice(captured.length - want.updates));
      expect(incident.monitoring_at).toBe(want.updates >= 4 ? '2026-05-22T05:53:09.358Z' : null);
    });
  });

  it('the last step serves the real resolved incident byte-exact and leaves summary.json', () => {
    const last = steps.at(-1)!;
    expect(findIncident(last, 'p0mgnjv3bj97')?.raw).toBe(P0_RAW);
    expect(last.summary.incidents).toEqual([]);
  });

  it('the incident does not exist before its first update, and is listed in its current state after', () => {
    expect(findIncident(steps[0]!, 'p0mgnjv3bj97')).toBeNull();
    expect(incidentHistory(steps[0]!).map((i) => i.id)).not.toContain('p0mgnjv3bj97');
    const listed = incidentHistory(steps[2]!).find((i) => i.id === 'p0mgnjv3bj97');
    expect(listed?.status).toBe('identified');
  });

  it('replayIncident is generic: components the update does not name keep their status', () => {
    const components = (JSON.parse(HEALTHY_RAW) as RawSummary).components;
    const degraded = components.map((c) => (c.id === '0scnb50nvy53' ? { ...c, status: 'degraded_performance' } : c));
    const baseline = JSON.stringify({ ...(JSON.parse(HEALTHY_RAW) as RawSummary), components: degraded });
    const replayed = replayIncident(P0_RAW, baseline);
    for (const step of replayed) {
      expect(step.summary.components.find((c) => c.id === '0scnb50nvy53')?.status).toBe('degraded_performance');
    }
  });
});

describe('other captured replays', () => {
  it('9g6qpr72ttbr: critical, four components in major outage, components that did not exist yet left out', () => {
    const steps = buildScenario('9g6qpr72ttbr').steps;
    expect(steps).toHaveLength(6);
    const ids = steps[1]!.summary.components.map((c) => `${c.id}:${c.status}`);
    expect(ids).toEqual([
      'rwppv331jlwc:major_outage',
      '0qbwn08sd68x:major_outage',
      'k8w3r06qmzrp:major_outage',
      'yyzkbfz2thpt:major_outage',
    ]);
    expect(steps[1]!.summary.status).toEqual({ indicator: 'critical', description: 'Major System Outage' });
    expect(findIncident(steps.at(-1)!, '9g6qpr72ttbr')?.raw).toBe(fixture('incident.9g6qpr72ttbr.json'));
  });

  it('sn3y911gkt0r: critical, resolved at its fourth update', () => {
    const steps = buildScenario('sn3y911gkt0r').steps;
    expect(steps.map((s) => s.summary.status.indicator)).toEqual(['none', 'critical', 'critical', 'critical', 'none']);
  });
});

describe('maintenance', () => {
  const steps = buildScenario('maintenance', NOW).steps;
  const at = (step: ScenarioStep) => step.summary;

  it('goes upcoming, in progress, completed around now', () => {
    expect(steps.map((s) => at(s).status.indicator)).toEqual(['none', 'none', 'maintenance', 'none']);
    expect(at(steps[2]!).status.description).toBe('Service Under Maintenance');
    const upcoming = at(steps[1]!).scheduled_maintenances[0]!;
    expect(upcoming).toMatchObject({ status: 'scheduled', impact: 'maintenance' });
    expect(Date.parse(upcoming.scheduled_for!)).toBeGreaterThan(NOW);
    expect(Date.parse(upcoming.scheduled_until!)).toBeGreaterThan(Date.parse(upcoming.scheduled_for!));
    expect(
      at(steps[2]!)
        .components.filter((c) => c.status === 'under_maintenance')
        .map((c) => c.name),
    ).toEqual(['claude.ai', 'Claude Console (platform.claude.com)']);
    expect(at(steps[3]!).scheduled_maintenances).toEqual([]);
    expect(steps[3]!.maintenances[0]!.status).toBe('completed');
    expect(steps[3]!.maintenances[0]!.incident_updates[0]!.body).toBe('The scheduled maintenance has been completed.');
    for (const step of steps) expect(Date.parse(at(step).page.updated_at)).toBeLessThanOrEqual(NOW);
  });
});

describe('minor-unnamed', () => {
  it('is a real minor incident whose title names no model', () => {
    const steps = buildScenario('minor-unnamed').steps;
    const incident = steps[1]!.summary.incidents[0]!;
    expect(incident).toMatchObject({ id: 'zvlgr3k8lny0', name: 'Elevated errors on Claude.ai', impact: 'minor' });
    expect(incident.name).not.toMatch(/opus|sonnet|haiku|claude \d|instant/i);
    expect(steps[1]!.summary.status.indicator).toBe('minor');
    expect(steps.at(-1)!.summary.incidents).toEqual([]);
  });
});

describe('incidents.json history', () => {
  it('has 50 incidents, newest first, the real captures included, the rest from incident-history.tsv', () => {
    const history = incidentHistory(buildScenario('healthy').steps[0]!);
    expect(history).toHaveLength(50);
    const created = history.map((i) => i.created_at);
    expect([...created].sort().reverse()).toEqual(created);
    expect(history.map((i) => i.id)).toEqual(
      expect.arrayContaining(['p0mgnjv3bj97', '9g6qpr72ttbr', 'sn3y911gkt0r', '3667134hg62q']),
    );
    const tsv = readFileSync(new URL('../fixtures/incident-history.tsv', import.meta.url), 'utf8');
    const row = tsv
      .split('\n')
      .find((line) => line.includes('\t694jznhm6tsl\t'))!
      .split('\t');
    const synthetic = history.find((i) => i.id === '694jznhm6tsl')!;
    expect(synthetic).toMatchObject({ name: row[4], impact: row[5], status: 'resolved', shortlink: row[7] });
    expect(synthetic.incident_updates[0]!.body).toBe(row[6]);
  });

  it('unescapes newlines in history bodies', () => {
    const tsv = readFileSync(new URL('../fixtures/incident-history.tsv', import.meta.url), 'utf8');
    const multiLine = tsv
      .split('\n')
      .find((line) => line.includes('\\n'))!
      .split('\t');
    const found = findIncident(buildScenario('healthy').steps[0]!, multiLine[3]!);
    expect(found?.incident.incident_updates[0]!.body).toBe(multiLine[6]!.replaceAll('\\n', '\n'));
    expect(found?.incident.incident_updates[0]!.body).toContain('\n');
  });
});
