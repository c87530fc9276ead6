import { render } from 'preact';
import { extensionApi } from '../shared/extension-api';
import { formatLocale, t } from '../ui/i18n';
import { App } from './App';
import type { OptionsDeps } from './deps';

const root = document.documentElement;
const locale = formatLocale();
root.lang = locale;
document.title = t('optionsTitle');

const browser = extensionApi();
const deps: OptionsDeps = {
  storage: browser.storage.local,
  onChanged: browser.storage.onChanged,
  permissions: browser.permissions,
  runtime: browser.runtime,
  t,
  locale,
  now: () => Date.now(),
  root,
};

const mount = document.getElementById('app');
if (mount) render(<App deps={deps} />, mount);
