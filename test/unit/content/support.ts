// Test data for the banner, built from the real captures only: the p0mgnjv3bj97 incident replayed update by
// update on top of the real healthy summary, parsed by the real schema into Snapshots.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTranslator, type Messages, type Translate } from '../../../src/core/i18n';
import { parseIncident, parseSummary } from '../../../src/core/parse';
import type { Incident, Snapshot, StatusData } from '../../../src/core/types';
import { replayIncident } from '../../scenarios/replay';
import type { RawSummary } from '../../scenarios/types';

export const P0_ID = 'p0mgnjv3bj97';
export const SN3Y_ID = 'sn3y911gkt0r';

// Paths, not URLs: under happy-dom the global URL is the DOM's, which node:fs does not accept.
const here = dirname(fileURLToPath(import.meta.url));
const text = (path: string): string => readFileSync(resolve(here, path), 'utf8');
const fixtureText = (name: string): string => text(`../../fixtures/statuspage/${name}`);

const healthyText = fixtureText('summary.2026-09-27.json');
const p0Text = fixtureText('incident.p0mgnjv3bj97.json');
const sn3yText = fixtureText('incident.sn3y911gkt0r.json');

/** Raw summaries of p0mgnjv3bj97: [0] healthy baseline, [1..6] open, [7] resolved (gone from the summary). */
export const p0Steps = (): RawSummary[] => replayIncident(p0Text, healthyText).map((s) => s.summary);
/** sn3y911gkt0r (critical, "Elevated errors across Claude models"): [1] is its first, investigating, update. */
export const sn3ySteps = (): RawSummary[] => replayIncident(sn3yText, healthyText).map((s) => s.summary);

export function parse(raw: unknown): StatusData {
  const result = parseSummary(raw);
  if (!result.ok) throw new Error(`fixture did not parse: ${result.error.detail}`);
  return result.value;
}

export const healthyData = (): StatusData => parse(JSON.parse(healthyText));

/** The final state of p0mgnjv3bj97, as the worker keeps it in recentlyResolved. */
export function p0Final(): Incident {
  const result = parseIncident(JSON.parse(p0Text));
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

/** Fresh data: fetched at `now`. */
export function snapshotOf(data: StatusData | null, now: number, extra: Partial<Snapshot> = {}): Snapshot {
  return {
    data,
    fetchedAt: now,
    checkedAt: now,
    origin: 'https://status.claude.com',
    error: null,
    consecutiveFailures: 0,
    recentlyResolved: [],
    ...extra,
  };
}

/** p0 at a replay step, optionally with sn3y's first update open beside it (newest first, as served). */
export function p0Data(step: number, options: { withSn3y?: boolean; impact?: string } = {}): StatusData {
  const raw = p0Steps()[step]!;
  if (options.impact) raw.incidents = raw.incidents.map((incident) => ({ ...incident, impact: options.impact! }));
  if (options.withSn3y) raw.incidents = [...sn3ySteps()[1]!.incidents, ...raw.incidents];
  return parse(raw);
}

/** English UI strings: the core's words plus this context's fragment. */
export function englishTranslator(): Translate {
  const read = (path: string) => JSON.parse(text(path)) as Messages;
  return createTranslator({
    ...read('../../../src/locales/en/core.json'),
    ...read('../../../src/locales/en/content.json'),
    // The banner also says the session signal's and the one-off watch's words.
    ...read('../../../src/locales/en/session.json'),
    ...read('../../../src/locales/en/watch.json'),
  });
}

/**
 * What a user's click or key press dispatches: a trusted click. happy-dom cannot make one, so the flag is
 * set by hand; element.click() from page script stays untrusted, and the banner ignores it.
 */
export function userClick(element: Element): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}
