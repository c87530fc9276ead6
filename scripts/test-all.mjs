// `npm test`: every tier, in order, stopping at the first failure. Prints each tier's time.
import { spawnSync } from 'node:child_process';

const tiers = [
  ['typecheck', 'npm run -s typecheck'],
  ['lint + format', 'npm run -s lint'],
  ['unit', 'npm run -s test:unit'],
  ['build', 'npm run -s build'],
  ['web-ext lint', 'npm run -s lint:ext'],
  ['e2e (Chromium + Firefox ESR)', 'npm run -s test:e2e'],
];

const timings = [];
for (const [name, command] of tiers) {
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
