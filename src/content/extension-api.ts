import type Browser from 'webextension-polyfill';

type Namespaces = { browser?: typeof Browser; chrome?: typeof Browser };

/**
 * The extension API without webextension-polyfill, which would add ~10 KB to every claude.ai page load.
 * The content script uses only calls that already return promises natively in both browsers (MV3
 * Chrome's `chrome.storage.local.get/set`, `storage.onChanged`, `runtime.id`, `i18n.getMessage`);
 * Firefox's native `browser` is what the polyfill would hand back there anyway.
 */
export function extensionApi(): typeof Browser {
  const { browser, chrome } = globalThis as Namespaces;
  const api = browser ?? chrome;
  if (!api) throw new Error('not running in an extension');
  return api;
}
