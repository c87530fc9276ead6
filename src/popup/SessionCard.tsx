import { SESSION_GLYPH } from '../core/session/present';
import { ExternalLink } from '../ui/ExternalLink';
import type { SessionCardView } from './view-model';
import { WatchButton } from './WatchButton';
import type { CardWatch } from './IncidentCard';
import type { Translate } from '../core/i18n';

/**
 * The session signal while the status page says operational: what the user's own session saw, what it
 * may mean, that nothing left the device, and the official page. A named region, not an alert: it is
 * the user's own observation, never announced as an outage.
 */
export function SessionCard({
  card,
  statusPageUrl,
  watch,
  t,
}: {
  card: SessionCardView & { kind: 'card' };
  statusPageUrl: string;
  /** "Tell me when it's fixed": once requests succeed again and the page is operational. */
  watch: CardWatch;
  t: Translate;
}) {
  return (
    <section class="session-card" aria-labelledby="session-heading" data-testid="popup-session">
      <h2 id="session-heading" class="session-heading">
        <span class="session-glyph" aria-hidden="true">
          {SESSION_GLYPH}
        </span>
        {card.heading}
      </h2>
      <p data-testid="popup-session-facts">{card.facts}</p>
      <p>{card.meaning}</p>
      <p class="session-private">{card.nothingSent}</p>
      <div class="card-actions">
        <WatchButton {...watch} subject={card.heading} t={t} />
        <ExternalLink class="card-link" href={statusPageUrl} data-testid="popup-session-link">
          {card.linkText}
        </ExternalLink>
      </div>
    </section>
  );
}
