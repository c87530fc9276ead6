import { browserTranslator, type Translate } from '../core/i18n';
import { formattingLanguage } from '../core/language';
import { extensionApi } from '../shared/extension-api';

export const t: Translate = browserTranslator(extensionApi().i18n);

/** BCP 47 tag for Intl formatting, in the language the messages are actually shown in. */
export const formatLocale = (): string => formattingLanguage(extensionApi().i18n.getUILanguage(), t('messagesLocale'));
