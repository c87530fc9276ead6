import { describe, expect, it } from 'vitest';
import type { IncidentModels, PollErrorKind } from '../../../src/core/types';
import { isRecentlyResolved } from '../../../src/core/resolution';
import { defaultSettings } from '../../../src/shared/settings';
import { groupByStatus, modelsView, popupView } from '../../../src/popup/view-model';
import {
  HOUR,
  MINUTE,
  criticalStep,
  ctxAt,
  healthySnapshot,
  incidentOf,
  neverPolled,
  p0Step,
  pollError,
  snapshotOf,
  tDe,
  tEn,
} from './builders';
import { maintenanceSnapshot } from './maintenance-builder';

const settings = { pollIntervalSec: 60 };
/** Intl ranges use thin and narrow no-break spaces (ICU-dependent): compare words, not space characters. */
const spaced = (text = '') => text.replace(/\s/g, ' ');
const NOW = Date.parse('2026-09-27T15:00:00.000Z');

describe('popupView: states of the data', () => {
  it('says it is loading before storage answered', () => {
    const view = popupView(undefined, settings, ctxAt(NOW));
    expect(view.dataState).toBe('loading');
    expect(view.headline).toBe('Loading…');
    expect(view.level).toBe('unknown');
    expect(view.freshness).toBeNull();
  });

  it('says it is checking when nothing was ever polled', () => {
    const view = popupView(neverPolled(), settings, ctxAt(NOW));
    expect(view).toMatchObject({ dataState: 'empty', level: 'unknown', headline: "Checking Claude's status…" });
    expect(view.freshness).toBeNull();
    expect(view.problem).toBeNull();
    expect(view.incidents).toEqual([]);
  });

  it('shows the real healthy summary as operational, with its age and every component', () => {
    const view = popupView(healthySnapshot(NOW, 3 * MINUTE), settings, ctxAt(NOW));
    expect(view).toMatchObject({ dataState: 'fresh', level: 'operational', headline: 'Claude is operational' });
    expect(view.freshness?.text).toBe('Updated 3 minutes ago');
    expect(view.freshness?.time.iso).toBe('2026-09-27T14:57:00.000Z');
    expect(view.freshness?.time.absolute).toBe('Sep 27, 2026, 2:57 PM UTC');
    expect(view.problem).toBeNull();
    expect(view.lastKnown).toBeNull();
    expect(view.incidents).toEqual([]);
    expect(view.components.map((row) => [row.name, row.statusText, row.level])).toEqual([
      ['claude.ai', 'Operational', 'operational'],
      ['Claude Console (platform.claude.com)', 'Operational', 'operational'],
      ['Claude API (api.anthropic.com)', 'Operational', 'operational'],
      ['Claude Code', 'Operational', 'operational'],
      ['Claude Cowork', 'Operational', 'operational'],
      ['Claude for Government', 'Operational', 'operational'],
    ]);
    expect(view.statusPageUrl).toBe('https://status.claude.com/');
  });

  it('does not call data fetched "in the future" (the clock went back) fresh or "just now"', () => {
    const view = popupView(healthySnapshot(NOW, -60 * MINUTE), settings, ctxAt(NOW));
    expect(view).toMatchObject({ dataState: 'stale', level: 'unknown' });
    expect(view.freshness?.text).toBe('The age of the data is unknown: the clock was changed');
  });

  it('says "just now" under a minute', () => {
    expect(popupView(healthySnapshot(NOW, 20_000), settings, ctxAt(NOW)).freshness?.text).toBe('Updated just now');
  });

  it('calls data stale after two poll intervals plus grace, using the interval from settings', () => {
    const snapshot = healthySnapshot(NOW, 30 * MINUTE);
    const stale = popupView(snapshot, { pollIntervalSec: 60 }, ctxAt(NOW));
    expect(stale).toMatchObject({ dataState: 'stale', level: 'unknown', headline: "Claude's status is unknown" });
    expect(stale.freshness?.text).toBe('Updated 30 minutes ago');
    expect(stale.lastKnown).toBe('Last known state: Operational.');
    expect(stale.staleNote).toMatch(/checks may be paused/);
    // 15-minute polling: stale only after 32 minutes.
    const fresh = popupView(snapshot, { pollIntervalSec: 900 }, ctxAt(NOW));
    expect(fresh).toMatchObject({ dataState: 'fresh', level: 'operational' });
    expect(fresh.staleNote).toBeNull();
  });

  it('uses the UI language for words and Intl formats', () => {
    const view = popupView(p0Step(2, 7 * MINUTE).snapshot, settings, {
      ...ctxAt(p0Step(2).at + 10 * MINUTE),
      t: tDe,
      lang: 'de',
      timeZone: 'Europe/Berlin',
    });
    expect(view.headline).toBe('Claude ist teilweise ausgefallen');
    expect(view.freshness?.text).toBe('Aktualisiert vor 3 Minuten');
    expect(view.incidents[0]?.statusText).toBe('Ursache gefunden');
    expect(view.incidents[0]?.started.clock).toBe('6:16');
  });
});

describe('popupView: real incidents', () => {
  it('p0mgnjv3bj97 at update 5/7: monitoring, partial outage again, three models named only in updates', () => {
    const { snapshot, at } = p0Step(5, MINUTE);
    const view = popupView(snapshot, settings, ctxAt(at + 2 * MINUTE));
    expect(view).toMatchObject({ level: 'major', headline: 'Claude has a partial outage', dataState: 'fresh' });
    expect(view.incidents).toHaveLength(1);
    const incident = view.incidents[0]!;
    expect(incident).toMatchObject({
      id: 'p0mgnjv3bj97',
      title: 'Elevated error rate on multiple models',
      statusText: 'Monitoring',
      impactText: 'Major impact',
      levelText: 'Partial outage',
      url: 'https://status.claude.com/incidents/p0mgnjv3bj97',
      latestBody:
        'We are currently working to resolve some additional errors impacting Claude Opus 4.7 and Haiku 4.5, we will provide an additional update shortly.',
    });
    // Started 04:16:42, now 06:19:04.
    expect(incident.started).toEqual({
      iso: '2026-05-22T04:16:42.159Z',
      relative: '2 hours ago',
      clock: '4:16 AM',
      absolute: 'May 22, 2026, 4:16 AM UTC',
    });
    expect(incident.lastUpdate.relative).toBe('2 minutes ago');
    // The title says "multiple models"; only update bodies name them, so every chip is marked.
    expect(incident.models).toEqual({
      chips: [
        { name: 'Haiku 4.5', fromUpdate: true },
        { name: 'Opus 4.7', fromUpdate: true },
        { name: 'Sonnet 4.6', fromUpdate: true },
      ],
      note: null,
      platforms: [],
    });
    expect(incident.components.map((row) => `${row.name}: ${row.statusText}`)).toEqual([
      'claude.ai: Partial outage',
      'Claude Console (platform.claude.com): Partial outage',
      'Claude API (api.anthropic.com): Partial outage',
      'Claude Code: Partial outage',
      'Claude Cowork: Partial outage',
    ]);
    expect(incident.componentGroups).toEqual([
      {
        level: 'major',
        statusText: 'Partial outage',
        names: [
          'claude.ai',
          'Claude Console (platform.claude.com)',
          'Claude API (api.anthropic.com)',
          'Claude Code',
          'Claude Cowork',
        ],
      },
    ]);
    expect(incident.timeline.map((entry) => entry.statusText)).toEqual([
      'Monitoring',
      'Monitoring',
      'Identified',
      'Identified',
      'Investigating',
    ]);
    expect(incident.timeline[4]?.body).toBe('We are currently investigating this issue.');
  });

  it('p0mgnjv3bj97 at update 4/7: components back to operational while the incident stays open', () => {
    const { snapshot, at } = p0Step(4);
    const view = popupView(snapshot, settings, ctxAt(at + MINUTE));
    // The open major incident still colours the page, even with every component green.
    expect(view.level).toBe('major');
    expect(view.incidents[0]?.components.every((row) => row.statusText === 'Operational')).toBe(true);
    expect(view.incidents[0]?.levelText).toBe('Partial outage');
  });

  it('p0mgnjv3bj97 at update 1/7: nothing names the models yet, so the aggregate is said, never guessed', () => {
    const { snapshot, at } = p0Step(1);
    const incident = popupView(snapshot, settings, ctxAt(at + MINUTE)).incidents[0]!;
    expect(incident.statusText).toBe('Investigating');
    expect(incident.models).toEqual({ chips: [], note: 'Multiple models, not named', platforms: [] });
    expect(incident.timeline).toHaveLength(1);
  });

  it('9g6qpr72ttbr at update 2/5: critical, major outage on four components', () => {
    const { snapshot, at } = criticalStep(2);
    const view = popupView(snapshot, settings, ctxAt(at + 3 * MINUTE));
    expect(view).toMatchObject({ level: 'critical', headline: 'Claude has a major outage' });
    const incident = view.incidents[0]!;
    expect(incident).toMatchObject({
      impactText: 'Critical impact',
      levelText: 'Major outage',
      statusText: 'Investigating',
    });
    expect(incident.latestBody).toBe(
      'We have identified that the outage is related to Sonnet 4.0, Sonnet 4.5, and Opus 4.5.',
    );
    expect(incident.models?.chips.map((chip) => chip.name)).toEqual(['Opus 4.5', 'Sonnet 4', 'Sonnet 4.5']);
    expect(incident.components.map((row) => row.statusText)).toEqual([
      'Major outage',
      'Major outage',
      'Major outage',
      'Major outage',
    ]);
    expect(view.components.find((row) => row.id === 'k8w3r06qmzrp')?.statusText).toBe('Major outage');
  });

  it('the backfilled 3667134hg62q (no components, impact none, last update before the start) still reads sensibly', () => {
    const incident = { ...incidentOf('backfilled'), status: 'investigating' as const, resolvedAt: null };
    const now = Date.parse('2024-01-30T05:00:00Z');
    const data = { ...healthySnapshot(now).data!, incidents: [incident] };
    const view = popupView(snapshotOf(data, now - MINUTE), settings, ctxAt(now));
    const card = view.incidents[0]!;
    expect(card.impactText).toBe('No impact stated');
    expect(card.components).toEqual([]);
    // Both names are in the title: plain chips.
    expect(card.models?.chips).toEqual([
      { name: 'Claude 2.1', fromUpdate: false },
      { name: 'Instant 1.2', fromUpdate: false },
    ]);
    expect(card.started.relative).toBe('46 minutes ago');
    expect(card.lastUpdate.relative).toBe('1 hour ago');
  });
});

describe('popupView: failed polls', () => {
  it('keeps the last good data of p0mgnjv3bj97 visible, says since when and why, and that the state is unknown', () => {
    const { snapshot, at } = p0Step(3);
    const failing = {
      ...snapshot,
      error: pollError('timeout', at + 20 * MINUTE),
      consecutiveFailures: 4,
      checkedAt: at + 20 * MINUTE,
    };
    const view = popupView(failing, settings, ctxAt(at + 25 * MINUTE));
    expect(view).toMatchObject({ dataState: 'failing', level: 'unknown', headline: "Claude's status is unknown" });
    expect(view.problem).toEqual({
      summary: "Can't reach the status page since 5:25 AM",
      reason: 'The status page took too long to answer.',
      detail: 'detail of timeout',
      lastGood: 'Showing the last good data (25 minutes ago).',
    });
    expect(view.lastKnown).toBe('Last known state: Partial outage.');
    expect(view.incidents.map((incident) => incident.id)).toEqual(['p0mgnjv3bj97']);
  });

  it('fails even with seconds-old data: one failed poll makes the level unknown', () => {
    const snapshot = { ...healthySnapshot(NOW, 10_000), error: pollError('offline', NOW) };
    const view = popupView(snapshot, settings, ctxAt(NOW));
    expect(view.level).toBe('unknown');
    expect(view.problem?.reason).toBe('This device is offline.');
  });

  it('failing with data fetched "in the future" (the clock went back): no "in 1 hour", the age is unknown', () => {
    const snapshot = { ...healthySnapshot(NOW, -60 * MINUTE), error: pollError('offline', NOW) };
    const view = popupView(snapshot, settings, ctxAt(NOW));
    expect(view.problem?.lastGood).toBe('The age of the data is unknown: the clock was changed');
  });

  it('without any good data says when it last tried and that there is no data', () => {
    const snapshot = {
      ...neverPolled(),
      checkedAt: NOW - 2 * MINUTE,
      error: pollError('network', NOW - 2 * MINUTE),
      consecutiveFailures: 1,
    };
    const view = popupView(snapshot, settings, ctxAt(NOW));
    expect(view.headline).toBe("Claude's status is unknown");
    expect(view.problem?.summary).toBe("Can't reach the status page (last try 2:58 PM)");
    expect(view.problem?.lastGood).toBe('No status data yet.');
    expect(view.lastKnown).toBeNull();
  });

  it('names the day when the last good data is from another day', () => {
    const snapshot = { ...healthySnapshot(NOW, 20 * HOUR), error: pollError('http', NOW, { status: 503 }) };
    expect(popupView(snapshot, settings, ctxAt(NOW)).problem?.summary).toBe(
      "Can't reach the status page since Sep 26, 7:00 PM",
    );
  });

  const reasons: [PollErrorKind, number | undefined, string][] = [
    ['offline', undefined, 'This device is offline.'],
    ['network', undefined, 'The connection to the status page failed.'],
    ['timeout', undefined, 'The status page took too long to answer.'],
    ['http', 503, 'The status page answered with an error (HTTP 503).'],
    ['http', undefined, 'The status page answered with an error.'],
    ['rate-limited', 429, 'The status page asked us to check less often.'],
    ['waf-challenge', 405, 'The status page asked for a browser check.'],
    ['not-json', 200, 'The status page sent something other than status data.'],
    ['invalid-json', 200, 'The status data was damaged.'],
    ['schema', 200, 'The status data had an unexpected format.'],
  ];
  it.each(reasons)('explains %s (status %s) in plain words', (kind, status, text) => {
    const snapshot = {
      ...healthySnapshot(NOW, 10 * MINUTE),
      error: pollError(kind, NOW, status === undefined ? {} : { status }),
    };
    expect(popupView(snapshot, settings, ctxAt(NOW)).problem?.reason).toBe(text);
  });
});

describe('popupView: maintenance, recently resolved', () => {
  it('an upcoming maintenance shows its window in local time and leaves the level operational', () => {
    const view = popupView(maintenanceSnapshot(NOW, 1), settings, ctxAt(NOW));
    expect(view.level).toBe('operational');
    expect(view.maintenances.map((m) => ({ ...m, window: spaced(m.window) }))).toEqual([
      {
        id: expect.any(String),
        name: '[Scheduled] Scheduled maintenance for Claude.ai and Anthropic Console',
        active: false,
        statusText: 'Scheduled',
        window: 'Sep 27, 4:00 – 6:00 PM UTC',
        components: ['claude.ai', 'Claude Console (platform.claude.com)'],
        url: expect.stringMatching(/^https:\/\/status\.claude\.com\/incidents\//),
      },
    ]);
    const tokyo = popupView(maintenanceSnapshot(NOW, 1), settings, ctxAt(NOW, { timeZone: 'Asia/Tokyo' }));
    expect(spaced(tokyo.maintenances[0]?.window)).toBe('Sep 28, 1:00 – 3:00 AM GMT+9');
  });

  it('a maintenance in progress makes the state "under maintenance"', () => {
    const view = popupView(maintenanceSnapshot(NOW, 2), settings, ctxAt(NOW));
    expect(view).toMatchObject({ level: 'maintenance', headline: 'Claude is under maintenance' });
    expect(view.maintenances[0]).toMatchObject({ active: true, statusText: 'In progress' });
    expect(view.components[0]).toMatchObject({
      name: 'claude.ai',
      statusText: 'Under maintenance',
      level: 'maintenance',
    });
  });

  it('lists incidents resolved in the last 24 hours, newest first, and drops older ones', () => {
    const critical = incidentOf('manyModels'); // resolved 2025-12-14T22:51:48Z
    const backfilled = incidentOf('backfilled'); // resolved 2024-01-30T04:00:00Z
    const now = Date.parse('2025-12-15T00:52:00Z');
    const snapshot = { ...healthySnapshot(now), recentlyResolved: [backfilled, critical] };
    const view = popupView(snapshot, settings, ctxAt(now));
    expect(view.resolved).toEqual([
      {
        id: '9g6qpr72ttbr',
        title: 'Elevated errors across many models',
        level: 'critical',
        impactText: 'Critical impact',
        resolved: {
          iso: '2025-12-14T22:51:48.756Z',
          relative: '2 hours ago',
          clock: 'Dec 14, 10:51 PM',
          absolute: 'Dec 14, 2025, 10:51 PM UTC',
        },
        modelsText: 'Opus 4.5, Sonnet 4, Sonnet 4.5',
        url: 'https://status.claude.com/incidents/9g6qpr72ttbr',
      },
    ]);
    const dayLater = popupView(snapshot, settings, ctxAt(now + 23 * HOUR));
    expect(dayLater.resolved).toEqual([]);
  });

  it('keeps a backfilled incident by when this device saw it end, not by its resolved_at years ago', () => {
    // 3667134hg62q was posted long after the fact: resolved_at 2024-01-30, seen leaving the list an hour ago.
    const now = Date.parse('2026-08-14T03:36:00Z');
    const seen = { ...incidentOf('backfilled'), seenResolvedAt: now - HOUR };
    const view = popupView({ ...healthySnapshot(now), recentlyResolved: [seen] }, settings, ctxAt(now));
    expect(view.resolved.map((r) => r.id)).toEqual(['3667134hg62q']);
    expect(
      popupView({ ...healthySnapshot(now), recentlyResolved: [seen] }, settings, ctxAt(now + 23.5 * HOUR)).resolved,
    ).toEqual([]);
  });

  it('the popup and the worker keep the same incidents: one rule', () => {
    const now = Date.parse('2026-08-14T03:36:00Z');
    const candidates = [
      { ...incidentOf('backfilled'), seenResolvedAt: now - HOUR },
      { ...incidentOf('manyModels'), seenResolvedAt: now - 25 * HOUR },
      incidentOf('multipleModels'),
      { ...incidentOf('multipleModels'), id: 'ahead', seenResolvedAt: now + 10 * 60_000 },
    ];
    const shown = popupView({ ...healthySnapshot(now), recentlyResolved: candidates }, settings, ctxAt(now)).resolved;
    expect(shown.map((r) => r.id)).toEqual(candidates.filter((c) => isRecentlyResolved(c, now)).map((c) => c.id));
    expect(shown.map((r) => r.id)).toEqual(['3667134hg62q']);
  });

  it('shows the backfilled incident as resolved with "no impact stated"', () => {
    const backfilled = incidentOf('backfilled');
    const now = Date.parse('2024-01-30T06:00:00Z');
    const view = popupView({ ...healthySnapshot(now), recentlyResolved: [backfilled] }, settings, ctxAt(now));
    expect(view.resolved[0]).toMatchObject({ impactText: 'No impact stated', modelsText: 'Claude 2.1, Instant 1.2' });
  });
});

describe('popupView: links and remote strings are not trusted', () => {
  it('drops non-https incident links and falls back to the known status page', () => {
    const data = healthySnapshot(NOW).data!;
    const incident = { ...incidentOf('manyModels'), status: 'identified' as const, url: 'javascript:alert(1)' };
    const tampered = { ...data, page: { ...data.page, url: 'http://status.claude.com' }, incidents: [incident] };
    const view = popupView(snapshotOf(tampered, NOW), settings, ctxAt(NOW));
    expect(view.incidents[0]?.url).toBeNull();
    expect(view.statusPageUrl).toBe('https://status.claude.com/');
  });

  it('an unexpected status string gets the "unknown" words, not a prototype member', () => {
    const incident = { ...incidentOf('manyModels'), status: 'constructor' as never, impact: 'toString' as never };
    const data = { ...healthySnapshot(NOW).data!, incidents: [incident] };
    const card = popupView(snapshotOf(data, NOW), settings, ctxAt(NOW)).incidents[0]!;
    expect(card.statusText).toBe('Status unknown');
    expect(card.impactText).toBe('Impact unknown');
  });

  it('uses the default interval when settings are the defaults', () => {
    expect(defaultSettings.pollIntervalSec).toBe(60);
    expect(popupView(healthySnapshot(NOW, 5 * MINUTE), defaultSettings, ctxAt(NOW)).level).toBe('unknown');
  });
});

describe('modelsView', () => {
  const models = (over: Partial<IncidentModels>): IncidentModels => ({
    models: [],
    scope: 'none',
    fromTitle: [],
    platforms: [],
    ...over,
  });

  it('marks only the chips the title does not name', () => {
    const view = modelsView(
      models({ models: ['Opus 4.7', 'Sonnet 4.6'], scope: 'named', fromTitle: ['Opus 4.7'] }),
      tEn,
    );
    expect(view?.chips).toEqual([
      { name: 'Opus 4.7', fromUpdate: false },
      { name: 'Sonnet 4.6', fromUpdate: true },
    ]);
  });

  it('says the aggregate for every aggregate scope', () => {
    expect(modelsView(models({ scope: 'some' }), tEn)?.note).toBe('Multiple models, not named');
    expect(modelsView(models({ scope: 'all' }), tEn)?.note).toBe('All models');
    expect(modelsView(models({ scope: 'except', models: ['Opus'] }), tEn)).toEqual({
      chips: [],
      note: 'All models except Opus',
      platforms: [],
    });
    expect(modelsView(models({ scope: 'family', models: ['Haiku'] }), tEn)?.note).toBe(
      'Haiku models, versions not named',
    );
    expect(modelsView(models({ scope: 'named+others', models: ['Opus 4'], fromTitle: ['Opus 4'] }), tEn)).toEqual({
      chips: [{ name: 'Opus 4', fromUpdate: false }],
      note: 'and other models, not named',
      platforms: [],
    });
  });

  it('is absent when nothing is known about models, present for a third-party platform alone', () => {
    expect(modelsView(models({}), tEn)).toBeNull();
    expect(modelsView(models({ platforms: ['Vertex'] }), tEn)).toEqual({
      chips: [],
      note: null,
      platforms: ['Vertex'],
    });
  });
});

describe('groupByStatus', () => {
  it('keeps page order and groups components that share a status', () => {
    const rows = [
      { id: 'a', name: 'claude.ai', level: 'major' as const, statusText: 'Partial outage' },
      { id: 'b', name: 'Claude Code', level: 'minor' as const, statusText: 'Degraded performance' },
      { id: 'c', name: 'Claude API', level: 'major' as const, statusText: 'Partial outage' },
    ];
    expect(groupByStatus(rows)).toEqual([
      { level: 'major', statusText: 'Partial outage', names: ['claude.ai', 'Claude API'] },
      { level: 'minor', statusText: 'Degraded performance', names: ['Claude Code'] },
    ]);
  });
});
