import { render } from 'preact';
import { extensionApi } from '../shared/extension-api';
import { formatLocale, t } from '../ui/i18n';
import { App, type PopupDeps } from './App';

const lang = formatLocale();
document.documentElement.lang = lang;
document.title = t('popupDocumentTitle');

const browser = extensionApi();
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

render(<App deps={deps} />, document.getElementById('app')!);
