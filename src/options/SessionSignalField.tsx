import type { Translate } from '../core/i18n';

interface Props {
  value: boolean;
  onChange(on: boolean): void;
  t: Translate;
}

/** The session signal's switch, with the one sentence that says exactly what is observed and what never is. */
export function SessionSignalField({ value, onChange, t }: Props) {
  return (
    <fieldset>
      <legend>{t('optionsSessionLegend')}</legend>
      <label class="check">
        <input
          type="checkbox"
          data-testid="options-session-toggle"
          checked={value}
          aria-describedby="session-note"
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span>{t('optionsSessionToggle')}</span>
      </label>
      <p id="session-note" class="note" data-testid="options-session-note">
        {t('optionsSessionNote')}
      </p>
    </fieldset>
  );
}
