// Titles plus update bodies: the four full captured incidents, and real latest-update bodies
// from incident-history.tsv where the body changes or refines the answer.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractIncidentModels } from '../../src/core/models';

interface CapturedIncident {
  incident: { id: string; name: string; incident_updates: { body: string }[] };
}

function captured(id: string): { title: string; bodies: string[] } {
  const url = new URL(`../fixtures/statuspage/incident.${id}.json`, import.meta.url);
  const { incident } = JSON.parse(readFileSync(url, 'utf8')) as CapturedIncident;
  return { title: incident.name, bodies: incident.incident_updates.map((u) => u.body) };
}

const history = new Map(
  readFileSync(new URL('../fixtures/incident-history.tsv', import.meta.url), 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([, , , id = '', title = '', , body = '']) => [id, { title, body: body.replace(/\\n/g, '\n') }] as const),
);

function latest(id: string): { title: string; bodies: string[] } {
  const row = history.get(id);
  if (!row) throw new Error(`no incident ${id} in the fixture`);
  return { title: row.title, bodies: [row.body] };
}

describe('full captured incidents', () => {
  it('p0mgnjv3bj97: "multiple models" named by its updates', () => {
    const { title, bodies } = captured('p0mgnjv3bj97');
    expect(extractIncidentModels(title)).toMatchObject({ models: [], scope: 'some' });
    expect(extractIncidentModels(title, bodies)).toEqual({
      models: ['Haiku 4.5', 'Opus 4.7', 'Sonnet 4.6'],
      scope: 'named',
      fromTitle: [],
      platforms: [],
    });
  });

  it('p0mgnjv3bj97: Haiku 4.5 appears only in the later updates', () => {
    const { title, bodies } = captured('p0mgnjv3bj97');
    // Updates are newest first: the two oldest real updates name only Opus 4.7 and Sonnet 4.6.
    expect(extractIncidentModels(title, bodies.slice(-3)).models).toEqual(['Opus 4.7', 'Sonnet 4.6']);
  });

  it('9g6qpr72ttbr: "many models" named in one update; "recovery across all models" is not a scope', () => {
    const { title, bodies } = captured('9g6qpr72ttbr');
    expect(extractIncidentModels(title, bodies)).toEqual({
      models: ['Opus 4.5', 'Sonnet 4', 'Sonnet 4.5'],
      scope: 'named',
      fromTitle: [],
      platforms: [],
    });
  });

  it('sn3y911gkt0r: "across Claude models" with nothing named stays an aggregate', () => {
    const { title, bodies } = captured('sn3y911gkt0r');
    expect(extractIncidentModels(title, bodies)).toEqual({ models: [], scope: 'some', fromTitle: [], platforms: [] });
  });

  it('3667134hg62q: legacy API ids in title and body', () => {
    const { title, bodies } = captured('3667134hg62q');
    expect(extractIncidentModels(title, bodies)).toEqual({
      models: ['Claude 2.1', 'Instant 1.2'],
      scope: 'named',
      fromTitle: ['Claude 2.1', 'Instant 1.2'],
      platforms: [],
    });
  });
});

describe('real latest updates', () => {
  it.each([
    // id, expected models, scope, fromTitle
    ['411xbc51v608', ['Opus'], 'except', []], // "requests to non-Opus models"
    ['yn323hqv0gz0', ['Sonnet 3.5', 'Sonnet 4'], 'named', []], // bullet list of models
    ['69pspdr7qhpx', ['Sonnet 3.5'], 'named+others', []], // "June Claude 3.5 Sonnet, but ... across multiple models"
    ['yf39k9sw8rqx', ['Haiku 3', 'Sonnet 3.5'], 'named', []], // API ids in the body of "Tool use errors"
    ['g07187pl6b6k', ['Opus 4', 'Sonnet 4'], 'named', ['Sonnet 4']], // "Claude 4 Opus also had an uptick"
    ['2hm7q2m6pvsh', ['Haiku 3', 'Haiku 3.5'], 'named', ['Haiku 3.5']], // "Claude 3.5 and 3 Haiku"
    ['0449yjr4gfg1', ['Haiku 3', 'Sonnet 3.5'], 'named', ['Sonnet 3.5']], // "additionally impacting ... Claude 3 Haiku"
    ['yk00k5x6jzc3', ['Sonnet 3'], 'named', []], // "Sonnet Partial Outage" refined by "Claude 3 Sonnet"
    ['d3pkgr12bgq4', ['Claude 1'], 'named', ['Claude 1']], // "All other models were serving ... claude-v1": not affected
    ['zbjx86j1mg7s', [], 'some', []], // body "requests to all models" does not promote the scope
    ['cbnwvjjmr26h', [], 'none', []], // "our models were temporarily offline": loose wording
    ['qj05p69fff9h', [], 'none', []], // "v1.3109.0 release of Claude Desktop": a client version
    ['j6qqhxswnpgw', [], 'none', []], // "v1.1.3918 of Desktop ... Resolved in v1.1.3963"
    ['xsz3fc747v2f', ['Opus 4'], 'named', ['Opus 4']], // "Opus being unavailable": bare family in prose adds nothing
    ['1wh7f960t9pm', [], 'none', []], // "model access granted"
  ] as const)('%s', (id, models, scope, fromTitle) => {
    const { title, bodies } = latest(id);
    expect(extractIncidentModels(title, bodies)).toMatchObject({ models, scope, fromTitle });
  });

  it('keeps the platform from the title when updates add models', () => {
    const { title, bodies } = latest('0449yjr4gfg1');
    expect(extractIncidentModels(title, bodies).platforms).toEqual(['AWS Bedrock']);
  });

  it('ignores models and clouds in sentences that say they were not affected', () => {
    const got = extractIncidentModels('Elevated errors on Claude Opus 4.7', [
      'Requests to Sonnet 4.6 and Haiku 4.5 were not affected. Vertex AI and Bedrock remained unaffected.',
    ]);
    expect(got).toEqual({ models: ['Opus 4.7'], scope: 'named', fromTitle: ['Opus 4.7'], platforms: [] });
  });

  it('upgrades to named+others when an update names models alongside an open set', () => {
    const got = extractIncidentModels('Elevated errors on Claude Opus 4.7', [
      'We are also seeing errors on Sonnet 4.6 and other models.',
    ]);
    expect(got).toMatchObject({ models: ['Opus 4.7', 'Sonnet 4.6'], scope: 'named+others', fromTitle: ['Opus 4.7'] });
  });

  it('keeps "all" from the title whatever the updates say', () => {
    const got = extractIncidentModels('Elevated API error rate across all models', ['Opus 4.7 was the most affected.']);
    expect(got).toMatchObject({ models: [], scope: 'all' });
  });
});
