// New families named without "Claude": structural positions only a model fits, the traps around
// them (products, plans, platforms with versions), and the vocabulary a caller may remember.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from './property-runs';
import { extractAffectedModels, familiesToRemember } from '../../src/core/models';

type Case = [title: string, models: string[]];

const shapes: Case[] = [
  ['Degraded performance on Nova 6', ['Nova 6']],
  ['Elevated errors on Nova 6', ['Nova 6']],
  ['Elevated error rates across Nova 6.1', ['Nova 6.1']],
  ['Elevated errors for requests to Nova 6', ['Nova 6']],
  ['Errors with Nova 6 in Claude Code', ['Nova 6']],
  ['Nova 6, Opus 4.7 and Sonnet 4.6 errors', ['Nova 6', 'Opus 4.7', 'Sonnet 4.6']],
  ['Nova 6 and Opus 5 elevated errors', ['Nova 6', 'Opus 5']],
  ['Elevated errors on Opus 5 and Nova 6', ['Nova 6', 'Opus 5']],
  ['Elevated errors on the Nova 6 model', ['Nova 6']],
  ['Nova 6 model unavailable', ['Nova 6']],
  ['Nova 6 unavailable', ['Nova 6']],
  ['Nova 6 partially unavailable', ['Nova 6']],
  ['Nova 6 pricing', ['Nova 6']],
  ['Elevated errors on Opus 4.7 for Claude Code 2.1 users', ['Opus 4.7']],
];

const traps: Case[] = [
  ['Elevated errors on Claude Code 2.1', []],
  ['Elevated errors on Claude Desktop', []],
  ['Elevated errors on Console', []],
  ['Usage limits on Max plans', []],
  ['Errors on Windows 11', []],
  ['Claude Desktop errors on Windows 11', []],
  ['Windows 11 unavailable', []],
  ['Errors on iOS 18', []],
  ['iOS 18 app crashes', []],
  ['Login errors on Chrome 140', []],
  ['Elevated errors on Safari 17', []],
  ['Errors for Max 5 users', []],
  ['Errors for Team 2 workspaces', []],
  ['Errors on Pro 2', []],
  ['Errors for Enterprise 2 customers', []],
  ['Errors with Python 3.12 SDK', []],
  ['Errors on Node 20', []],
  ['Elevated errors in Region 2', []],
  ['Errors on Step 2 of login', []],
  ['Phase 2 maintenance', []],
  ['SEV 2 incident', []],
  ['Elevated errors on Claude.ai for Max 20x users', []],
  ['Errors on HTTP 2 requests', []],
  ['Elevated errors on MCP 1.2 connectors', []],
];

describe('unseen families without "Claude"', () => {
  it.each(shapes)('%s', (title, models) => {
    expect(extractAffectedModels(title).models).toEqual(models);
  });
  it.each(traps)('trap: %s', (title, models) => {
    expect(extractAffectedModels(title)).toEqual({ models, scope: 'none' });
  });
});

describe('remembered vocabulary', () => {
  it('vouches only for strong evidence', () => {
    expect(familiesToRemember('Elevated errors on Claude Nova 6')).toEqual(['nova']);
    expect(familiesToRemember('Errors on claude-nova-6-20270101')).toEqual(['nova']);
    expect(familiesToRemember('Errors on Opus 5 and Nova 6')).toEqual(['nova']);
    expect(familiesToRemember('Errors on Nova 6')).toEqual([]);
    expect(familiesToRemember('Elevated errors on Claude Code 2.1 and Opus 4.7')).toEqual([]);
  });

  it('reads later bare mentions with it, and works without it', () => {
    // A lower-case word in a capitalised title is an ordinary word unless remembered; a title
    // written all in lower case has no capitals to go by, so there position alone decides.
    expect(extractAffectedModels('Elevated errors on nova 6', [], ['nova'])).toEqual({
      models: ['Nova 6'],
      scope: 'named',
    });
    expect(extractAffectedModels('Elevated errors on nova 6')).toEqual({ models: [], scope: 'none' });
    expect(extractAffectedModels('errors on nova 6')).toEqual({ models: ['Nova 6'], scope: 'named' });
    expect(extractAffectedModels('Nova elevated errors', [], ['nova'])).toEqual({ models: ['Nova'], scope: 'family' });
  });

  it('never lets a product or platform word in', () => {
    expect(extractAffectedModels('Errors on Claude Code 2.1', [], ['code', 'windows', 'max'])).toEqual({
      models: [],
      scope: 'none',
    });
  });
});

describe('properties', () => {
  const newFamily = fc
    .stringMatching(/^[BDFGKLMNPRSTVZ][aeiou][rlnmst][aeiou][kmnrsx]$/)
    .filter((w) => familiesToRemember(`Claude ${w} 5`).length === 1);
  const version = fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }))
    .map(([a, b]) => (b === undefined ? `${a}` : `${a}.${b}`));

  it('reads an invented family in every structural position', () => {
    fc.assert(
      fc.property(newFamily, version, (f, v) => {
        for (const title of [
          `Degraded performance on ${f} ${v}`,
          `Elevated errors for requests to ${f} ${v}`,
          `${f} ${v} and Opus 4.7 errors`,
          `Elevated errors on Sonnet 4.6 and ${f} ${v}`,
          `Elevated errors on the ${f} ${v} model`,
          `${f} ${v} unavailable`,
        ]) {
          expect(extractAffectedModels(title).models, title).toContain(`${f} ${v}`);
        }
      }),
      runs(100),
    );
  });

  it('never returns a product, plan or platform as a model', () => {
    const thing = fc.constantFrom(
      'Claude Code',
      'Claude Desktop',
      'Console',
      'Max',
      'Team',
      'Pro',
      'Enterprise',
      'Windows',
      'iOS',
      'Android',
      'Chrome',
      'Safari',
      'Firefox',
      'macOS',
      'Python',
      'Node',
      'Claude app',
      'Claude for Chrome',
      'Region',
      'Phase',
      'SEV',
      'Claude Cowork',
      'Claude API',
      'Bedrock',
      'Vertex',
      'Foundry',
      'Workbench',
      'MCP',
      'HTTP',
    );
    const number = fc.constantFrom('1', '2', '5', '11', '18', '1.2', '2.1', '3.5', '17.4');
    const template = fc.constantFrom(
      'Elevated errors on %s',
      'Degraded performance for %s',
      'Errors for requests to %s',
      '%s unavailable',
      '%s model picker errors',
      '%s and Opus 4.7 errors',
      'Elevated errors on Sonnet 4.6 and %s',
    );
    fc.assert(
      fc.property(thing, number, template, (t, n, tpl) => {
        const models = extractAffectedModels(tpl.replace('%s', `${t} ${n}`)).models;
        for (const m of models) expect(['Opus 4.7', 'Sonnet 4.6']).toContain(m);
      }),
      runs(300),
    );
  });
});
