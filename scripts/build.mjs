// Builds the unpacked extension for every browser: dist/chrome and dist/firefox.
import { build } from 'vite';

for (const target of ['chrome', 'firefox']) {
  await build({ mode: target, logLevel: 'warn' });
  console.log(`built dist/${target}`);
}
console.log(
  'Load dist/chrome (chrome://extensions, Developer mode, "Load unpacked") or dist/firefox/manifest.json (about:debugging, "Load Temporary Add-on").',
);
