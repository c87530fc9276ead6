// The service worker (Chrome) / event page (Firefox): a composition root. Every listener is registered
// here at top level, before any await, so events that wake the worker are never missed.
import browser from 'webextension-polyfill';
import { createWorker } from './worker';

const worker = createWorker({
  browser,
  fetch: (input, init) => fetch(input, init),
  now: () => Date.now(),
  random: () => Math.random(),
  online: () => navigator.onLine,
  lock: (name, task) => navigator.locks.request(name, task),
});

browser.runtime.onInstalled.addListener(worker.onInstalled);
browser.runtime.onStartup.addListener(worker.onStartup);
browser.alarms.onAlarm.addListener(worker.onAlarm);
browser.runtime.onMessage.addListener(worker.onMessage);
browser.storage.onChanged.addListener(worker.onStorageChanged);
// The notifications API exists only once the optional permission is granted; the worker restarts often,
// and after a grant the next start registers this.
browser.notifications?.onClicked.addListener(worker.onNotificationClicked);
browser.permissions.onAdded.addListener((permissions) => {
  if (
    permissions.permissions?.includes('notifications') &&
    !browser.notifications?.onClicked.hasListener(worker.onNotificationClicked)
  ) {
    browser.notifications?.onClicked.addListener(worker.onNotificationClicked);
  }
});
globalThis.addEventListener('online', worker.onOnline);
// The worker starts for some event; should the last one have died mid-poll, that poll is done again now.
void worker.resumeInterrupted();
