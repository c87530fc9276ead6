// Store archives of the unpacked builds and the source archive addons.mozilla.org asks for:
// dist/<name>-<version>-chrome.zip, -firefox.zip and -source.zip. Deterministic, so anyone can rebuild
// the same bytes from the source archive (see scripts/release/build-md.ts for the commands).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { buildMd } from './release/build-md';
import { filesUnder, sourceEntries } from './release/files';
import { storeZip, writeZip } from './release/zip-file';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const archive = (kind: string) => join(dist, `${pkg.name}-${pkg.version}-${kind}.zip`);

for (const target of ['chrome', 'firefox']) {
  writeFileSync(archive(target), await storeZip(filesUnder(join(dist, target))));
  console.log(archive(target));
}
const nodeVersion = process.versions.node;
writeFileSync(
  archive('source'),
  writeZip([
    ...sourceEntries(root),
    { name: 'BUILD.md', data: Buffer.from(buildMd(pkg.name, pkg.version, nodeVersion)) },
  ]),
);
console.log(archive('source'));
