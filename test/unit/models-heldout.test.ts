// Invented but realistic titles the fixtures never show: new families, new version numbers,
// new id shapes, and the product / client-version traps. Expectations written by hand.

import { describe, expect, it } from 'vitest';
import { extractAffectedModels, extractIncidentModels } from '../../src/core/models';

type Case = [title: string, models: string[], scope: string];

const unseenFamilies: Case[] = [
  ['Elevated errors on Claude Mythos 5', ['Mythos 5'], 'named'],
  ['Claude Lyric 1.5 and Opus 5 errors', ['Lyric 1.5', 'Opus 5'], 'named'],
  ['errors on claude-mythos-5-20270101', ['Mythos 5'], 'named'],
  ['claude mythos 5 elevated errors', ['Mythos 5'], 'named'],
  ['Elevated errors on Claude mythos 5.1', ['Mythos 5.1'], 'named'],
  ['Elevated error rates on Claude 5 Mythos', ['Mythos 5'], 'named'],
  ['Elevated errors on Claude Mythos 5.1 Fast Mode', ['Mythos 5.1'], 'named'],
  ['Elevated errors on Claude Mythos 5 (1M context)', ['Mythos 5'], 'named'],
  ['Elevated errors on Claude Mythos-5', ['Mythos 5'], 'named'],
  ['Elevated errors on Opus 5 and Lyric 1.5', ['Lyric 1.5', 'Opus 5'], 'named'],
  ['Elevated errors on Opus 5, Mythos 5, and Sonnet 5', ['Mythos 5', 'Opus 5', 'Sonnet 5'], 'named'],
  ['Elevated errors across Claude Mythos 5 and Claude Lyric 2', ['Lyric 2', 'Mythos 5'], 'named'],
  [
    'Elevated errors on Claude Lyric 1.5, Claude Mythos 5, and Claude Opus 5',
    ['Lyric 1.5', 'Mythos 5', 'Opus 5'],
    'named',
  ],
  ['Elevated errors on Claude Mythos and Opus 5', ['Mythos 5', 'Opus 5'], 'named'],
  ['Elevated errors on Claude Mythos Preview', ['Mythos'], 'family'],
  ['Elevated errors for Claude Sonnet 5 and Claude Mythos', ['Mythos', 'Sonnet 5'], 'named'],
  ['Elevated errors on claude-mythos-5 and claude-opus-5', ['Mythos 5', 'Opus 5'], 'named'],
  ['Elevated errors on anthropic.claude-mythos-5-20270101-v1:0', ['Mythos 5'], 'named'],
  ['Elevated errors on Claude Nova 2 via the API', ['Nova 2'], 'named'],
  ['Elevated errors on Claude Mythos 5 for Claude.ai users', ['Mythos 5'], 'named'],
];

const newVersions: Case[] = [
  ['Elevated errors on Opus 5.1', ['Opus 5.1'], 'named'],
  ['Elevated errors on Sonnet 5', ['Sonnet 5'], 'named'],
  ['Opus 5 elevated error rate', ['Opus 5'], 'named'],
  ['haiku 5 degraded performance', ['Haiku 5'], 'named'],
  ['Increased latency on claude-opus-5-20270101', ['Opus 5'], 'named'],
  ['Elevated errors on Claude Opus 5 and 5.1', ['Opus 5', 'Opus 5.1'], 'named'],
  ['Claude Sonnet 5 and 5.5 elevated errors', ['Sonnet 5', 'Sonnet 5.5'], 'named'],
  ['Elevated errors for requests to Claude 5 Sonnet and 5 Opus', ['Opus 5', 'Sonnet 5'], 'named'],
  ['Claude 6 Sonnet partial outage', ['Sonnet 6'], 'named'],
  ['Elevated errors on Claude Opus 5, Sonnet 5 and Haiku 5', ['Haiku 5', 'Opus 5', 'Sonnet 5'], 'named'],
  ['Elevated errors on Claude Sonnet 5 & Opus 5.1', ['Opus 5.1', 'Sonnet 5'], 'named'],
  ['Elevated errors on Sonnet 5.1/Opus 5.1', ['Opus 5.1', 'Sonnet 5.1'], 'named'],
  ['Elevated errors on Claude Sonnet and Opus 5', ['Opus 5', 'Sonnet 5'], 'named'],
  ['Elevated errors on Claude 5 and 5.1 Sonnet', ['Sonnet 5', 'Sonnet 5.1'], 'named'],
  ['Elevated errors on opus-5-1 and sonnet-5', ['Opus 5.1', 'Sonnet 5'], 'named'],
  ['Elevated errors on claude-haiku-5-0@20270301', ['Haiku 5'], 'named'],
  ['Elevated errors on Opus 58', ['Opus 5.8'], 'named'],
  ['Elevated errors on Sonnet 46 and Opus 47', ['Opus 4.7', 'Sonnet 4.6'], 'named'],
  ['Sonet 5 errors', ['Sonnet 5'], 'named'],
  ['Elevated errors on Opus 4.7 and Haiku 5 for Claude Code', ['Haiku 5', 'Opus 4.7'], 'named'],
];

const aggregates: Case[] = [
  ['Elevated errors on Claude Sonnet 5 and other models', ['Sonnet 5'], 'named+others'],
  ['Elevated errors on multiple models including Opus 5', ['Opus 5'], 'named+others'],
  ['Elevated errors on Claude Opus 5.1 and all other models', ['Opus 5.1'], 'named+others'],
  ['Elevated errors on requests to non-Haiku models', ['Haiku'], 'except'],
  ['Elevated errors on all models except Opus 5', ['Opus 5'], 'except'],
  ['Elevated errors on several Claude models', [], 'some'],
  ['Elevated error rates across all Claude models', [], 'all'],
  ['Elevated errors across Claude Mythos models', ['Mythos'], 'family'],
  ['Elevated errors across Claude Sonnet models', ['Sonnet'], 'family'],
];

const productTraps: Case[] = [
  ['Claude Code 2.1.27 crashes on startup', [], 'none'],
  ['Claude Code v2.3.4 fails to start', [], 'none'],
  ['Elevated errors in Claude Code 2.1', [], 'none'],
  ['Claude desktop app 1.1.9493 crashes', [], 'none'],
  ['Claude Desktop 1.5 unable to load', [], 'none'],
  ['Claude for Chrome 1.2 extension errors', [], 'none'],
  ['Elevated errors on Claude Cowork', [], 'none'],
  ['Elevated errors on Claude for Government', [], 'none'],
  ['Claude Code Review unavailable', [], 'none'],
  ['Errors on Windows 11 with Claude Desktop', [], 'none'],
  ['Claude Max 20x plan limits not updating', [], 'none'],
  ['Claude took 10 minutes to respond', [], 'none'],
  ['Claude had 2 brief outages', [], 'none'],
  ['Claude Code 2.1.27 memory leak with Opus 4.6', ['Opus 4.6'], 'named'],
  ['Elevated errors on Claude Opus 5 (Claude Code v2.1.120)', ['Opus 5'], 'named'],
  ['Errors on Claude Desktop 1.1.3918 with Sonnet 5', ['Sonnet 5'], 'named'],
  ['Elevated errors on Opus 5 and Claude Code', ['Opus 5'], 'named'],
  ['Model selector not loading on Claude.ai', [], 'none'],
  ['Sonnet 5 had 529 errors for 30 minutes', ['Sonnet 5'], 'named'],
  ['Elevated errors on Opus 5.1 between 10:00 and 11:00 UTC on 3/15/2027', ['Opus 5.1'], 'named'],
];

describe('held-out style titles', () => {
  describe.each([
    ['unseen families', unseenFamilies],
    ['new versions and id shapes', newVersions],
    ['aggregates and negations', aggregates],
    ['products and client versions', productTraps],
  ] as const)('%s', (_group, cases) => {
    it.each(cases)('%s', (title, models, scope) => {
      expect(extractAffectedModels(title)).toEqual({ models, scope });
    });
  });

  it('tags third-party clouds with stable names', () => {
    expect(extractIncidentModels('Elevated errors on Claude Sonnet 5 on AWS Bedrock').platforms).toEqual([
      'AWS Bedrock',
    ]);
    expect(extractIncidentModels('Claude Opus 5 errors on Google Vertex AI').platforms).toEqual(['Vertex AI']);
    expect(extractIncidentModels('Elevated errors for Claude Haiku 5 on Microsoft Foundry').platforms).toEqual([
      'Microsoft Foundry',
    ]);
    expect(extractIncidentModels('Claude Opus 5 errors on Vertex AI and Amazon Bedrock').platforms).toEqual([
      'AWS Bedrock',
      'Vertex AI',
    ]);
    expect(extractIncidentModels('Elevated errors on Claude Opus 5').platforms).toEqual([]);
  });

  it('learns a family named in the title for the updates too', () => {
    const got = extractIncidentModels('Elevated errors on Claude Mythos 5', [
      'We are seeing errors on Mythos 5 and Mythos 5.1 requests.',
    ]);
    expect(got.models).toEqual(['Mythos 5', 'Mythos 5.1']);
    expect(got.fromTitle).toEqual(['Mythos 5']);
  });

  it('counts at least 40 invented titles', () => {
    expect(unseenFamilies.length + newVersions.length + aggregates.length + productTraps.length).toBeGreaterThanOrEqual(
      40,
    );
  });
});
