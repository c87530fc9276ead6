// Which files go into each release archive, read from disk in a fixed order.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ZipEntry } from './zip-file';

/** Every file under dir, recursively, named relative to base with forward slashes. */
export function filesUnder(dir: string, base = dir, keep: (name: string) => boolean = () => true): ZipEntry[] {
  const entries: ZipEntry[] = [];
  for (const item of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, item.name);
    if (item.isDirectory()) entries.push(...filesUnder(path, base, keep));
    else if (item.isFile()) {
      const name = relative(base, path).split(sep).join('/');
      if (keep(name)) entries.push({ name, data: readFileSync(path) });
    }
  }
  return entries;
}

/**
 * What the build needs, and nothing it does not: the add-on reviewers rebuild from this. Tests, fixtures,
 * the test server and the docs' pictures stay out; the lockfile is in, so `npm ci` installs the same tree.
 */
export const SOURCE_FILES = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'docs/privacy.md',
  'manifest.json',
  'package-lock.json',
  'package.json',
  'scripts/build.mjs',
  'scripts/locales.ts',
  'scripts/release/build-md.ts',
  'scripts/release/files.ts',
  'scripts/release/zip-file.ts',
  'scripts/zip.ts',
  'tsconfig.json',
  'vite.config.ts',
];
export const SOURCE_DIRS = ['public', 'src'];
const isTest = (name: string) => /\.test\.tsx?$/.test(name);

export function sourceEntries(root: string): ZipEntry[] {
  return [
    ...SOURCE_FILES.map((name) => ({ name, data: readFileSync(join(root, name)) })),
    ...SOURCE_DIRS.flatMap((dir) => filesUnder(join(root, dir), root, (name) => !isTest(name))),
  ];
}
