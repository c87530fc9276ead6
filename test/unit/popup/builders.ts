// Snapshots for popup tests, built from the real captures (test/fixtures/statuspage) and the scenario replay
// of them, so every state the popup renders comes from data the status page really served.
//
// Fixtures are found from this file's path, not with `new URL(name, import.meta.url)`: in DOM (happy-dom)
// tests Vite rewrites that pattern into an http://localhost asset URL, which fs cannot read. For the same
// reason this module must not import test/scenarios/index (its fixtures module uses the pattern).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTranslator } from '../../../src/core/i18n';
import { parseIncident, parseSummary } from '../../../src/core/parse';
import type { Incident, PollError, Snapshot, StatusData } from '../../../src/core/types';
import type { ViewContext } from '../../../src/popup/view-model';
import { mergeLocale } from '../../../scripts/locales';
import { replayIncident } from '../../scenarios/replay';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/statuspage');

export const FIXTURE_FILES = {
  summary: 'summary.2026-09-27.json',
  backfilled: 'incident.3667134hg62q.json',
  manyModels: 'incident.9g6qpr72ttbr.json',
  multipleModels: 'incident.p0mgnjv3bj97.json',
} as const;
export type FixtureName = keyof typeof FIXTURE_FILES;

export const fixtureText = (name: FixtureName): string => readFileSync(join(FIXTURES, FIXTURE_FILES[name]), 'utf8');
const fixtureJson = (name: FixtureName): unknown => JSON.parse(fixtureText(name));

/** Messages as the browser would serve them: every fragment in src/locales/<lang>, merged like the build does. */
export const tEn = createTranslator(mergeLocale('en'));
export const tDe = createTranslator(mergeLocale('de'));

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export function ctxAt(now: number, overrides: Partial<ViewContext> = {}): ViewContext {
  return { now, t: tEn, lang: 'en', timeZone: 'UTC', ...overrides };
}

export function dataOf(raw: unknown): StatusData {
  const parsed = parseSummary(raw);
  if (!parsed.ok) throw new Error(parsed.error.detail);
  return parsed.value;
}

export function incidentOf(name: FixtureName): Incident {
  const parsed = parseIncident(fixtureJson(name));
  if (!parsed.ok) throw new Error(parsed.error.detail);
  return parsed.value;
}

export function snapshotOf(data: StatusData | null, fetchedAt: number | null, extra: Partial<Snapshot> = {}): Snapshot {
  return {
    data,
    fetchedAt,
    checkedAt: fetchedAt,
    origin: data ? 'https://status.claude.com' : null,
    error: null,
    consecutiveFailures: 0,
    recentlyResolved: [],
    ...extra,
  };
}

/** The real healthy summary (2026-09-27), fetched `ageMs` before `now`. */
export function healthySnapshot(now: number, ageMs = MINUTE): Snapshot {
  return snapshotOf(dataOf(fixtureJson('summary')), now - ageMs);
}

/** A scenario step as the worker would have stored it right after the page published it. */
export interface StepSnapshot {
  snapshot: Snapshot;
  /** When that step was published (the newest update's display_at). */
  at: number;
}

function stepSnapshot(raw: { summary: { page: { updated_at: string } } }, ageMs: number): StepSnapshot {
  const at = Date.parse(raw.summary.page.updated_at);
  return { snapshot: snapshotOf(dataOf(raw.summary), at + ageMs), at };
}

function replayStep(name: FixtureName, step: number, ageMs: number): StepSnapshot {
  const found = replayIncident(fixtureText(name), fixtureText('summary'))[step];
  if (!found) throw new Error(`no step ${step} in ${name}`);
  return stepSnapshot(found, ageMs);
}

/** p0mgnjv3bj97 ("Elevated error rate on multiple models", major) after its `step`-th update (1..7). */
export const p0Step = (step: number, ageMs = 0): StepSnapshot => replayStep('multipleModels', step, ageMs);

/**
 * p0mgnjv3bj97 after its 3rd update, open, as if the page had sent `count` updates: its own three, then older
 * copies of its first, a second apart.
 */
export function p0WithUpdates(count: number, ageMs = 0): StepSnapshot {
  const summary = structuredClone(replayIncident(fixtureText('multipleModels'), fixtureText('summary'))[3]!.summary);
  const updates = summary.incidents[0]!.incident_updates;
  const first = updates.at(-1)!;
  const start = Date.parse(first.display_at);
  for (let i = updates.length; i < count; i++)
    updates.push({ ...first, id: `older${i}`, display_at: new Date(start - i * 1_000).toISOString() });
  return stepSnapshot({ summary }, ageMs);
}

/** 9g6qpr72ttbr ("Elevated errors across many models", critical) after its `step`-th update (1..5). */
export const criticalStep = (step: number, ageMs = 0): StepSnapshot => replayStep('manyModels', step, ageMs);

export function pollError(kind: PollError['kind'], at: number, extra: Partial<PollError> = {}): PollError {
  return { kind, detail: `detail of ${kind}`, at, ...extra };
}

export const neverPolled = (): Snapshot => snapshotOf(null, null);
