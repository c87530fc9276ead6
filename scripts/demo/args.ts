import { parseArgs } from 'node:util';

export interface DemoOptions {
  mode: 'demo' | 'readme' | 'store' | 'help';
  scenario: string;
  headless: boolean;
  /** Pause after each step, ms. */
  delayMs: number;
  /** Output folder; null = demo-output/<time> (demo), docs/screenshots (readme) or docs/store/screenshots (store). */
  out: string | null;
  /** Keep the captured timestamps instead of replaying each step as if it had just happened. */
  realTimes: boolean;
}

export const HELP = `npm run demo -- [options]

Replays a real incident in Chromium with the built extension and saves screenshots of the popup and
of the claude.ai banner at every step.

  --scenario <name>  scenario to replay (default p0mgnjv3bj97; see npm run serve -- --list)
  --headless         no window, even when a display is available
  --delay <ms>       pause after each step (default 4000 with a window, 0 headless)
  --out <dir>        where to write the screenshots (default demo-output/<date and time>/)
  --real-times       keep the captured dates ("185 days ago") instead of "as if it were now"
  --readme           write the README screenshots into docs/screenshots/ instead
  --store            write the store screenshots (1280×800) and promo tile (440×280) into
                     docs/store/screenshots/ instead
  --help             this text`;

/** `hasDisplay`: whether a window can be shown (DISPLAY or WAYLAND_DISPLAY is set). */
export function parseDemoArgs(argv: string[], hasDisplay: boolean): DemoOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string', default: 'p0mgnjv3bj97' },
      headless: { type: 'boolean', default: false },
      delay: { type: 'string' },
      out: { type: 'string' },
      'real-times': { type: 'boolean', default: false },
      readme: { type: 'boolean', default: false },
      store: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const headless = values.headless || !hasDisplay;
  const delayMs = values.delay === undefined ? (headless ? 0 : 4000) : Number(values.delay);
  if (!Number.isFinite(delayMs) || delayMs < 0)
    throw new Error(`--delay takes a number of milliseconds, not "${values.delay}"`);
  return {
    mode: values.help ? 'help' : values.readme ? 'readme' : values.store ? 'store' : 'demo',
    scenario: values.scenario,
    headless,
    delayMs,
    out: values.out ?? null,
    realTimes: values['real-times'],
  };
}
