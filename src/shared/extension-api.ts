import type Browser from 'webextension-polyfill';

type Namespaces = { browser?: typeof Browser; chrome?: typeof Browser };

/**
 * The extension API without webextension-polyfill (about 3 KB gzipped), for the pages a user waits on: the
 * claude.ai content script, the popup and the options page. They call only what returns promises natively
 * in MV3 Chrome (storage, runtime.sendMessage, permissions, i18n, tabs) and Firefox's `browser` is what
 * the polyfill would hand back there anyway. The Chrome worker keeps the polyfill: it answers messages by
 * returning promises from onMessage listeners, which Chrome does not support natively (the Firefox build
 * swaps it for firefox-browser.ts).
 */
export function extensionApi(): typeof Browser {
  const { browser, chrome } = globalThis as Namespaces;
  const api = browser ?? chrome;
  if (!api) throw new Error('not running in an extension');
  return api;
}
