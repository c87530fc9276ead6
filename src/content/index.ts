// Content script on claude.ai: a banner while Claude has an incident, nothing at all while it is healthy.
import { startBanner } from './controller';
import { extensionApi } from '../shared/extension-api';

const browser = extensionApi();
const t = (key: string, substitutions?: string[]) => browser.i18n.getMessage(key, substitutions) || key;

startBanner({
  document,
  storage: browser.storage.local,
  onChanged: browser.storage.onChanged,
  runtime: browser.runtime,
  t,
  debug: (message) => console.debug('[Claude Status (unofficial)]', message),
});
