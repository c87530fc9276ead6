import type { Translate } from '../core/i18n';
import type { Settings } from '../shared/settings';

type Theme = Settings['theme'];

interface Props {
  value: Theme;
  onChange(theme: Theme): void;
  t: Translate;
}

const THEMES: ReadonlyArray<{ value: Theme; label: string }> = [
  { value: 'system', label: 'optionsThemeSystem' },
  { value: 'light', label: 'optionsThemeLight' },
  { value: 'dark', label: 'optionsThemeDark' },
];

export function ThemeField({ value, onChange, t }: Props) {
  return (
    <fieldset aria-describedby="theme-note">
      <legend>{t('optionsThemeLegend')}</legend>
      <div class="radios">
        {THEMES.map((theme) => (
          <label class="check" key={theme.value}>
            <input
              type="radio"
              name="theme"
              value={theme.value}
              data-testid={`options-theme-${theme.value}`}
              checked={value === theme.value}
              onChange={() => onChange(theme.value)}
            />
            <span>{t(theme.label)}</span>
          </label>
        ))}
      </div>
      <p id="theme-note" class="note">
        {t('optionsThemeNote')}
      </p>
    </fieldset>
  );
}
