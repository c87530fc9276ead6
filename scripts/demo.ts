// `npm run demo [-- --scenario <name> --headless --delay <ms> --out <dir> --real-times]`: replays a
// real incident in Chromium with the built extension against the local status server and saves
// screenshots of the popup and the claude.ai banner at every step.
// `npm run demo -- --readme`: writes the README screenshots into docs/screenshots/.
// `npm run demo -- --store`: writes the store screenshots and promo tile into docs/store/screenshots/.
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScenario, type Scenario } from '../test/server';
import { HELP, parseDemoArgs, type DemoOptions } from './demo/args';
import { ensureBuilt } from './demo/build';
import { runFolderName } from './demo/names';
import { writeReadmeShots } from './demo/readme';
import { runReplay } from './demo/replay';
import { openSession } from './demo/session';
import { writeStoreShots } from './demo/store';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const say = (line: string) => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** A path as short as it can be said from where the command was run. */
const shown = (path: string) => {
  const near = relative(process.cwd(), path);
  return near.startsWith('..') ? path : near || '.';
};

/** What must be closed however the run ends: the browser, then the server. Each runs once. */
const closers: (() => Promise<void>)[] = [];
function track(close: () => Promise<void>): void {
  let done: Promise<void> | null = null;
  closers.unshift(() => (done ??= close().catch(() => undefined)));
}
async function closeAll(): Promise<void> {
  for (const close of closers) await close();
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(130); // a second Ctrl-C: do not wait any longer
    stopping = true;
    say('\nStopping: closing the browser and the status server…');
    void closeAll().finally(() => process.exit(130));
  });
}

async function demo(options: DemoOptions, scenario: Scenario, started: number): Promise<void> {
  const out = resolve(options.out ?? join(root, 'demo-output', runFolderName(new Date())));
  mkdirSync(out, { recursive: true });
  say(`Screenshots will be saved in ${shown(out)}/`);

  say(`Starting the local status server and Chromium (${options.headless ? 'headless' : 'with a window'})…`);
  const session = await openSession({ root, headless: options.headless, deviceScaleFactor: 1, pinLocale: false });
  track(() => session.close());
  say(
    `The extension from dist/chrome is loaded; status.claude.com, anthropic.statuspage.io and claude.ai all lead to the local server on port ${session.server.port}.`,
  );
  const files = await runReplay(session, {
    scenario,
    out,
    delayMs: options.delayMs,
    headed: !options.headless,
    realTimes: options.realTimes,
    say,
  });
  await session.close();
  say('');
  say(`Done in ${seconds(Date.now() - started)}: ${files.length} screenshots in ${shown(out)}/`);
}

const COMMITTED = {
  readme: { folder: 'docs/screenshots', what: 'README screenshots', write: writeReadmeShots },
  store: { folder: 'docs/store/screenshots', what: 'store screenshots and promo tile', write: writeStoreShots },
} as const;

async function committedShots(kind: keyof typeof COMMITTED, options: DemoOptions, started: number): Promise<void> {
  const { folder, what, write } = COMMITTED[kind];
  const out = resolve(options.out ?? join(root, folder));
  mkdirSync(out, { recursive: true });
  say(`Writing the ${what} into ${shown(out)}/ (headless, English, UTC, fixed states)…`);
  // Always headless: the files are committed, so they must not depend on whether a display exists.
  const sizes = await write(root, out, true, say, track);
  say('');
  for (const [name, bytes] of Object.entries(sizes)) {
    say(`  ${name.padEnd(26)} ${(bytes / 1024).toFixed(0).padStart(4)} KB`);
  }
  say(`Done in ${seconds(Date.now() - started)}.`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const options = parseDemoArgs(process.argv.slice(2), hasDisplay);
  if (options.mode === 'help') return say(HELP);
  if (options.mode === 'readme' || options.mode === 'store') {
    if (!ensureBuilt(root, say)) say('dist/chrome is up to date with the sources.');
    return committedShots(options.mode, options, started);
  }
  const scenario = buildScenario(options.scenario); // an unknown name throws, listing the known ones
  if (!options.headless) say('A display is available: Chromium opens a window (--headless hides it).');
  else if (!hasDisplay) say('No display found (DISPLAY and WAYLAND_DISPLAY are unset): running headless.');
  if (!ensureBuilt(root, say)) say('dist/chrome is up to date with the sources.');
  await demo(options, scenario, started);
}

try {
  await main();
} catch (error) {
  if (!stopping) {
    console.error(`\nThe demo failed: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error('See npm run demo -- --help');
    }
    process.exitCode = 1;
  }
} finally {
  await closeAll();
}
