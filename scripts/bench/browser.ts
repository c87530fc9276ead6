// The benchmark's real-browser part: the built extension in Debian Chromium, talking HTTP/2 over TLS to
// the local status server under the real host names (--host-resolver-rules to a random port: no root,
// no network namespace, nothing else on the machine disturbed).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Browser from 'webextension-polyfill';
import { chromium, type Browser as PlaywrightBrowser, type CDPSession, type Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, launchChromium, playwrightPageOf, QUIET_CHROMIUM_ARGS } from '../../test/e2e/drivers/chromium';
import { HOSTS, type ExtensionDriver } from '../../test/e2e/drivers/types';
import { startHttp2Front, type Http2Front, type StatusServer, type WireCounts } from '../../test/server';
import { totalOf } from '../../src/core/session/counts';
import { sumWindow } from '../../src/core/session/window';
import { sessionRecord } from '../../src/shared/session-storage';
import { KEYS } from '../../src/shared/storage';
import { type ClientHello, firstRecord, readClientHello } from './client-hello';
import { percentiles } from './latency';

export const POPUP_PAGE = 'src/popup/index.html';

/**
 * The floor: the least an extension page can be, a static heading with no style or script, marked like the
 * popup's incident list. Whatever it takes to paint is the browser's and the harness's, not the popup's code.
 */
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head>' +
  '<body><section data-testid="popup-incidents"><h2>Incidents</h2></section></body></html>';

/**
 * A copy of the built extension with the floor page added beside the popup, in a temporary folder: the shipped
 * build is untouched, and both pages load from the same extension, origin and process.
 */
function withFloorPage(extensionDir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'bench-extension-'));
  cpSync(extensionDir, copy, { recursive: true });
  writeFileSync(join(copy, FLOOR_PAGE), FLOOR_HTML);
  return copy;
}
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
export const median = (values: readonly number[]) => percentiles(values).p50;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

const hostRules = (port: number) =>
  `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`;

/** Chromium without the extension, mapped to the same server: the baseline page loads and the naive poller. */
export function launchPlainChromium(port: number): Promise<PlaywrightBrowser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [hostRules(port), '--ignore-certificate-errors', ...QUIET_CHROMIUM_ARGS],
  });
}

export interface ExtensionBrowser {
  ext: ExtensionDriver;
  front: Http2Front;
  debuggingPort: number;
  close(): Promise<void>;
}

/** Chromium with the build at `extensionDir`, loaded from a copy with the floor page added; close() removes the copy. */
export async function launchExtensionBrowser(
  extensionDir: string,
  server: StatusServer,
  front?: Http2Front,
): Promise<ExtensionBrowser> {
  const h2 = front ?? (await startHttp2Front(server));
  const debuggingPort = await freePort();
  const copy = withFloorPage(extensionDir);
  const ext = await launchChromium(copy, h2.port, { args: [`--remote-debugging-port=${debuggingPort}`] });
  return {
    ext,
    front: h2,
    debuggingPort,
    close: async () => {
      await ext.close();
      if (!front) await h2.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

/** Waits until the worker has stored a snapshot checked after `after` (epoch ms). */
async function waitForPoll(ext: ExtensionDriver, after: number, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const snapshot = (await ext.storage(KEYS.snapshot)) as { checkedAt?: number } | null;
    if ((snapshot?.checkedAt ?? 0) > after) return;
    await sleep(50);
  }
  throw new Error('the worker did not poll');
}

// ── Bytes on the wire ──────────────────────────────────────────────────────────────────────────────

export interface WirePoll {
  bytes: number;
  newConnection: boolean;
  /** The bench closed the connections before this poll. */
  forced: boolean;
}

export interface WireRun {
  polls: WirePoll[];
  protocols: string[];
}

const total = (w: WireCounts) => w.bytesIn + w.bytesOut;

/**
 * Bytes of each poll at the front's sockets, from the first poll after `skipFirst` settles. Polls come
 * at their own pace (the extension's alarm, the naive page's timer); after `naturalPolls` polls the bench
 * closes the connections half-way between polls, so the rest pay for a new connection.
 */
async function countPolls(front: Http2Front, polls: number, naturalPolls: number, spacingMs: number) {
  const quiet = async () => {
    // A poll is over when no byte has moved for 1.5 s.
    let last = total(front.wire());
    for (;;) {
      await sleep(1500);
      const now = total(front.wire());
      if (now === last) return now;
      last = now;
    }
  };
  let base = await quiet();
  const result: WirePoll[] = [];
  for (let i = 0; i < polls; i++) {
    const forced = i >= naturalPolls;
    if (forced) {
      await sleep(spacingMs / 2);
      front.closeConnections();
      await sleep(200);
      base = total(front.wire());
    }
    const connectionsBefore = front.wire().connections;
    while (total(front.wire()) === base) await sleep(100);
    const after = await quiet();
    result.push({ bytes: after - base, newConnection: front.wire().connections > connectionsBefore, forced });
    base = after;
  }
  return result;
}

/**
 * The TLS ClientHello Chromium opens a connection to the status host with: a TCP server under that host's name
 * reads the first TLS record and hangs up. A poll on a new connection sends at least this much before any of
 * its own bytes, whatever the extension does.
 */
export async function clientHelloOfChromium(): Promise<ClientHello> {
  const hellos: ClientHello[] = [];
  const server = createServer((socket) => {
    let head = Buffer.alloc(0);
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      head = Buffer.concat([head, chunk]);
      const record = firstRecord(head);
      if (!record) return;
      const hello = readClientHello(record);
      if (hello) hellos.push(hello);
      socket.destroy();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const browser = await launchPlainChromium((server.address() as { port: number }).port);
  try {
    const page = await browser.newPage();
    // Fails, as it should: the server hangs up after the ClientHello.
    await page.goto('https://status.claude.com/api/v2/summary.json').catch(() => {});
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
  if (!hellos[0]) throw new Error('Chromium sent no TLS ClientHello');
  return hellos[0];
}

/** The extension at default settings (60 s): its own alarm makes every poll. */
export async function wireOfExtension(extensionDir: string, server: StatusServer, polls: number, natural: number) {
  const front = await startHttp2Front(server);
  const ext = await launchChromium(extensionDir, front.port);
  try {
    const run = await countPolls(front, polls, natural, 60_000);
    return { polls: run, protocols: front.wire().protocols } satisfies WireRun;
  } finally {
    await ext.close();
    await front.close();
  }
}

/** The naive poller: summary.json and incidents.json every 60 s, no validators, no cache (as a page would). */
export async function wireOfNaive(server: StatusServer, polls: number, natural: number) {
  const front = await startHttp2Front(server);
  const browser = await launchPlainChromium(front.port);
  try {
    const page = await browser.newPage();
    await page.goto('https://status.claude.com/');
    // Source text, not a function: the bench runs under tsx, whose helpers do not exist in the page.
    await page.evaluate(`
      const poll = async () => {
        for (const path of ['summary.json', 'incidents.json']) {
          JSON.parse(await (await fetch('/api/v2/' + path, { cache: 'no-store' })).text());
        }
      };
      setInterval(() => void poll(), 60000);`);
    const run = await countPolls(front, polls, natural, 60_000);
    return { polls: run, protocols: front.wire().protocols } satisfies WireRun;
  } finally {
    await browser.close();
    await front.close();
  }
}

// ── Wake to badge ──────────────────────────────────────────────────────────────────────────────────

/**
 * From the poll alarm firing to the badge showing the change, with the worker stopped first as the browser
 * stops an idle one: start-up, fetch over HTTP/2, parse, store, badge. The server flips between two steps
 * whose badges differ; the alarm is set 1 s ahead from an extension page, which then watches the badge.
 */
export async function wakeToBadge(
  browser: ExtensionBrowser,
  server: StatusServer,
  steps: readonly [number, number],
  wakes: number,
) {
  const { ext } = browser;
  const samples: number[] = [];
  const page = await ext.openExtensionPage(POPUP_PAGE);
  try {
    for (let i = 0; i < wakes; i++) {
      server.goTo(server.stepIndex === steps[0] ? steps[1] : steps[0]);
      await ext.stopBackground?.();
      const ms = await page.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: typeof Browser }).chrome;
        const before = await api.action.getBadgeText({});
        const when = Date.now() + 1000;
        await api.alarms.create('poll', { when, periodInMinutes: 1 });
        for (;;) {
          await new Promise((done) => setTimeout(done, 5));
          if ((await api.action.getBadgeText({})) !== before) return Date.now() - when;
          if (Date.now() - when > 20_000) return Number.NaN;
        }
      });
      samples.push(ms);
    }
  } finally {
    await page.close();
  }
  return samples;
}

// ── Popup paint ────────────────────────────────────────────────────────────────────────────────────

/**
 * Where one open's time goes, in ms since navigation start (the page's timeOrigin), from the page's own
 * Navigation, Resource and Element Timing entries and a few marks the probe takes around our code.
 */
export interface PopupOpen {
  /** The previous document's unload handlers (0 in a fresh tab: nothing to unload). */
  unloadMs: number;
  /** The popup's HTML was in at the browser (Navigation Timing); the renderer commits the navigation after this. */
  responseEnd: number;
  /**
   * The popup's document existed in the renderer (the probe's first line, run as the window is made, before any
   * HTML is parsed): everything before is the browser's (navigation, process, unloading the previous page).
   */
  documentCreated: number;
  /** The HTML was parsed (Navigation Timing's domInteractive); the module scripts run after it. */
  domInteractive: number;
  /** main.tsx started its storage read: every module was parsed and evaluated. */
  storageCalled: number;
  /** That read answered (in the fetch-on-open variant, after summary.json). */
  storageRead: number;
  /** Preact's first render had put the incident list in the DOM. */
  rendered: number;
  /** The frame that first showed the incident list was presented: style, layout, paint, raster, present. */
  painted: number;
  /** Fetch-on-open only: when its summary.json started and ended. */
  fetch?: { start: number; end: number };
  /**
   * Same tab only (a fresh tab's navigation may change renderer): the renderer's main thread from the popup's
   * frame being made (each navigation makes a new frame, whose counters start at zero) until the paint was read
   * back, from its Performance metrics: `threadMs` is CPU
   * time; the others are the time its tasks, scripts, and style and layout took, waits for the CPU included.
   */
  mainThread?: {
    /** The whole renderer process's CPU time from before the navigation until the paint was read back. */
    processMs: number;
    threadMs: number;
    taskMs: number;
    scriptMs: number;
    styleLayoutMs: number;
  };
}

/**
 * Resolves window.__open with a PopupOpen. The paint is the Element Timing renderTime of the incident list's
 * heading, the moment the frame that first showed it was presented (the end of the next animation frame came
 * up to tens of ms before that, on this loaded machine). The heading is marked as soon as the list enters the
 * DOM, before any frame could paint it; the cards are in the same insertion. The storage read is the one
 * main.tsx starts before rendering (the popup makes no other before its first render); it is wrapped after
 * FETCH_FIRST, so in that variant it ends when the fetch and the read are done.
 */
const PAINT_PROBE = `
window.__open = new Promise((resolve) => {
  const marks = { documentCreated: performance.now() };
  const area = chrome.storage.local;
  const get = area.get;
  area.get = function (...args) {
    marks.storageCalled ??= performance.now();
    const answer = get.apply(this, args);
    Promise.resolve(answer).then(() => { marks.storageRead ??= performance.now(); });
    return answer;
  };
  new MutationObserver((_, observer) => {
    const heading = document.querySelector('[data-testid="popup-incidents"] h2');
    if (!heading) return;
    marks.rendered = performance.now();
    observer.disconnect();
    heading.setAttribute('elementtiming', 'incidents');
    new PerformanceObserver((list, timing) => {
      const entry = list.getEntries().find((e) => e.identifier === 'incidents');
      if (!entry) return;
      timing.disconnect();
      const [nav] = performance.getEntriesByType('navigation');
      resolve({
        unloadMs: nav.unloadEventEnd - nav.unloadEventStart,
        responseEnd: nav.responseEnd,
        documentCreated: marks.documentCreated,
        domInteractive: nav.domInteractive,
        storageCalled: marks.storageCalled,
        storageRead: marks.storageRead,
        rendered: marks.rendered,
        painted: entry.renderTime,
        fetch: window.__fetch,
      });
    }).observe({ type: 'element', buffered: true });
  }).observe(document, { childList: true, subtree: true });
});`;

/**
 * The fetch-on-open variant: the same popup, but its first storage read waits for summary.json over the
 * network, as a popup that fetches on open before painting would. window.__fetch: when it started and ended.
 */
const FETCH_FIRST = `
{
  const area = chrome.storage.local;
  const get = area.get.bind(area);
  let fetched = null;
  area.get = (...args) => {
    const start = performance.now();
    fetched ??= fetch('https://status.claude.com/api/v2/summary.json', { cache: 'no-store' })
      .then((r) => r.text())
      .then(() => { window.__fetch = { start, end: performance.now() }; });
    const callback = typeof args.at(-1) === 'function' ? args.pop() : null;
    const answer = fetched.then(() => get(...args));
    if (callback) answer.then(callback);
    return answer;
  };
}`;

/** The phases of one open, in ms, in the order they happen; they add up to `painted`. */
export const POPUP_PHASES = {
  /** Navigation start → the popup's document made in the renderer: the browser's (request, commit, unloading the previous page). */
  navigation: (o: PopupOpen) => o.documentCreated,
  /** → the HTML parsed (its stylesheets and module chunks requested from the extension's files). */
  parse: (o: PopupOpen) => o.domInteractive - o.documentCreated,
  /** → main.tsx's storage read started: the chunks read, compiled and evaluated. */
  evaluate: (o: PopupOpen) => o.storageCalled - o.domInteractive,
  /** → that read answered (fetch-on-open: summary.json first). */
  storage: (o: PopupOpen) => o.storageRead - o.storageCalled,
  /** → the incident list in the DOM: view model, formatting, Preact's render. */
  render: (o: PopupOpen) => o.rendered - o.storageRead,
  /** → the frame showing it presented: style, layout, paint, raster. */
  paint: (o: PopupOpen) => o.painted - o.rendered,
} as const;
export type PopupPhase = keyof typeof POPUP_PHASES;

export interface PopupOpens {
  /** Opened again in the tab of the previous open of the same variant: the navigation unloads that page. */
  cache: PopupOpen[];
  fetchOnOpen: PopupOpen[];
  /** Opened in a new tab each time, as a real popup is a new window: nothing to unload. */
  freshCache: PopupOpen[];
  freshFetchOnOpen: PopupOpen[];
  /** The floor page (no storage read, no render: those marks are absent), in its reused tab and in fresh ones. */
  floor: PopupOpen[];
  freshFloor: PopupOpen[];
}

/**
 * `opens` rounds, each opening the popup four ways one after another (from cache and fetch-on-open, each in
 * its reused tab and in a fresh one) and the floor page two (reused and fresh tab), so the machine's drift
 * touches all alike. `launchExtensionBrowser` adds the floor page to the extension it loads.
 */
export async function popupPaint(browser: ExtensionBrowser, opens: number): Promise<PopupOpens> {
  const { ext } = browser;
  const cacheScript = PAINT_PROBE;
  const fetchScript = `${FETCH_FIRST}\n${PAINT_PROBE}`;
  const open = async (script: string, path = POPUP_PAGE) => {
    const page = playwrightPageOf(await ext.openExtensionPage(path));
    await page.addInitScript(script);
    return page;
  };
  const cachePage = await open(cacheScript);
  const fetchPage = await open(fetchScript);
  const url = cachePage.url();
  const floorPage = await open(cacheScript, FLOOR_PAGE);
  const floorUrl = floorPage.url();
  const context = cachePage.context();
  // One session per reused tab, enabled once: a session enabled just before the navigation counts from then.
  const sessions = new Map<Page, CDPSession>();
  for (const page of [cachePage, fetchPage, floorPage]) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    sessions.set(page, cdp);
  }
  const measure = async (page: Page, variant: 'cache' | 'fetch' | 'floor') => {
    const cdp = sessions.get(page);
    const before = cdp && (await readMetrics(cdp));
    await page.goto(variant === 'floor' ? floorUrl : url);
    const result = await page.evaluate(() => (window as unknown as { __open: Promise<PopupOpen> }).__open);
    const after = cdp && (await readMetrics(cdp));
    // The new frame's counters start at zero; the process's CPU time runs on (the other tabs in it are idle).
    if (before && after && after('TaskDuration') < before('TaskDuration')) {
      const ms = (...names: string[]) => names.reduce((sum, n) => sum + after(n) * 1000, 0);
      result.mainThread = {
        processMs: (after('ProcessTime') - before('ProcessTime')) * 1000,
        threadMs: ms('ThreadTime'),
        taskMs: ms('TaskDuration'),
        scriptMs: ms('ScriptDuration'),
        styleLayoutMs: ms('RecalcStyleDuration', 'LayoutDuration'),
      };
    }
    if (variant === 'fetch' && (!result.fetch || result.fetch.end > result.painted)) {
      throw new Error(`the fetch-on-open variant painted without waiting for summary.json: ${JSON.stringify(result)}`);
    }
    return result;
  };
  const fresh = async (script: string, variant: 'cache' | 'fetch' | 'floor') => {
    const page = await context.newPage();
    try {
      await page.addInitScript(script);
      return await measure(page, variant);
    } finally {
      await page.close();
    }
  };
  const result: PopupOpens = {
    cache: [],
    fetchOnOpen: [],
    freshCache: [],
    freshFetchOnOpen: [],
    floor: [],
    freshFloor: [],
  };
  try {
    for (let i = 0; i < opens; i++) {
      result.cache.push(await measure(cachePage, 'cache'));
      result.fetchOnOpen.push(await measure(fetchPage, 'fetch'));
      result.floor.push(await measure(floorPage, 'floor'));
      result.freshCache.push(await fresh(cacheScript, 'cache'));
      result.freshFetchOnOpen.push(await fresh(fetchScript, 'fetch'));
      result.freshFloor.push(await fresh(cacheScript, 'floor'));
    }
  } finally {
    await cachePage.close();
    await fetchPage.close();
    await floorPage.close();
  }
  return result;
}

// ── Worker CPU and heap per wake ───────────────────────────────────────────────────────────────────

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The time of the samples whose node `keep` accepts: each sample lasts until the next one is taken. */
function sampledMs(profile: Profile, keep: (nodeId: number) => boolean): number {
  let us = 0;
  profile.samples.forEach((node, i) => {
    if (keep(node)) us += profile.timeDeltas[i + 1] ?? 0;
  });
  return us / 1000;
}

/**
 * CPU time in a V8 profile with a frame of a script whose URL contains `urlPart` anywhere on the stack: that
 * script's own code and everything it called (browser APIs, the runtime's messaging), not the page's.
 */
export function inclusiveMsOf(profile: Profile, urlPart: string): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inScript = new Set<number>();
  // From the root (the first node) down: a node is in the script if it or any caller above it is.
  const visit = (id: number, callerInScript: boolean) => {
    const node = byId.get(id);
    if (!node) return;
    const here = callerInScript || node.callFrame.url.includes(urlPart);
    if (here) inScript.add(id);
    for (const child of node.children ?? []) visit(child, here);
  };
  if (profile.nodes[0]) visit(profile.nodes[0].id, false);
  return sampledMs(profile, (id) => inScript.has(id));
}

/** CPU time in a V8 profile: every sample that was not idle. */
export function busyMs(profile: Profile): number {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  return sampledMs(profile, (id) => !idle.has(id));
}

export interface WakeCost {
  cpuMs: number[];
  /** JS heap in use after each wake. */
  heapKB: number[];
  /** JS heap allocated during each wake and not yet collected. */
  heapDeltaKB: number[];
}

/**
 * CPU (V8 profiler, 100 µs sampling) and heap of the service worker over one alarm wake with an
 * unchanged poll, through CDP on the worker's target. The debugger keeps the worker alive, so this is
 * the event and the poll, not the worker's start-up (wakeToBadge times that).
 */
export async function workerWakeCost(browser: ExtensionBrowser, wakes: number): Promise<WakeCost> {
  const { ext } = browser;
  const remote = await puppeteer.connect({
    browserURL: `http://127.0.0.1:${browser.debuggingPort}`,
    defaultViewport: null,
  });
  const page = await ext.openExtensionPage(POPUP_PAGE);
  try {
    // Any extension page wakes the worker if it is stopped.
    await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getPlatformInfo(): Promise<unknown> } } }
      ).chrome.runtime.getPlatformInfo(),
    );
    const target = await remote.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(ext.origin), {
      timeout: 15_000,
    });
    const cdp = await target.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const result: WakeCost = { cpuMs: [], heapKB: [], heapDeltaKB: [] };
    for (let i = 0; i < wakes; i++) {
      await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
      const before = await cdp.send('Runtime.getHeapUsage');
      const since = Date.now();
      await cdp.send('Profiler.start');
      await page.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: typeof Browser }).chrome;
        await api.alarms.create('poll', { when: Date.now() + 50, periodInMinutes: 1 });
      });
      await waitForPoll(ext, since);
      await sleep(100);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const after = await cdp.send('Runtime.getHeapUsage');
      result.cpuMs.push(busyMs(profile));
      result.heapKB.push(after.usedSize / 1024);
      result.heapDeltaKB.push((after.usedSize - before.usedSize) / 1024);
    }
    await cdp.detach();
    return result;
  } finally {
    await page.close();
    await remote.disconnect();
  }
}

// ── Content script on claude.ai ────────────────────────────────────────────────────────────────────

export interface PageLoad {
  taskMs: number;
  scriptMs: number;
  heapKB: number;
  domNodes: number;
}

/** The renderer's counters since it started (TaskDuration, ScriptDuration, JSHeapUsedSize…): a span's share is a difference. */
async function readMetrics(cdp: CDPSession): Promise<(name: string) => number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (name) => metrics.find((m) => m.name === name)?.value ?? 0;
}

async function loadClaude(page: Page, cdp: CDPSession): Promise<PageLoad> {
  const read = () => readMetrics(cdp);
  const before = await read();
  await page.goto('https://claude.ai/', { waitUntil: 'load' });
  // The content script reads storage and settles (while healthy it adds nothing).
  await sleep(400);
  const after = await read();
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  return {
    taskMs: (after('TaskDuration') - before('TaskDuration')) * 1000,
    scriptMs: (after('ScriptDuration') - before('ScriptDuration')) * 1000,
    heapKB: after('JSHeapUsedSize') / 1024,
    domNodes,
  };
}

/**
 * `rounds` fresh tabs with the extension and as many without, interleaved so that the machine's drift
 * touches both alike; `measure` gets each tab with Performance metrics enabled, and whether it has the extension.
 */
async function interleaved<T>(
  browser: ExtensionBrowser,
  plain: PlaywrightBrowser,
  rounds: number,
  measure: (page: Page, cdp: CDPSession, withExtension: boolean) => Promise<T>,
): Promise<{ withExt: T[]; without: T[] }> {
  const withExt: T[] = [];
  const without: T[] = [];
  const context = playwrightPageOf(await browser.ext.openPage('about:blank')).context();
  const plainContext = await plain.newContext();
  try {
    for (let i = 0; i < rounds; i++) {
      for (const [ctx, out, extension] of [
        [context, withExt, true],
        [plainContext, without, false],
      ] as const) {
        const page = await ctx.newPage();
        const cdp = await ctx.newCDPSession(page);
        await cdp.send('Performance.enable');
        out.push(await measure(page, cdp, extension));
        await page.close();
      }
    }
  } finally {
    await plainContext.close();
  }
  return { withExt, without };
}

/** claude.ai loads in a fresh tab each, with and without the extension, interleaved. */
export const contentScriptCost = (browser: ExtensionBrowser, plain: PlaywrightBrowser, loads: number) =>
  interleaved(browser, plain, loads, loadClaude);

/** The session observer's cost: main-thread time and heap over `requests` API calls the page makes. */
export interface ObserverBurst {
  taskMs: number;
  scriptMs: number;
  heapDeltaKB: number;
  domNodesAdded: number;
  /** Requests the worker counted from this burst (0 without the extension). */
  counted: number;
  /**
   * With the extension: CPU time the V8 profiler (100 µs sampling) found in the session observer's script over
   * the burst, what it called included. Not a difference of two tabs, so the machine's noise does not swamp it.
   */
  observerScriptMs: number;
}

/** The session observer's file in the build: its frames in a page's CPU profile carry this in their URL. */
const OBSERVER_SCRIPT = '/src/session-observer/';

/** Sums the stored session window's answered API requests, from an extension page. */
const countedRequests = async (browser: ExtensionBrowser): Promise<number> =>
  totalOf(sumWindow(sessionRecord.read(await browser.ext.storage(sessionRecord.key)).window).api);

async function observerBurst(page: Page, cdp: CDPSession, requests: number, counted: () => Promise<number>) {
  const read = () => readMetrics(cdp);
  await page.goto('https://claude.ai/', { waitUntil: 'load' });
  await sleep(400);
  const countedBefore = await counted();
  const nodesBefore = await page.evaluate(() => document.getElementsByTagName('*').length);
  // Both tabs are profiled alike, so the profiler's own cost is in both sides of the difference too.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const before = await read();
  // Same-origin API calls with their bodies read, one after another, as the app makes them.
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await (await fetch(`/api/organizations/org-bench/probe-${i}`)).text();
  }, requests);
  // The observer reports at most every 2 s: the measurement includes its report.
  await sleep(2_500);
  const after = await read();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return {
    observerScriptMs: inclusiveMsOf(profile, OBSERVER_SCRIPT),
    taskMs: (after('TaskDuration') - before('TaskDuration')) * 1000,
    scriptMs: (after('ScriptDuration') - before('ScriptDuration')) * 1000,
    heapDeltaKB: (after('JSHeapUsedSize') - before('JSHeapUsedSize')) / 1024,
    domNodesAdded: (await page.evaluate(() => document.getElementsByTagName('*').length)) - nodesBefore,
    counted: (await counted()) - countedBefore,
  } satisfies ObserverBurst;
}

/** Bursts of `requests` API calls on claude.ai, with and without the extension, interleaved. */
export async function observerCost(
  browser: ExtensionBrowser,
  plain: PlaywrightBrowser,
  rounds: number,
  requests = 100,
) {
  const runs = await interleaved(browser, plain, rounds, (page, cdp, extension) =>
    observerBurst(page, cdp, requests, extension ? () => countedRequests(browser) : async () => 0),
  );
  return { requests, ...runs };
}
