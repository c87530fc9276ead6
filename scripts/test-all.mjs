// `npm test`: every tier, in order, stopping at the first failure. Prints each tier's time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tiers = [
  ['typecheck', 'npm run -s typecheck'],
  ['lint + format', 'npm run -s lint'],
  ['unit', 'npm run -s test:unit'],
  ['build', 'npm run -s build'],
  ['reproducible store zips', 'node --import tsx scripts/reproduce.ts'],
  ['size budgets', 'npm run -s test:size'],
  ['web-ext lint', 'npm run -s lint:ext'],
  ['e2e (Chromium + Firefox ESR)', 'npm run -s test:e2e'],
];

// The end-to-end tier drives Debian's browsers.
const browsers = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  'firefox-esr': process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};
// Without them, the tiers that need no browser still run (so a missing browser never hides a type error or a
// failing unit test), then the run fails naming what to install.
const missing = Object.entries(browsers).filter(([, path]) => !existsSync(path));
const needsBrowsers = new Set(['e2e (Chromium + Firefox ESR)']);

const timings = [];
for (const [name, command] of tiers) {
  if (missing.length && needsBrowsers.has(name)) {
    console.error(
      `\n${name} cannot run: missing ${missing.map(([browser, path]) => `${browser} (${path})`).join(' and ')}.`,
    );
    console.error(
      `Install them with: sudo apt-get install ${missing.map(([browser]) => browser).join(' ')}   (or run: bash .ci/run)`,
    );
    console.log(`\nTiers that ran:\n${timings.join('\n')}`);
    process.exit(1);
  }
  console.log(`\n=== ${name}: ${command}`);
  const started = Date.now();
  const { status } = spawnSync(command, { shell: true, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${name}: ${seconds} s`);
  if (status !== 0) {
    console.error(`\n${name} failed (exit ${status}) after ${seconds} s`);
    process.exit(status ?? 1);
  }
}
console.log(`\nAll tiers passed.\n${timings.join('\n')}`);
