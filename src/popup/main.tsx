import { render } from 'preact';
import { extensionApi } from '../shared/extension-api';
import { formatLocale, t } from '../ui/i18n';
import { App, POPUP_KEYS, type PopupDeps } from './App';

const browser = extensionApi();
// Everything the first paint needs, in one read started before anything else: the popup then renders once,
// with the data, instead of "Loading…" followed by a render per record as each read answers.
const preloaded = browser.storage.local.get([...POPUP_KEYS]).catch(() => undefined);

const lang = formatLocale();
document.documentElement.lang = lang;
document.title = t('popupDocumentTitle');

const deps: PopupDeps = {
  storage: browser.storage.local,
  onChanged: browser.storage.onChanged,
  runtime: browser.runtime,
  permissions: browser.permissions,
  t,
  lang,
  clock: Date.now,
  closeWindow: () => window.close(),
};

// A failed read leaves `preloaded` undefined: each record is then read on mount.
void preloaded.then((stored) => render(<App deps={deps} preloaded={stored} />, document.getElementById('app')!));
