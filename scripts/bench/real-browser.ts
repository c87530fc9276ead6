// Runs every real-browser measurement of `npm run bench` and sums them up. The wire counts need real
// 60 s spacing, so they start first and run in the background (their browsers are idle between polls)
// while the timed measurements run one at a time.
import { loadavg } from 'node:os';
import { startStatusServer, type StatusServer } from '../../test/server';
import {
  clientHelloOfChromium,
  contentScriptCost,
  observerCost,
  launchExtensionBrowser,
  launchPlainChromium,
  median,
  popupPaint,
  POPUP_PHASES,
  type PopupPhase,
  wakeToBadge,
  wireOfExtension,
  wireOfNaive,
  workerWakeCost,
  type ExtensionBrowser,
  type WireRun,
} from './browser';

export const REAL_BROWSER_COUNTS = {
  /** Unchanged polls counted on the wire per poller; the first `naturalPolls` keep whatever connection Chromium kept. */
  wirePolls: 4,
  naturalPolls: 2,
  wakes: 10,
  popupOpens: 20,
  workerWakes: 20,
  pageLoads: 10,
  /** Bursts of 100 claude.ai API requests, with and without the session observer. */
  observerBursts: 10,
};

/** The replay's healthy step and its first step with the incident open. */
const HEALTHY_STEP = 0;
const INCIDENT_STEP = 1;

export interface WireSummary {
  run: WireRun;
  keptConnection: number | null;
  newConnection: number | null;
  /** At the real 60 s spacing, connections as Chromium kept them: 60 × the median natural poll. */
  perHour: number;
}

function summariseWire(run: WireRun): WireSummary {
  const pick = (keep: (p: WireRun['polls'][number]) => boolean) => {
    const bytes = run.polls.filter(keep).map((p) => p.bytes);
    return bytes.length > 0 ? median(bytes) : null;
  };
  return {
    run,
    keptConnection: pick((p) => !p.newConnection),
    newConnection: pick((p) => p.newConnection),
    perHour: 60 * (pick((p) => !p.forced) ?? Number.NaN),
  };
}

/** Starts the two wire counts; await the result when everything else is done. */
export async function startWireCounts(extensionDir: string, incident: string) {
  const server = await startStatusServer({ port: 0, scenario: incident });
  const { wirePolls, naturalPolls } = REAL_BROWSER_COUNTS;
  // First and alone (a second or two): what any new connection to the status host starts with.
  const clientHello = await clientHelloOfChromium();
  const runs = Promise.all([
    wireOfExtension(extensionDir, server, wirePolls, naturalPolls),
    wireOfNaive(server, wirePolls, naturalPolls),
  ]);
  return async () => {
    try {
      const [extension, naive] = await runs;
      return { extension: summariseWire(extension), naive: summariseWire(naive), clientHello };
    } finally {
      await server.close();
    }
  };
}

type PopupOpenList = Awaited<ReturnType<typeof popupPaint>>['cache'];

function mainThreadMedians(counted: NonNullable<PopupOpenList[number]['mainThread']>[]) {
  if (counted.length === 0) return null;
  const of = (key: keyof (typeof counted)[number]) => median(counted.map((c) => c[key]));
  return {
    opens: counted.length,
    processMs: of('processMs'),
    threadMs: of('threadMs'),
    taskMs: of('taskMs'),
    scriptMs: of('scriptMs'),
    styleLayoutMs: of('styleLayoutMs'),
  };
}

/** Medians every page has, the floor page too: the whole, from its document made, and the main thread. */
function summarisePaint(opens: PopupOpenList) {
  return {
    paintedMs: median(opens.map((o) => o.painted)),
    fromDocumentMs: median(opens.map((o) => o.painted - o.documentCreated)),
    /** Over the opens whose navigation made a new frame (its counters from zero): all but, at times, the first. */
    mainThread: mainThreadMedians(opens.flatMap((o) => (o.mainThread ? [o.mainThread] : []))),
  };
}

/** Medians of one variant's opens: the whole, the part after our HTML is in, and each phase on its own. */
function summarisePopup(opens: PopupOpenList) {
  return {
    ...summarisePaint(opens),
    /** From our HTML in to the paint: the part the extension's code and files decide. */
    fromResponseEndMs: median(opens.map((o) => o.painted - o.responseEnd)),
    responseEndMs: median(opens.map((o) => o.responseEnd)),
    unloadMs: median(opens.map((o) => o.unloadMs)),
    /** HTML in at the browser → the document made in the renderer: the commit, part of the navigation. */
    commitMs: median(opens.map((o) => o.documentCreated - o.responseEnd)),
    phasesMs: Object.fromEntries(
      Object.entries(POPUP_PHASES).map(([name, phase]) => [name, median(opens.map(phase))]),
    ) as Record<PopupPhase, number>,
  };
}

/** The popup paints the open incident from the cache, and the fetch-on-open variant after summary.json. */
async function popupWithIncident(browser: ExtensionBrowser, server: StatusServer, opens: number) {
  server.goTo(INCIDENT_STEP);
  await browser.ext.sendMessage({ type: 'refresh', payload: {} });
  const loadBefore = loadavg();
  const samples = await popupPaint(browser, opens);
  const loadAfter = loadavg();
  const fetchMs = (list: PopupOpenList) => median(list.map((o) => o.fetch!.end - o.fetch!.start));
  return {
    samples,
    /** Load average (1, 5, 15 min) before and after the opens. */
    load: { before: loadBefore, after: loadAfter },
    cacheMs: median(samples.cache.map((o) => o.painted)),
    fetchOnOpenMs: median(samples.fetchOnOpen.map((o) => o.painted)),
    /** The fetch-on-open variant's summary.json alone. */
    fetchMs: fetchMs(samples.fetchOnOpen),
    variants: {
      cache: summarisePopup(samples.cache),
      fetchOnOpen: summarisePopup(samples.fetchOnOpen),
      freshCache: summarisePopup(samples.freshCache),
      freshFetchOnOpen: summarisePopup(samples.freshFetchOnOpen),
    },
    /** The static floor page, loaded and measured the same way: what any extension page pays here. */
    floor: { sameTab: summarisePaint(samples.floor), freshTab: summarisePaint(samples.freshFloor) },
  };
}

export type PopupResults = Awaited<ReturnType<typeof popupWithIncident>>;

/** `npm run bench -- --popup`: only the popup's paint, in its own browser (about 20 s), for trying a change. */
export async function popupOnly(extensionDir: string, incident: string) {
  const server = await startStatusServer({ port: 0, scenario: incident });
  const browser = await launchExtensionBrowser(extensionDir, server);
  try {
    await browser.ext.openExtensionPage('src/popup/index.html').then((p) => p.close());
    return await popupWithIncident(browser, server, REAL_BROWSER_COUNTS.popupOpens);
  } finally {
    await browser.close();
    await server.close();
  }
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export async function timedMeasurements(extensionDir: string, incident: string) {
  const counts = REAL_BROWSER_COUNTS;
  const server: StatusServer = await startStatusServer({ port: 0, scenario: incident });
  server.goTo(INCIDENT_STEP);
  const browser = await launchExtensionBrowser(extensionDir, server);
  const plain = await launchPlainChromium(browser.front.port);
  try {
    await browser.ext.openExtensionPage('src/popup/index.html').then((p) => p.close());
    const wakeMs = await wakeToBadge(browser, server, [HEALTHY_STEP, INCIDENT_STEP], counts.wakes);
    const popup = await popupWithIncident(browser, server, counts.popupOpens);

    server.goTo(HEALTHY_STEP);
    await browser.ext.sendMessage({ type: 'refresh', payload: {} });
    const withValidators = await workerWakeCost(browser, counts.workerWakes);
    browser.front.setValidators(false);
    await browser.ext.sendMessage({ type: 'refresh', payload: {} });
    const withoutValidators = await workerWakeCost(browser, counts.workerWakes);
    browser.front.setValidators(true);

    await browser.ext.sendMessage({ type: 'refresh', payload: {} });
    const content = await contentScriptCost(browser, plain, counts.pageLoads);
    const observer = await observerCost(browser, plain, counts.observerBursts);
    const o = (runs: typeof observer.withExt, key: keyof (typeof observer.withExt)[number]) =>
      median(runs.map((run) => run[key]));
    const m = (loads: typeof content.withExt, key: keyof (typeof content.withExt)[number]) =>
      median(loads.map((l) => l[key]));
    return {
      wakeToBadgeMs: wakeMs,
      popup,
      worker: {
        withValidators,
        withoutValidators,
        cpuMs: median(withValidators.cpuMs),
        heapKB: median(withValidators.heapKB),
        heapDeltaKB: median(withValidators.heapDeltaKB),
        noValidatorsCpuMs: median(withoutValidators.cpuMs),
        noValidatorsHeapKB: median(withoutValidators.heapKB),
        noValidatorsHeapDeltaKB: median(withoutValidators.heapDeltaKB),
      },
      observer: {
        bursts: observer,
        requests: observer.requests,
        /** Main-thread time the observer adds per burst of `requests` API calls (median with − median without). */
        addedTaskMs: o(observer.withExt, 'taskMs') - o(observer.without, 'taskMs'),
        addedScriptMs: o(observer.withExt, 'scriptMs') - o(observer.without, 'scriptMs'),
        addedHeapKB: o(observer.withExt, 'heapDeltaKB') - o(observer.without, 'heapDeltaKB'),
        maxNodesAdded: Math.max(...observer.withExt.map((run) => run.domNodesAdded)),
        counted: o(observer.withExt, 'counted'),
        /** The observer's own script per burst (CPU profile of the tab with the extension). */
        scriptMs: o(observer.withExt, 'observerScriptMs'),
        /** The same, in the tab without the extension: 0 unless the profile's attribution is wrong. */
        scriptMsWithout: o(observer.without, 'observerScriptMs'),
      },
      content: {
        loads: content,
        taskMs: { with: m(content.withExt, 'taskMs'), without: m(content.without, 'taskMs') },
        scriptMs: { with: m(content.withExt, 'scriptMs'), without: m(content.without, 'scriptMs') },
        heapKB: { with: m(content.withExt, 'heapKB'), without: m(content.without, 'heapKB') },
        domNodes: { with: m(content.withExt, 'domNodes'), without: m(content.without, 'domNodes') },
        /** Largest difference in DOM nodes over all loads (must be 0 while healthy). */
        maxNodesAdded:
          Math.max(...content.withExt.map((l) => l.domNodes)) - Math.min(...content.without.map((l) => l.domNodes)),
        meanTaskMs: {
          with: mean(content.withExt.map((l) => l.taskMs)),
          without: mean(content.without.map((l) => l.taskMs)),
        },
      },
    };
  } finally {
    await plain.close();
    await browser.close();
    await server.close();
  }
}

export type TimedResults = Awaited<ReturnType<typeof timedMeasurements>>;
export type WireResults = Awaited<ReturnType<Awaited<ReturnType<typeof startWireCounts>>>>;
