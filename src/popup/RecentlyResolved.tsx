import { ExternalLink } from '../ui/ExternalLink';
import type { Translate } from '../core/i18n';
import { LevelIcon } from './LevelIcon';
import { TimeStamp } from './TimeStamp';
import type { ResolvedView } from './view-model';

export function RecentlyResolved({ items, t }: { items: readonly ResolvedView[]; t: Translate }) {
  return (
    <section class="section" aria-labelledby="resolved-heading" data-testid="popup-resolved">
      <h2 id="resolved-heading">{t('popupResolvedHeading')}</h2>
      <ul class="compact-list">
        {items.map((item) => (
          <li key={item.id} data-testid="resolved-incident" data-incident-id={item.id}>
            <p class="compact-title">
              {item.url ? <ExternalLink href={item.url}>{item.title}</ExternalLink> : item.title}
            </p>
            <p class="compact-meta">
              <span class="status-value level-operational">
                <LevelIcon level="operational" size={12} />
                {t('popupIncidentResolved')}
              </span>{' '}
              <TimeStamp time={item.resolved} /> · {item.impactText}
              {item.modelsText && <> · {item.modelsText}</>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
