import type { Translate } from '../core/i18n';
import { formattingLanguage } from '../core/language';
import { extensionApi } from '../shared/extension-api';

/** The browser's own lookup: the user's UI language, falling back to English per message. */
export const t: Translate = (key, substitutions) => extensionApi().i18n.getMessage(key, substitutions) || key;

/** BCP 47 tag for Intl formatting, in the language the messages are actually shown in. */
export const formatLocale = (): string => formattingLanguage(extensionApi().i18n.getUILanguage(), t('messagesLocale'));
