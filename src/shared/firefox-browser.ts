import type Browser from 'webextension-polyfill';

/**
 * What `import browser from 'webextension-polyfill'` resolves to in the Firefox build (vite.config.ts). In
 * Firefox the polyfill hands back the native `browser` object untouched (its UMD body ends in
 * `module.exports = globalThis.browser` whenever `browser.runtime.id` is set, which it always is in an
 * extension): its ~1,200 lines of wrappers are dead code there. Firefox's own `browser` already returns
 * promises, including from onMessage listeners, which is what the Chrome worker needs the polyfill for.
 */
export default (globalThis as unknown as { browser: typeof Browser }).browser;
