import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BROWSERS = ['chrome', 'firefox'] as const;
export type BrowserTarget = (typeof BROWSERS)[number];

/** What the build reads; a dist older than any of these is rebuilt. */
const BUILD_INPUTS = ['src', 'public', 'manifest.json', 'vite.config.ts', 'scripts/build.mjs', 'scripts/locales.ts'];
const POLYFILL = 'node_modules/webextension-polyfill/dist/browser-polyfill.min.js';

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => filesUnder(join(path, entry.name)));
}

const newestMtime = (paths: string[]) => Math.max(0, ...paths.flatMap(filesUnder).map((f) => statSync(f).mtimeMs));

/** Runs `npm run build` when a dist/<browser> is missing or older than its sources; says why. */
export function ensureBuild(root: string): string | null {
  const sources = newestMtime(BUILD_INPUTS.map((p) => join(root, p)));
  const stale = BROWSERS.filter((b) => {
    const manifest = join(root, 'dist', b, 'manifest.json');
    return !existsSync(manifest) || statSync(manifest).mtimeMs < sources;
  });
  if (stale.length === 0) return null;
  // Quiet unless it fails: Vite's warnings would break up the report.
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status}):\n${result.stderr}`);
  return `dist/${stale.join(', dist/')} missing or older than the sources: ran npm run build`;
}

export interface Size {
  files: number;
  raw: number;
  /** Each file gzipped on its own (level 6) and summed: close to what a zip or an HTTP transfer costs. */
  gzip: number;
}

function sizeOf(paths: readonly string[]): Size {
  return paths.reduce(
    (total, path) => {
      const bytes = readFileSync(path);
      return { files: total.files + 1, raw: total.raw + bytes.length, gzip: total.gzip + gzipSync(bytes).length };
    },
    { files: 0, raw: 0, gzip: 0 },
  );
}

/** Static and dynamic relative imports in Vite/Rolldown output ("./chunk.js", `import("./x.js")`). */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;

/** Every JS file an entry loads, following relative imports. */
function jsGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) visit(resolve(dirname(file), match[1]!));
  };
  entries.forEach(visit);
  return [...seen];
}

/** Scripts and stylesheets an extension page loads (paths in the built HTML are from the extension root). */
function pageAssets(dist: string, htmlPath: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const at = (ref: string) => (ref.startsWith('/') ? join(dist, ref) : resolve(dirname(join(dist, htmlPath)), ref));
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => at(m[1]!));
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => at(m[1]!));
  return { js: jsGraph(scripts), css };
}

interface BuiltManifest {
  action: { default_popup: string };
  options_ui: { page: string };
  background: { service_worker?: string; scripts?: string[] };
  content_scripts: { js: string[] }[];
}

/** The session signal's observer: its own content script (document_start), measured on its own. */
const isSessionObserver = (file: string) => file.includes('session-observer/');

export interface BrowserSizes {
  browser: BrowserTarget;
  /** The banner's content script (document_idle). */
  contentScript: Size;
  /** The session signal's observer (document_start). */
  sessionObserver: Size;
  popupJs: Size;
  popupCss: Size;
  optionsJs: Size;
  workerJs: Size;
  total: Size;
  /** The same content script with webextension-polyfill prepended, as a bundle that imports it would ship. */
  naiveContentScript: Size;
}

export function measureSizes(root: string, browser: BrowserTarget): BrowserSizes {
  const dist = join(root, 'dist', browser);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as BuiltManifest;
  const scriptFiles = manifest.content_scripts.flatMap((c) => c.js).map((f) => join(dist, f));
  const contentFiles = scriptFiles.filter((f) => !isSessionObserver(f));
  const workerEntries = [manifest.background.service_worker ?? [], manifest.background.scripts ?? []]
    .flat()
    .map((f) => join(dist, f));
  const popup = pageAssets(dist, manifest.action.default_popup);
  const options = pageAssets(dist, manifest.options_ui.page);

  const content = Buffer.concat(contentFiles.map((f) => readFileSync(f)));
  const polyfill = readFileSync(join(root, POLYFILL));
  const withPolyfill = Buffer.concat([polyfill, Buffer.from('\n'), content]);
  return {
    browser,
    contentScript: sizeOf(contentFiles),
    sessionObserver: sizeOf(scriptFiles.filter(isSessionObserver)),
    popupJs: sizeOf(popup.js),
    popupCss: sizeOf(popup.css),
    optionsJs: sizeOf(options.js),
    workerJs: sizeOf(jsGraph(workerEntries)),
    total: sizeOf(filesUnder(dist)),
    naiveContentScript: { files: 1, raw: withPolyfill.length, gzip: gzipSync(withPolyfill).length },
  };
}

export const polyfillSize = (root: string): Size => sizeOf([join(root, POLYFILL)]);
