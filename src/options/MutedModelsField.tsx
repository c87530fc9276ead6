import type { Translate } from '../core/i18n';
import type { ModelChoice } from './learned-models';
import type { HistoryState } from './use-recent-history';

interface Props {
  choices: readonly ModelChoice[];
  history: HistoryState['kind'];
  onToggle(name: string, muted: boolean): void;
  t: Translate;
}

/** "Opus 4.7" → "opus-4.7", for stable test ids. */
export const modelTestId = (name: string) => `options-mute-model-${name.toLowerCase().replace(/[^a-z0-9.]+/g, '-')}`;

export function MutedModelsField({ choices, history, onToggle, t }: Props) {
  return (
    <fieldset aria-describedby="mute-models-rule">
      <legend>{t('optionsMuteModelsLegend')}</legend>
      <p id="mute-models-rule" class="note">
        {t('optionsMuteModelsRule')}
      </p>
      {history !== 'ok' && (
        <p class="note" data-testid="options-history-status" data-state={history}>
          {t(history === 'loading' ? 'optionsModelsLoading' : 'optionsModelsHistoryFailed')}
        </p>
      )}
      {choices.length === 0 ? (
        <p class="note" data-testid="options-models-empty">
          {t('optionsModelsEmpty')}
        </p>
      ) : (
        <ul class="check-grid">
          {choices.map((choice) => (
            <li key={choice.name}>
              <label class="check">
                <input
                  type="checkbox"
                  data-testid={modelTestId(choice.name)}
                  checked={choice.muted}
                  onChange={(event) => onToggle(choice.name, event.currentTarget.checked)}
                />
                <span>
                  {choice.name}
                  {!choice.seen && <span class="note"> {t('optionsModelNotRecent')}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
