import { ExternalLink } from '../ui/ExternalLink';
import type { Translate } from '../core/i18n';
import { LevelIcon } from './LevelIcon';
import type { MaintenanceView } from './view-model';

export function Maintenances({ items, t }: { items: readonly MaintenanceView[]; t: Translate }) {
  return (
    <section class="section" aria-labelledby="maintenance-heading" data-testid="popup-maintenance">
      <h2 id="maintenance-heading">{t('popupMaintenanceHeading')}</h2>
      <ul class="cards">
        {items.map((item) => (
          <li
            key={item.id}
            class="card level-maintenance"
            data-testid="maintenance"
            data-active={item.active ? 'true' : 'false'}
          >
            <h3 class="card-title">{item.name}</h3>
            <p class="tags">
              <span class="tag level-tag level-maintenance">
                <LevelIcon level="maintenance" size={14} />
                {item.statusText}
              </span>
            </p>
            <p data-testid="maintenance-window">
              <span class="field-label">{t('popupMaintenanceWindow')}</span> {item.window}
            </p>
            {item.components.length > 0 && (
              <p>
                <span class="field-label">{t('popupAffectedComponents')}</span> {item.components.join(', ')}
              </p>
            )}
            {item.url && (
              <ExternalLink class="card-link" href={item.url}>
                {t('popupIncidentLink')}
                <span class="visually-hidden">: {item.name}</span>
              </ExternalLink>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
