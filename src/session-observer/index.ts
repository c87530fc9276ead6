// Content script on claude.ai, run at document_start so it sees the app's first requests: the session
// signal's observer. It counts status classes of the page's own API requests and sends the counts to the
// worker; it adds no DOM node. The banner is a separate script (src/content), injected at document_idle.
import { extensionApi } from '../shared/extension-api';
import { send } from '../shared/messages';
import { startSessionWatch } from './watch';

const browser = extensionApi();

void startSessionWatch({
  PerformanceObserver,
  origin: location.origin,
  loading: document.readyState === 'loading',
  report: (counts) => send(browser.runtime, 'sessionCounts', { counts }),
  storage: browser.storage.local,
  onChanged: browser.storage.onChanged,
  onHide: (listener) => {
    addEventListener('pagehide', listener);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') listener();
    });
  },
});
