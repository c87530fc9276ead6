// Builds the extension when dist/chrome is missing, older than its sources, or a dev build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the production build is made from (tests excluded: they do not change it). */
const SOURCES = [
  'src',
  'public',
  'manifest.json',
  'vite.config.ts',
  'package.json',
  'scripts/build.mjs',
  'scripts/locales.ts',
];
const BUILT = 'dist/chrome/manifest.json';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), 0);
}

/** Why dist/chrome must be built again, or null when it is current. */
export function staleReason(root: string): string | null {
  const built = join(root, BUILT);
  if (!existsSync(built)) return 'dist/chrome is missing';
  // `npm run dev` writes dist/chrome too, with a loader that needs the Vite server running.
  const loader = join(root, 'dist/chrome/service-worker-loader.js');
  if (existsSync(loader) && /localhost|@vite/.test(readFileSync(loader, 'utf8'))) return 'dist/chrome is a dev build';
  const builtAt = statSync(built).mtimeMs;
  const changed = SOURCES.find((source) => newestMtime(join(root, source)) > builtAt);
  return changed ? `${changed} changed since the last build` : null;
}

/** Runs `npm run build` when needed; returns whether it did. */
export function ensureBuilt(root: string, say: (line: string) => void): boolean {
  const reason = staleReason(root);
  if (!reason) return false;
  say(`Building the extension (${reason}): npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
  return true;
}
