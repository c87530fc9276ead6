// Content script on claude.ai: a banner while Claude has an incident, nothing at all while it is healthy.
import { browserTranslator } from '../core/i18n';
import { startBanner } from './controller';
import { extensionApi } from '../shared/extension-api';

const browser = extensionApi();

startBanner({
  document,
  storage: browser.storage.local,
  onChanged: browser.storage.onChanged,
  runtime: browser.runtime,
  t: browserTranslator(browser.i18n),
  debug: (message) => console.debug('[Claude Status (unofficial)]', message),
});
