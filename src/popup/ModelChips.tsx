import type { Translate } from '../core/i18n';
import type { ModelsView } from './view-model';

/** Affected models: a chip per named model, dotted when only an update names it; aggregates as words. */
export function ModelChips({ models, t }: { models: ModelsView; t: Translate }) {
  const anyFromUpdate = models.chips.some((chip) => chip.fromUpdate);
  return (
    <div class="models">
      <span class="field-label">{t('popupModelsLabel')}</span>
      {models.chips.length > 0 && (
        <ul class="chips">
          {models.chips.map((chip) => (
            <li
              key={chip.name}
              class={chip.fromUpdate ? 'chip chip-from-update' : 'chip'}
              data-testid="model-chip"
              data-from-update={chip.fromUpdate ? 'true' : 'false'}
              title={chip.fromUpdate ? t('popupModelFromUpdate') : undefined}
            >
              {chip.name}
              {chip.fromUpdate && <span class="visually-hidden"> ({t('popupModelFromUpdate')})</span>}
            </li>
          ))}
        </ul>
      )}
      {models.note && (
        <span class="models-note" data-testid="models-note">
          {models.note}
        </span>
      )}
      {models.platforms.map((platform) => (
        <span key={platform} class="tag platform-tag" data-testid="platform-tag">
          {t('popupPlatformTag', [platform])}
        </span>
      ))}
      {anyFromUpdate && (
        <p class="legend" aria-hidden="true">
          {t('popupModelsLegend')}
        </p>
      )}
    </div>
  );
}
