import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE, forBrowser, languages, mergeLocale, withoutDefaults } from './scripts/locales.ts';

export type Target = 'chrome' | 'firefox';

/** One manifest source, adjusted per browser. The version comes only from package.json. */
export function manifestFor(target: Target): ManifestV3Export {
  const manifest: Partial<typeof baseManifest> & { version: string } = {
    ...structuredClone(baseManifest),
    version: pkg.version,
  };
  // Chrome warns about this Firefox-only key.
  if (target === 'chrome') delete manifest.browser_specific_settings;
  return manifest as ManifestV3Export;
}

/** Emits _locales/<lang>/messages.json from the per-context fragments in src/locales. */
function locales(): Plugin {
  return {
    name: 'locales',
    buildStart() {
      for (const lang of languages()) this.addWatchFile(`src/locales/${lang}`);
    },
    generateBundle() {
      const defaults = forBrowser(mergeLocale(DEFAULT_LOCALE));
      for (const lang of languages()) {
        const messages = forBrowser(mergeLocale(lang));
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang}/messages.json`,
          source: JSON.stringify(lang === DEFAULT_LOCALE ? messages : withoutDefaults(messages, defaults)),
        });
      }
    },
  };
}

/** The privacy policy ships inside the extension, so the options page links to it without any network. */
function privacyPolicy(): Plugin {
  return {
    name: 'privacy-policy',
    buildStart() {
      this.addWatchFile('docs/privacy.md');
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'privacy.txt', source: readFileSync('docs/privacy.md', 'utf8') });
    },
  };
}

/**
 * crx writes manifest.json indented; browsers and stores read it the same without the whitespace, about 60 B
 * less in each store zip. Runs after crx has written it (`order: 'post'`).
 */
function compactManifest(): Plugin {
  return {
    name: 'compact-manifest',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const manifest = bundle['manifest.json'];
        if (manifest?.type === 'asset') manifest.source = JSON.stringify(JSON.parse(String(manifest.source)));
      },
    },
  };
}

/** The entries a module is loaded by, through its static importers. */
function entriesOf(id: string, info: (id: string) => Rolldown.ModuleInfo | null): Set<string> {
  const entries = new Set<string>();
  const seen = new Set<string>();
  const visit = (module: string) => {
    if (seen.has(module)) return;
    seen.add(module);
    const found = info(module);
    if (found?.isEntry) entries.add(module);
    found?.importers.forEach(visit);
  };
  visit(id);
  return entries;
}

// `vite build --mode chrome|firefox` writes dist/<target>; `vite --mode chrome` is the live-reloading dev build.
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      locales(),
      privacyPolicy(),
      preact(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // Self-contained content scripts: no loader chunk, so nothing has to be web-accessible to claude.ai.
        contentScripts: { standaloneFiles: ['src/content/index.ts', 'src/session-observer/index.ts'] },
      }),
      compactManifest(),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox142' : 'chrome120',
      sourcemap: false,
      // <link rel="modulepreload"> for every chunk a page imports: the browser fetches them alongside the entry
      // instead of after parsing it, a round of loads less before the popup's first paint. Every browser we
      // target supports it, so no polyfill.
      modulePreload: { polyfill: false },
      // Names without content hashes: an extension's files come from its own package, which an update replaces
      // whole, so no cache ever needs a new name to notice a change. Each name is written twice in the store zip
      // (local and central headers) and again wherever it is imported or preloaded. The pages and the worker
      // (entries that crx emits as chunks) are named by their folder: assets/popup.js, options.js, background.js.
      rolldownOptions: {
        output: {
          chunkFileNames: (chunk) =>
            chunk.isEntry && chunk.facadeModuleId?.includes('/src/')
              ? `assets/${basename(dirname(chunk.facadeModuleId))}.js`
              : 'assets/[name].js',
          assetFileNames: 'assets/[name][extname]',
          // Everything the popup and the worker both load in one chunk: left to itself the bundler splits it by
          // which pages share each module (what all three load, and apart what only the popup and the worker
          // do), and each chunk costs the popup a request, its own gzip dictionary and the import lines between
          // them. The options page then loads the few modules of the second part it does not run.
          codeSplitting: {
            groups: [
              {
                name: (id, ctx) => {
                  const entries = [...entriesOf(id, (m) => ctx.getModuleInfo(m))];
                  const loads = (entry: string) => entries.some((e) => e.endsWith(entry));
                  return loads('/src/popup/index.html') && loads('/src/background/index.ts') ? 'common' : null;
                },
              },
            ],
          },
        },
      },
    },
    // Firefox's native `browser` is what webextension-polyfill returns there, so that build ships
    // src/shared/firefox-browser.ts in its place (the worker is its only importer); Chrome keeps the polyfill.
    resolve:
      target === 'firefox'
        ? {
            alias: {
              'webextension-polyfill': fileURLToPath(new URL('src/shared/firefox-browser.ts', import.meta.url)),
            },
          }
        : {},
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
