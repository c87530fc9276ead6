// BUILD.md for the source archive: the exact commands that turn it into the store zips.
export function buildMd(name: string, version: string, nodeVersion: string): string {
  return `# Building ${name} ${version} from this source archive

The extension is bundled with Vite (TypeScript and Preact compiled to plain JavaScript), so this archive
holds the sources the submitted zips were built from. The build is reproducible: these commands give zips
identical byte for byte to the submitted ones.

Requirements: Linux, macOS or Windows with Node.js 20.19 or later (the submitted build used Node.js
${nodeVersion}) and the npm that comes with it. No other tool and no network access besides \`npm ci\`.

\`\`\`sh
npm ci
npm run zip
\`\`\`

Results:

- \`dist/${name}-${version}-firefox.zip\`: the package submitted to addons.mozilla.org (unpacked: \`dist/firefox/\`)
- \`dist/${name}-${version}-chrome.zip\`: the package submitted to the Chrome Web Store (unpacked: \`dist/chrome/\`)
- \`dist/${name}-${version}-source.zip\`: this archive again

\`npm run zip\` runs \`node scripts/build.mjs\` (one \`vite build\` per browser) and then
\`node --import tsx scripts/zip.ts\`, which writes the zips with fixed timestamps, order and permissions.
`;
}
