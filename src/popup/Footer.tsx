import { ExternalLink } from '../ui/ExternalLink';
import type { Translate } from '../core/i18n';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function Footer({
  statusPageUrl,
  onOpenOptions,
  t,
}: {
  statusPageUrl: string;
  onOpenOptions: () => void;
  t: Translate;
}) {
  return (
    <footer class="footer">
      <p class="footer-links">
        <ExternalLink href={statusPageUrl} data-testid="status-page-link">
          {hostOf(statusPageUrl)}
        </ExternalLink>
        {/* A button, not a fake link: runtime.openOptionsPage() knows where the options page is in each browser. */}
        <button type="button" class="link-button" data-testid="options-link" onClick={onOpenOptions}>
          {t('popupSettings')}
        </button>
      </p>
      <p class="disclaimer" data-testid="popup-disclaimer">
        {t('popupUnofficial')}
      </p>
    </footer>
  );
}
