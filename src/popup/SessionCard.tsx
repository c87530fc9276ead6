import { SESSION_GLYPH } from '../core/session/present';
import { ExternalLink } from '../ui/ExternalLink';
import type { SessionCardView } from './view-model';

/**
 * The session signal while the status page says operational: what the user's own session saw, what it
 * may mean, that nothing left the device, and the official page. A named region, not an alert: it is
 * the user's own observation, never announced as an outage.
 */
export function SessionCard({
  card,
  statusPageUrl,
}: {
  card: SessionCardView & { kind: 'card' };
  statusPageUrl: string;
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
      <ExternalLink class="card-link" href={statusPageUrl} data-testid="popup-session-link">
        {card.linkText}
      </ExternalLink>
    </section>
  );
}
