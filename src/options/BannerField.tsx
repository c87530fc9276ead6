import type { Translate } from '../core/i18n';

interface Props {
  value: boolean;
  onChange(on: boolean): void;
  t: Translate;
}

export function BannerField({ value, onChange, t }: Props) {
  return (
    <fieldset>
      <legend>{t('optionsBannerLegend')}</legend>
      <label class="check">
        <input
          type="checkbox"
          data-testid="options-banner-toggle"
          checked={value}
          aria-describedby="banner-note"
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span>{t('optionsBannerToggle')}</span>
      </label>
      <p id="banner-note" class="note">
        {t('optionsBannerNote')}
      </p>
    </fieldset>
  );
}
