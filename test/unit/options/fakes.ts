// Fakes for the options page's injected dependencies (storage is the shared fake in ../fake-storage): a
// permissions API whose answer the test chooses, and a runtime answering getHistory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import type Browser from 'webextension-polyfill';
import { createTranslator, type Messages, type Translate } from '../../../src/core/i18n';
import { parseIncident, parseSummary } from '../../../src/core/parse';
import type { Incident, Snapshot } from '../../../src/core/types';
import type { OptionsDeps, PermissionsApi } from '../../../src/options/deps';
import { FIXTURE_NAMES, type FixtureName } from '../core-fixtures';

type Listener<T extends (...args: never[]) => void> = T;

export function fakeEvent<T extends (...args: never[]) => void>() {
  const listeners = new Set<Listener<T>>();
  return {
    event: {
      addListener: (listener: T) => void listeners.add(listener),
      removeListener: (listener: T) => void listeners.delete(listener),
      hasListener: (listener: T) => listeners.has(listener),
    },
    emit: (...args: Parameters<T>) => listeners.forEach((listener) => listener(...args)),
    count: () => listeners.size,
  };
}

type PermissionsListener = (permissions: Browser.Permissions.Permissions) => void;

export function fakePermissions(options: { granted?: boolean; answer?: boolean | 'throw' } = {}) {
  let granted = options.granted ?? false;
  let answer = options.answer ?? true;
  let resolvePending: (() => void) | null = null;
  const added = fakeEvent<PermissionsListener>();
  const removed = fakeEvent<PermissionsListener>();
  const request = vi.fn((_permissions: Browser.Permissions.Permissions) => {
    return new Promise<boolean>((resolve, reject) => {
      // The test decides when the user answers the prompt.
      resolvePending = () => {
        if (answer === 'throw')
          return reject(new Error('permissions.request may only be called from a user input handler'));
        if (answer) granted = true;
        resolve(answer);
      };
    });
  });
  const api = {
    contains: vi.fn(async () => granted),
    request,
    onAdded: added.event,
    onRemoved: removed.event,
  } as unknown as PermissionsApi;
  return {
    api,
    request,
    setAnswer(next: boolean | 'throw') {
      answer = next;
    },
    /** The user answers the browser's prompt. */
    answerPrompt() {
      resolvePending?.();
      resolvePending = null;
    },
    /** Removed in the browser's extension settings. */
    revoke() {
      granted = false;
      removed.emit({ permissions: ['notifications'] });
    },
    grantElsewhere() {
      granted = true;
      added.emit({ permissions: ['notifications'] });
    },
    listeners: () => added.count() + removed.count(),
  };
}

export function fakeRuntime(answer: () => Promise<unknown>) {
  const sendMessage = vi.fn((_message: unknown) => answer());
  return { runtime: { sendMessage }, sendMessage };
}

// Paths, not URLs: under happy-dom the global URL is happy-dom's, which node:fs does not accept.
const readJson = (...path: string[]): unknown => JSON.parse(readFileSync(join(import.meta.dirname, ...path), 'utf8'));

export const localeMessages = (lang: string) => readJson('../../../src/locales', lang, 'options.json') as Messages;
const messages = localeMessages('en');
export const enMessages = messages;
/** The page's own strings and the core's (ages, as in the lead times), as the browser merges them. */
export const t: Translate = createTranslator({
  ...(readJson('../../../src/locales', 'en', 'core.json') as Messages),
  ...messages,
});

/** A fresh parse of a real capture, byte-exact from test/fixtures/statuspage. */
export const fixtureJson = (name: FixtureName): unknown => readJson('../../fixtures/statuspage', FIXTURE_NAMES[name]);

export function incidentFixture(name: FixtureName): Incident {
  const parsed = parseIncident(fixtureJson(name));
  if (!parsed.ok) throw new Error(`fixture ${name}: ${parsed.error.detail}`);
  return parsed.value;
}

/** A snapshot from the real summary capture, with the given incidents open and recently resolved. */
export function snapshotFrom(open: Incident[] = [], recentlyResolved: Incident[] = []): Snapshot {
  const summary = parseSummary(fixtureJson('summary'));
  if (!summary.ok) throw new Error(summary.error.detail);
  const fetchedAt = Date.parse('2026-09-27T15:00:00Z');
  return {
    data: { ...summary.value, incidents: open },
    fetchedAt,
    checkedAt: fetchedAt,
    origin: 'https://status.claude.com',
    error: null,
    consecutiveFailures: 0,
    recentlyResolved,
  };
}

export const NOW = Date.parse('2026-09-27T15:00:30Z');

export function makeDeps(overrides: Partial<OptionsDeps> & Pick<OptionsDeps, 'storage' | 'onChanged'>): OptionsDeps {
  return {
    permissions: fakePermissions().api,
    runtime: fakeRuntime(async () => ({ ok: false, reason: 'offline' })).runtime,
    t,
    locale: 'en-GB',
    now: () => NOW,
    root: document.documentElement,
    timeZone: 'UTC',
    ...overrides,
  };
}
