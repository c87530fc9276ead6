import type { Translate } from '../core/i18n';
import type { SaveState } from './use-settings-editor';

interface Props {
  save: SaveState;
  t: Translate;
  locale: string;
  timeZone?: string;
}

/**
 * One polite live region for every save, so each change is confirmed aloud. The time makes consecutive
 * confirmations differ; screen readers skip a repeat of identical text.
 */
export function SaveStatus({ save, t, locale, timeZone }: Props) {
  let text = '';
  if (save.kind === 'saved') {
    const time = new Intl.DateTimeFormat(locale, {
      timeStyle: 'medium',
      ...(timeZone ? { timeZone } : {}),
    }).format(save.at);
    text = t('optionsSavedAt', [time]);
  } else if (save.kind === 'error') {
    text = t('optionsSaveFailed', [save.message]);
  }
  return (
    <p
      role="status"
      class={`save-status save-status--${save.kind}`}
      data-testid="options-save-status"
      data-state={save.kind}
    >
      {text}
    </p>
  );
}
