import browser from 'webextension-polyfill';
import type { Translate } from '../core/i18n';

/** The browser's own lookup: the user's UI language, falling back to English per message. */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;

/** BCP 47 tag for Intl formatting, matching the language the messages are shown in. */
export const uiLanguage = (): string => browser.i18n.getUILanguage() || 'en';
