import type { Translate } from '../core/i18n';
import type { ComponentChoice } from './component-choices';

interface Props {
  choices: readonly ComponentChoice[];
  onToggle(id: string, muted: boolean): void;
  t: Translate;
}

export function MutedComponentsField({ choices, onToggle, t }: Props) {
  return (
    <fieldset aria-describedby="mute-components-rule">
      <legend>{t('optionsMuteComponentsLegend')}</legend>
      <p id="mute-components-rule" class="note">
        {t('optionsMuteComponentsRule')}
      </p>
      {choices.length === 0 ? (
        <p class="note" data-testid="options-components-empty">
          {t('optionsComponentsEmpty')}
        </p>
      ) : (
        <ul class="check-grid">
          {choices.map((choice) => (
            <li key={choice.id}>
              <label class="check">
                <input
                  type="checkbox"
                  data-testid={`options-mute-component-${choice.id}`}
                  checked={choice.muted}
                  onChange={(event) => onToggle(choice.id, event.currentTarget.checked)}
                />
                <span>
                  {choice.name}
                  {!choice.listed && <span class="note"> {t('optionsComponentGone')}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
