import { ExternalLink } from '../ui/ExternalLink';
import type { Translate } from '../core/i18n';
import { LevelIcon } from './LevelIcon';
import { LinkifiedText } from './LinkifiedText';
import { TimeStamp } from './TimeStamp';
import { ModelChips } from './ModelChips';
import type { IncidentView } from './view-model';
import { WatchButton } from './WatchButton';

export interface CardWatch {
  watching: boolean;
  unnotified: boolean;
  onChange(on: boolean): void;
}

interface Props {
  incident: IncidentView;
  /** "Your claude.ai session saw errors 23 minutes before the status page.", when it did. */
  lead: string | null;
  watch: CardWatch;
  t: Translate;
}

export function IncidentCard({ incident, lead, watch, t }: Props) {
  const titleId = `incident-${incident.id}-title`;
  return (
    <li class={`card level-${incident.level}`} data-testid="incident" data-incident-id={incident.id}>
      <article aria-labelledby={titleId}>
        <h3 id={titleId} class="card-title">
          {incident.title}
        </h3>
        <p class="tags">
          <span class={`tag level-tag level-${incident.level}`}>
            <LevelIcon level={incident.level} size={14} />
            {incident.levelText}
          </span>
          <span class="tag" data-testid="incident-status">
            {incident.statusText}
          </span>
          <span class="tag" data-testid="incident-impact">
            {incident.impactText}
          </span>
        </p>
        <dl class="times">
          <dt>{t('popupStartedLabel')}</dt>
          <dd>
            <TimeStamp time={incident.started} />
          </dd>
          <dt>{t('popupLastUpdateLabel')}</dt>
          <dd>
            <TimeStamp time={incident.lastUpdate} />
          </dd>
        </dl>
        {lead && (
          <p class="lead" data-testid="incident-lead">
            {lead}
          </p>
        )}
        {incident.models && <ModelChips models={incident.models} t={t} />}
        {incident.componentGroups.length > 0 && (
          <div class="affected">
            <span class="field-label" id={`${titleId}-components`}>
              {t('popupAffectedComponents')}
            </span>
            <ul class="component-groups" aria-labelledby={`${titleId}-components`}>
              {incident.componentGroups.map((group) => (
                <li key={group.statusText} data-testid="incident-component-group" data-level={group.level}>
                  <span class={`status-value level-${group.level}`}>
                    <LevelIcon level={group.level} size={14} />
                    {group.statusText}
                  </span>
                  : {group.names.join(', ')}
                </li>
              ))}
            </ul>
          </div>
        )}
        {incident.latestBody && (
          <p class="update-body" data-testid="incident-latest-update">
            <LinkifiedText text={incident.latestBody} />
          </p>
        )}
        {incident.timeline.length > 1 && (
          <details class="timeline">
            <summary data-testid="incident-timeline-toggle">
              {t('popupTimelineToggle', [String(incident.timeline.length)])}
            </summary>
            <ol>
              {incident.timeline.map((entry) => (
                <li key={entry.id} data-testid="timeline-entry">
                  <p class="timeline-meta">
                    <strong>{entry.statusText}</strong> · <TimeStamp time={entry.time} />
                  </p>
                  <p class="update-body">
                    <LinkifiedText text={entry.body} />
                  </p>
                </li>
              ))}
            </ol>
          </details>
        )}
        {incident.capped && (
          <p class="timeline-meta muted" data-testid="incident-updates-capped">
            {incident.capped}{' '}
            {incident.url && (
              <ExternalLink class="card-link" href={incident.url}>
                {t('popupIncidentLink')}
              </ExternalLink>
            )}
          </p>
        )}
        <div class="card-actions">
          <WatchButton {...watch} subject={incident.title} t={t} />
          {incident.url && (
            <ExternalLink class="card-link" href={incident.url} data-testid="incident-link">
              {t('popupIncidentLink')}
              <span class="visually-hidden">: {incident.title}</span>
            </ExternalLink>
          )}
        </div>
      </article>
    </li>
  );
}
