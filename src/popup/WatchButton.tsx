import type { Translate } from '../core/i18n';

interface Props {
  watching: boolean;
  unnotified: boolean;
  onChange(on: boolean): void;
  /** What is watched, for the button's accessible name when several cards each have one. */
  subject: string;
  t: Translate;
}

/** "Tell me when it's fixed": a one-off watch; once set, says so (announced) and offers to cancel. */
export function WatchButton({ watching, unnotified, onChange, subject, t }: Props) {
  if (!watching)
    return (
      <button type="button" class="button watch-button" data-testid="watch-button" onClick={() => onChange(true)}>
        {t('watchButton')}
        <span class="visually-hidden">: {subject}</span>
      </button>
    );
  return (
    <p class="watch-active" role="status" data-testid="watch-active">
      {t('watchActive')}{' '}
      <button type="button" class="link-button" data-testid="watch-cancel" onClick={() => onChange(false)}>
        {t('watchCancel')}
        <span class="visually-hidden">: {subject}</span>
      </button>
      {unnotified && <span class="watch-note">{t('watchNoPermission')}</span>}
    </p>
  );
}
