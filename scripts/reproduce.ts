// `npm test` tier: the store zips rebuild byte for byte from the source archive alone. Writes the archives
// of the current build (as `npm run zip` does), unpacks the source archive in a clean temporary folder,
// builds there and compares. node_modules is linked from this checkout instead of `npm ci`, which would
// need the network; everything else comes from the archive.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { readZip } from './release/zip-file';

const root = fileURLToPath(new URL('..', import.meta.url));
const zipName = (kind: string) => `dist/${pkg.name}-${pkg.version}-${kind}.zip`;

function run(command: string, cwd: string): void {
  const { status } = spawnSync(command, { cwd, shell: true, stdio: 'inherit' });
  if (status !== 0) throw new Error(`${command} failed in ${cwd} (exit ${status})`);
}

run('node --import tsx scripts/zip.ts', root);
const clean = mkdtempSync(join(tmpdir(), 'reproduce-'));
let failed = false;
try {
  for (const entry of readZip(readFileSync(join(root, zipName('source'))))) {
    mkdirSync(dirname(join(clean, entry.name)), { recursive: true });
    writeFileSync(join(clean, entry.name), entry.data);
  }
  symlinkSync(join(root, 'node_modules'), join(clean, 'node_modules'), 'dir');
  run('node scripts/build.mjs > /dev/null && node --import tsx scripts/zip.ts > /dev/null', clean);
  for (const target of ['firefox', 'chrome']) {
    const original = readFileSync(join(root, zipName(target)));
    const rebuilt = readFileSync(join(clean, zipName(target)));
    const same = original.equals(rebuilt);
    failed ||= !same;
    console.log(
      `${target}: ${original.length} B, rebuilt from the source archive: ${same ? 'identical' : 'DIFFERENT'}`,
    );
  }
  console.log(`source archive: ${readFileSync(join(root, zipName('source'))).length} B`);
} finally {
  rmSync(clean, { recursive: true, force: true });
}
if (failed) {
  console.error('The store zips are not reproducible from the source archive.');
  process.exit(1);
}
