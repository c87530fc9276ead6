// `npm run bench`: what the extension costs in network, CPU and size, each as a ratio against a naive
// baseline measured in the same run on the same machine. No absolute thresholds: this machine is shared
// and slow, so only ratios mean anything. Results also go to bench-results.json.
// The real-browser part (Chromium: detection, bytes at the socket over HTTP/2, popup, worker, content
// script) writes the record bench-results/latest.json and the report bench-results/latest.md.
// `npm run bench -- --popup` measures only the popup's paint and writes nothing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startStatusServer } from '../test/server';
import { HEALTHY_SUMMARY_RAW } from '../test/scenarios/fixtures';
import { benchDiff, benchPipeline, summaryTexts } from './bench/cpu';
import { benchExtractor } from './bench/extractor';
import { bytes, duration, int, percent, ratio, table } from './bench/format';
import { naiveDay, ourWorkerDay, planDay, type DayRun } from './bench/network-day';
import { BROWSERS, ensureBuild, measureSizes, polyfillSize } from './bench/size';
import { DEFAULT_TIMING } from './bench/timing';
import { storeZipBytes } from './bench/budgets';
import { CHROMIUM_PATH } from '../test/e2e/drivers/chromium';
import { defaultSettings } from '../src/shared/settings';
import { incidentAt60s, simulateDetection } from './bench/latency';
import { popupOnly, startWireCounts, timedMeasurements } from './bench/real-browser';
import { latestRecord, markdownReport, popupPhaseTable } from './bench/report';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INCIDENT = 'p0mgnjv3bj97';
const started = performance.now();
const ratios: { name: string; line: string; value: number }[] = [];
const addRatio = (name: string, ours: number, naive: number, suffix = '') =>
  ratios.push({ name, line: `${name}: ours ${ratio(ours, naive)} naive${suffix}`, value: ours / naive });

console.log('Claude Status Indicator benchmark: every figure is "ours vs naive", measured in this run.');
console.log(
  `node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);

// ── 0. Real browsers ──────────────────────────────────────────────────────────────────────────────
const rebuilt = ensureBuild(ROOT);
const chromeDist = join(ROOT, 'dist', 'chrome');
if (process.argv.includes('--popup')) {
  const popup = await popupOnly(chromeDist, INCIDENT);
  const ms = (values: readonly { painted: number }[]) => values.map((x) => x.painted.toFixed(0)).join(', ');
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  console.log(
    `Popup open → incidents painted, median of ${popup.samples.cache.length}: from cache ${popup.cacheMs.toFixed(1)} ms, ` +
      `fetch on open ${popup.fetchOnOpenMs.toFixed(1)} ms (its fetch ${popup.fetchMs.toFixed(1)} ms); ` +
      `load average ${load(popup.load.before)} before, ${load(popup.load.after)} after.\n` +
      `  cache: ${ms(popup.samples.cache)}\n  fetch on open: ${ms(popup.samples.fetchOnOpen)}\n` +
      `  cache, fresh tab: ${ms(popup.samples.freshCache)}\n  fetch on open, fresh tab: ${ms(popup.samples.freshFetchOnOpen)}\n` +
      `  floor page: ${ms(popup.samples.floor)}\n  floor page, fresh tab: ${ms(popup.samples.freshFloor)}\n` +
      `  floor medians: same tab ${popup.floor.sameTab.paintedMs.toFixed(1)} ms, fresh tab ${popup.floor.freshTab.paintedMs.toFixed(1)} ms; ` +
      `document made → painted ${popup.floor.sameTab.fromDocumentMs.toFixed(1)} / ${popup.floor.freshTab.fromDocumentMs.toFixed(1)} ms; ` +
      `main thread CPU ${popup.floor.sameTab.mainThread?.threadMs.toFixed(1)} ms\n\n` +
      `${popupPhaseTable(popup).join('\n')}\n\nNothing written.`,
  );
  process.exit(0);
}
const loadAtStart = loadavg();
console.log('0. Real Chromium: wire counts start now (about 4 minutes at the real 60 s spacing, in the background);');
console.log('   wake-to-badge, popup, worker and content-script timings run first, one at a time.\n');
const finishWire = await startWireCounts(chromeDist, INCIDENT);
const timed = await timedMeasurements(chromeDist, INCIDENT);
console.log(
  `   done: popup ${timed.popup.cacheMs.toFixed(0)} ms from cache, worker wake ${timed.worker.cpuMs.toFixed(1)} ms CPU; ` +
    'the report follows at the end.\n',
);

// ── 1. Network over a simulated day ───────────────────────────────────────────────────────────────
const server = await startStatusServer({ port: 0, scenario: INCIDENT });
const plan = planDay(server.scenario.steps);
const gzip = { gzip: true, stripValidators: false };
const runs: Record<string, DayRun> = {};
try {
  runs.ours = await ourWorkerDay('ours: worker, server sends validators', server, plan, gzip);
  runs.oursNoValidators = await ourWorkerDay('ours: worker, server sends no validators', server, plan, {
    gzip: true,
    stripValidators: true,
  });
  runs.naive = await naiveDay('naive: summary.json every 60 s', server, plan, gzip);
  runs.naiveIncidents = await naiveDay('naive: summary.json + incidents.json every 60 s', server, plan, gzip, [
    'summary.json',
    'incidents.json',
  ]);
  const identity = { gzip: false, stripValidators: false };
  runs.oursIdentity = await ourWorkerDay('ours, no Accept-Encoding (like serverFetch)', server, plan, identity);
  runs.naiveIdentity = await naiveDay('naive, no Accept-Encoding', server, plan, identity);
} finally {
  await server.close();
}

const steps = server.scenario.steps;
const iso = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(':00.000Z', 'Z')
    .replace(/\.\d+Z$/, 'Z');
console.log(
  `1. Network, one simulated day ${iso(plan.start)} → ${iso(plan.end)}: healthy, with the real incident ${INCIDENT}\n` +
    `   replayed at its real pace (${steps.length - 1} updates, ${iso(plan.stepFrom[1]!)} → ${iso(plan.stepFrom.at(-1)!)}).\n` +
    '   Ours is the real worker on a fake browser and clock, woken by the alarm it schedules itself (default\n' +
    '   settings: 60 s); gzip is on (browsers always send Accept-Encoding) unless the row says otherwise.\n',
);
const networkRows = Object.values(runs).map((r) => [
  r.label,
  int(r.polls),
  int(r.requests),
  int(r.notModified),
  int(r.fullSummaries),
  bytes(r.bodyBytes),
  bytes(r.bodyBytes + r.headerBytes),
]);
console.log(
  table(['per day', 'polls', 'requests', '304', 'full summaries', 'body bytes', 'with HTTP/1.1 headers'], networkRows),
);
const pathsOf = (r: DayRun) =>
  Object.entries(r.byPath)
    .map(([path, n]) => `${path.replace('/api/v2/', '')} ×${n}`)
    .join(', ');
console.log(`\n   ours asked for: ${pathsOf(runs.ours)}`);
console.log(`   ours without validators asked for: ${pathsOf(runs.oursNoValidators)}`);
console.log(
  '   Requests per day follow the interval setting (default 60 s, like the naive poller); the savings are in bytes.\n' +
    '   "No validators" hides ETag/Last-Modified from the worker in the bench\'s fetch (the local server always sends\n' +
    '   them). Headers are HTTP/1.1 as Node frames them; over HTTP/2 (HPACK) repeated headers cost far less. The naive\n' +
    "   poller bypasses the HTTP cache; with fetch()'s default cache mode a browser would revalidate with the ETag itself.\n",
);

addRatio('network bytes/day (bodies, gzip)', runs.ours.bodyBytes, runs.naive.bodyBytes);
addRatio(
  'network bytes/day (bodies + HTTP/1.1 headers, gzip)',
  runs.ours.bodyBytes + runs.ours.headerBytes,
  runs.naive.bodyBytes + runs.naive.headerBytes,
);
addRatio('network requests/day', runs.ours.requests, runs.naive.requests);
addRatio(
  'network bytes/day, server without validators (status.json probe)',
  runs.oursNoValidators.bodyBytes,
  runs.naive.bodyBytes,
);
addRatio('network bytes/day, no gzip on either side', runs.oursIdentity.bodyBytes, runs.naiveIdentity.bodyBytes);
addRatio(
  'network bytes/day vs naive that also polls incidents.json',
  runs.ours.bodyBytes,
  runs.naiveIncidents.bodyBytes,
);

// ── 2. CPU per poll ───────────────────────────────────────────────────────────────────────────────
const texts = summaryTexts(HEALTHY_SUMMARY_RAW, steps);
const pipeline = benchPipeline(texts);
const diff = benchDiff(texts);
console.log(`2. CPU per poll, median of ${DEFAULT_TIMING.batches} interleaved batches (p10–p90 in brackets)\n`);
const spread = (t: { nsPerOp: number; p10: number; p90: number }) =>
  `${duration(t.nsPerOp)} [${duration(t.p10)}–${duration(t.p90)}]`;
console.log(
  table(
    ['input', 'size', 'parseJsonText + parseSummary', 'JSON.parse', 'ours / naive'],
    pipeline.map((c) => [
      c.name,
      bytes(c.bytes),
      spread(c.ours),
      spread(c.naive),
      ratio(c.ours.nsPerOp, c.naive.nsPerOp),
    ]),
  ),
);
console.log();
console.log(
  table(
    ['snapshots', 'events', 'diffSnapshots', 'JSON.stringify compare', 'ours / naive'],
    diff.map((c) => [c.name, int(c.events), spread(c.ours), spread(c.naive), ratio(c.ours.nsPerOp, c.naive.nsPerOp)]),
  ),
);
const [healthyCase, incidentCase] = pipeline as [(typeof pipeline)[0], (typeof pipeline)[0]];
const unchangedDiff = diff[0]!;
// Ours parses only the bodies that changed (a 304 or an unchanged status.json has none); the naive poller parses
// every answer. Pessimistic for ours: every full body costs the incident case, and a diff runs on every poll.
const oursDayNs =
  runs.ours.fullSummaries * Math.max(healthyCase.ours.nsPerOp, incidentCase.ours.nsPerOp) +
  runs.ours.polls * unchangedDiff.ours.nsPerOp;
const naiveDayNs = runs.naive.polls * healthyCase.naive.nsPerOp;
console.log(
  '\n   The open-incident summary costs more mostly because the affected-models extractor reads every update body.' +
    `\n   Per day (estimate): ours ${runs.ours.fullSummaries} full parses + ${runs.ours.polls} diffs ≈ ${duration(oursDayNs)};` +
    ` naive ${runs.naive.polls} × JSON.parse ≈ ${duration(naiveDayNs)}\n`,
);
addRatio('parse CPU per healthy summary.json', healthyCase.ours.nsPerOp, healthyCase.naive.nsPerOp, ' (JSON.parse)');
addRatio(
  'parse CPU per summary.json with the incident open',
  incidentCase.ours.nsPerOp,
  incidentCase.naive.nsPerOp,
  ' (JSON.parse)',
);
addRatio('parse + diff CPU per simulated day (estimate)', oursDayNs, naiveDayNs, ' (JSON.parse of every poll)');
addRatio(
  'diffSnapshots on an unchanged poll',
  unchangedDiff.ours.nsPerOp,
  unchangedDiff.naive.nsPerOp,
  ' (JSON.stringify compare)',
);

// ── 2b. Affected-models extractor ─────────────────────────────────────────────────────────────────
const extractor = benchExtractor();
const perIncident = (ns: number) => ns / extractor.incidents;
const mbPerSecond = (ns: number) => (extractor.textBytes / 1024 / 1024 / (ns / 1e9)).toFixed(1);
console.log(
  `   Affected models: all ${extractor.incidents} real titles with their latest update (${bytes(extractor.textBytes)}),` +
    ' and exact model-set match\n   on the hand-labelled titles (test/fixtures/models-labelled.tsv)\n',
);
console.log(
  table(
    ['extractor', 'per incident', 'throughput', 'exact match, all titles', 'titles naming a model'],
    [
      [
        'extractAffectedModels',
        duration(perIncident(extractor.ours.nsPerOp)),
        `${mbPerSecond(extractor.ours.nsPerOp)} MB/s`,
        `${percent(extractor.oursExact, extractor.labelled)} (${extractor.oursExact}/${extractor.labelled})`,
        `${percent(extractor.oursExactWithModels, extractor.withModels)} (${extractor.oursExactWithModels}/${extractor.withModels})`,
      ],
      [
        'naive /(opus|sonnet|haiku)\\s*\\d+(\\.\\d+)?/gi',
        duration(perIncident(extractor.naive.nsPerOp)),
        `${mbPerSecond(extractor.naive.nsPerOp)} MB/s`,
        `${percent(extractor.naiveExact, extractor.labelled)} (${extractor.naiveExact}/${extractor.labelled})`,
        `${percent(extractor.naiveExactWithModels, extractor.withModels)} (${extractor.naiveExactWithModels}/${extractor.withModels})`,
      ],
    ],
  ),
);
console.log(
  '\n   The labels are in-sample (the extractor was written against them; a unit test requires 100%).' +
    '\n   A few titles the naive regex gets wrong:',
);
for (const miss of extractor.naiveMisses.filter((m) => m.expected.length > 0).slice(0, 4)) {
  console.log(`     "${miss.title}": expected [${miss.expected.join(', ')}], naive [${miss.naive.join(', ')}]`);
}
console.log();
addRatio('extractor time per incident', extractor.ours.nsPerOp, extractor.naive.nsPerOp, ' (one regex)');
ratios.push({
  name: 'extractor exact model-set accuracy',
  line: `extractor exact model-set accuracy: ours ${percent(extractor.oursExact, extractor.labelled)} vs naive ${percent(extractor.naiveExact, extractor.labelled)} (${extractor.labelled} labelled titles)`,
  value: extractor.oursExact / extractor.naiveExact,
});

// ── 3. Size ───────────────────────────────────────────────────────────────────────────────────────
const sizes = BROWSERS.map((b) => measureSizes(ROOT, b));
const polyfill = polyfillSize(ROOT);
console.log(`3. Size of the production build (${rebuilt ?? 'dist/ up to date with the sources'})\n`);
const sizeCell = (s: { raw: number; gzip: number }) => `${bytes(s.raw)} / ${bytes(s.gzip)}`;
console.log(
  table(
    ['raw / gzip', ...BROWSERS],
    [
      ['content script on every claude.ai page', ...sizes.map((s) => sizeCell(s.contentScript))],
      ['  naive: same + webextension-polyfill', ...sizes.map((s) => sizeCell(s.naiveContentScript))],
      ['popup JS (all chunks it loads)', ...sizes.map((s) => sizeCell(s.popupJs))],
      ['popup CSS', ...sizes.map((s) => sizeCell(s.popupCss))],
      ['options JS', ...sizes.map((s) => sizeCell(s.optionsJs))],
      ['worker JS (all chunks it loads)', ...sizes.map((s) => sizeCell(s.workerJs))],
      ['whole extension (files, each gzipped)', ...sizes.map((s) => `${sizeCell(s.total)} (${s.total.files} files)`)],
    ],
  ),
);
console.log(
  `\n   Naive content script = ours with node_modules/webextension-polyfill/dist/browser-polyfill.min.js` +
    ` (${bytes(polyfill.raw)}, ${bytes(polyfill.gzip)} gzip) prepended,\n   gzipped together. Popup, options and worker` +
    ' do use the polyfill (in the shared storage chunk).\n',
);
const chrome = sizes[0]!;
addRatio('content script size, gzip', chrome.contentScript.gzip, chrome.naiveContentScript.gzip, ' (with polyfill)');
addRatio('content script size, raw', chrome.contentScript.raw, chrome.naiveContentScript.raw, ' (with polyfill)');

// ── Ratios ────────────────────────────────────────────────────────────────────────────────────────
console.log('Ratios (ours / naive; below 1 means ours costs less):');
for (const r of ratios) console.log(`  ${r.line}`);

const results = {
  generatedAt: new Date().toISOString(),
  environment: { node: process.version, platform: process.platform, cpus: availableParallelism(), loadavg: loadavg() },
  network: {
    day: { start: new Date(plan.start).toISOString(), end: new Date(plan.end).toISOString(), incident: INCIDENT },
    runs,
  },
  cpu: { pipeline, diff, perDayEstimateNs: { ours: oursDayNs, naive: naiveDayNs } },
  extractor: { ...extractor, naiveMisses: extractor.naiveMisses.length },
  size: { rebuilt, polyfill, browsers: sizes },
  ratios: Object.fromEntries(ratios.map((r) => [r.name, r.value])),
  wallSeconds: (performance.now() - started) / 1000,
};
writeFileSync(new URL('../bench-results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);

// ── 4. Real-browser record ────────────────────────────────────────────────────────────────────────
console.log('\n4. Waiting for the wire counts to finish…');
const wire = await finishWire();
const detection = { intervalMs: defaultSettings.pollIntervalSec * 1000, runs: 200, wakeToBadgeMs: timed.wakeToBadgeMs };
const inputs = {
  latency: simulateDetection(steps, plan, detection),
  before: simulateDetection(steps, plan, { ...detection, policy: incidentAt60s }),
  wire,
  timed,
  contentScriptGz: chrome.contentScript.gzip,
  popupGz: chrome.popupJs.gzip,
  zipBytes: { chrome: await storeZipBytes(ROOT, 'chrome'), firefox: await storeZipBytes(ROOT, 'firefox') },
};
const chromiumVersion = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
const outDir = join(ROOT, 'bench-results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(latestRecord(inputs), null, 2)}\n`);
const report = markdownReport(inputs, {
  when: new Date().toISOString(),
  cpus: availableParallelism(),
  loadavg: loadAtStart,
  wallSeconds: (performance.now() - started) / 1000,
  chromium: chromiumVersion,
});
writeFileSync(join(outDir, 'latest.md'), report);
console.log(`\n${report}`);
console.log(
  `Wrote bench-results.json, bench-results/latest.json and bench-results/latest.md in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
