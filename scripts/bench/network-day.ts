import { fakeBrowser } from '@webext-core/fake-browser';
import type Browser from 'webextension-polyfill';
import { createWorker } from '../../src/background/worker';
import { createTranslator } from '../../src/core/i18n';
import type { ScenarioStep, StatusServer } from '../../test/server';
import { mergeLocale } from '../locales';
import { seededRandom } from './random';
import { wireFetch, type WireOptions } from './wire-fetch';

const MINUTE = 60_000;
export const DAY_MS = 24 * 60 * MINUTE;

/** Where in a simulated day the replayed incident sits: the day starts this long before its first update. */
const LEAD_IN_MS = 10 * 60 * MINUTE;

export interface DayPlan {
  start: number;
  end: number;
  /** Epoch ms from which each scenario step is what the server shows (step 0 from the start). */
  stepFrom: number[];
}

/**
 * A day around the replayed incident, at its real pace: each update appears at its own display_at, so the
 * day is healthy for ~10 h, follows the incident for its real 4.5 h, then is healthy again.
 */
export function planDay(steps: readonly ScenarioStep[]): DayPlan {
  const stepFrom = steps.map((step, index) => (index === 0 ? -Infinity : Date.parse(step.summary.page.updated_at)));
  const start = stepFrom[1]! - LEAD_IN_MS;
  return { start, end: start + DAY_MS, stepFrom };
}

const stepAt = (plan: DayPlan, at: number) => plan.stepFrom.findLastIndex((from) => from <= at);

export interface DayRun {
  label: string;
  polls: number;
  requests: number;
  /** Response bodies as the server sent them (gzip when asked), from the server's own stats. */
  bodyBytes: number;
  /** Request + response headers framed as HTTP/1.1, counted by the client (HTTP/2 would compress them). */
  headerBytes: number;
  notModified: number;
  byPath: Record<string, number>;
  /** summary.json answered with a full body, i.e. how many times the client had to parse it. */
  fullSummaries: number;
  wallMs: number;
}

function showStep(server: StatusServer, plan: DayPlan, at: number) {
  const index = stepAt(plan, at);
  // goTo drops the server's per-step body cache: only move when the step changes.
  if (server.stepIndex !== index) server.goTo(index);
}

async function measure(
  label: string,
  server: StatusServer,
  options: WireOptions,
  run: (fetchFn: typeof fetch) => Promise<number>,
): Promise<DayRun> {
  const wire = wireFetch(server, options);
  server.goTo(0);
  server.resetStats();
  const started = performance.now();
  try {
    const polls = await run(wire.fetch);
    const stats = server.stats();
    return {
      label,
      polls,
      requests: stats.requests.length,
      bodyBytes: stats.bytesSent,
      headerBytes: wire.tally.requestHeaderBytes + wire.tally.responseHeaderBytes,
      notModified: stats.notModified,
      byPath: stats.byPath,
      fullSummaries: stats.requests.filter((r) => r.path === '/api/v2/summary.json' && r.status === 200).length,
      wallMs: performance.now() - started,
    };
  } finally {
    wire.close();
  }
}

/**
 * The real worker over the fake browser (as test/unit/background/harness.ts sets it up), driven by its own
 * alarm: after each poll the clock jumps to the 'poll' alarm's scheduledTime and the alarm's poll runs.
 */
export function ourWorkerDay(label: string, server: StatusServer, plan: DayPlan, options: WireOptions) {
  return measure(label, server, options, async (fetchFn) => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = createTranslator(mergeLocale('en')) as typeof fakeBrowser.i18n.getMessage;
    fakeBrowser.runtime.getURL = ((path: string) =>
      `chrome-extension://bench/${path}`) as typeof fakeBrowser.runtime.getURL;
    const clock = { now: plan.start };
    const worker = createWorker({
      browser: fakeBrowser as unknown as typeof Browser,
      fetch: fetchFn,
      now: () => clock.now,
      random: seededRandom(0x5eed),
      online: () => true,
      lock: (_name, task) => task(),
    });
    let polls = 0;
    for (;;) {
      showStep(server, plan, clock.now);
      await worker.pollNow();
      polls++;
      const alarm = await fakeBrowser.alarms.get('poll');
      if (!alarm) throw new Error('the worker scheduled no poll alarm');
      if (alarm.scheduledTime >= plan.end) return polls;
      if (alarm.scheduledTime <= clock.now) throw new Error('the poll alarm does not move forward');
      clock.now = alarm.scheduledTime;
    }
  });
}

/** What many extensions do: GET summary.json every minute, no validators, parse it whole. */
export function naiveDay(
  label: string,
  server: StatusServer,
  plan: DayPlan,
  options: WireOptions,
  paths: readonly string[] = ['summary.json'],
) {
  return measure(label, server, options, async (fetchFn) => {
    let polls = 0;
    for (let at = plan.start; at < plan.end; at += MINUTE) {
      showStep(server, plan, at);
      for (const path of paths) {
        const response = await fetchFn(`https://status.claude.com/api/v2/${path}`, { cache: 'no-store' });
        JSON.parse(await response.text());
      }
      polls++;
    }
    return polls;
  });
}
