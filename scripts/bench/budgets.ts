// Size budgets: what a user downloads and what every claude.ai page load parses. These are the only
// figures of the benchmark that fail `npm test` (sizes are exact; timings on a shared machine are not).
import { join } from 'node:path';
import { filesUnder } from '../release/files';
import { storeZip } from '../release/zip-file';
import { BROWSERS, measureSizes, type BrowserTarget } from './size';

const KB = 1024;

export const SIZE_BUDGETS = {
  /** The banner's content script, injected into every claude.ai page at document_idle, gzipped. */
  contentScriptGz: 6 * KB,
  /**
   * The session signal's observer, gzipped. It is injected at document_start, before claude.ai's own
   * scripts run, so every byte delays the app's first paint: it holds only the classifier, the counts and
   * a storage read of one setting (no DOM, no strings), and 2 KB keeps it that way.
   */
  sessionObserverGz: 2 * KB,
  /**
   * Every JS file the popup loads, each gzipped and summed. The popup uses the browser's own promise API
   * instead of webextension-polyfill (shared/extension-api.ts), which keeps about 3 KB of room here.
   */
  popupJsGz: 20 * KB,
  /** The archive uploaded to each store. */
  storeZip: 100 * KB,
} as const;

export interface BudgetLine {
  name: string;
  bytes: number;
  limit: number;
  ok: boolean;
}

export interface MeasuredSizes {
  browser: BrowserTarget;
  contentScriptGz: number;
  sessionObserverGz: number;
  popupJsGz: number;
  zipBytes: number;
}

/** One line per budget and browser; `ok` is false for anything over its limit. */
export function checkBudgets(measured: readonly MeasuredSizes[], budgets = SIZE_BUDGETS): BudgetLine[] {
  return measured.flatMap((m) => {
    const line = (name: string, bytes: number, limit: number): BudgetLine => ({
      name: `${m.browser}: ${name}`,
      bytes,
      limit,
      ok: Number.isFinite(bytes) && bytes >= 0 && bytes <= limit,
    });
    return [
      line('content script (gzip)', m.contentScriptGz, budgets.contentScriptGz),
      line('session observer (gzip)', m.sessionObserverGz, budgets.sessionObserverGz),
      line('popup JS (gzip)', m.popupJsGz, budgets.popupJsGz),
      line('store zip', m.zipBytes, budgets.storeZip),
    ];
  });
}

/** The store archive of dist/<browser>, made the way `npm run zip` makes it (deterministic, so exact). */
export async function storeZipBytes(root: string, browser: BrowserTarget): Promise<number> {
  return (await storeZip(filesUnder(join(root, 'dist', browser)))).length;
}

export async function measureBudgetSizes(root: string): Promise<MeasuredSizes[]> {
  const measured: MeasuredSizes[] = [];
  for (const browser of BROWSERS) {
    const sizes = measureSizes(root, browser);
    measured.push({
      browser,
      contentScriptGz: sizes.contentScript.gzip,
      sessionObserverGz: sizes.sessionObserver.gzip,
      popupJsGz: sizes.popupJs.gzip,
      zipBytes: await storeZipBytes(root, browser),
    });
  }
  return measured;
}
