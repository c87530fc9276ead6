import { ExternalLink } from '../ui/ExternalLink';
import type { Translate } from '../core/i18n';

interface Props {
  t: Translate;
}

const PERMISSIONS = [
  'optionsAboutPermStorage',
  'optionsAboutPermAlarms',
  'optionsAboutPermHosts',
  'optionsAboutPermClaudeAi',
  'optionsAboutPermNotifications',
];

export function About({ t }: Props) {
  return (
    <>
      <p>{t('optionsAboutUnofficial')}</p>
      <p>{t('optionsAboutData')}</p>
      <p>
        <ExternalLink href="https://status.claude.com" data-testid="options-status-link">
          {t('optionsAboutStatusLink')}
        </ExternalLink>
      </p>
      <h3>{t('optionsAboutPermissions')}</h3>
      <ul class="permissions">
        {PERMISSIONS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>{t('optionsAboutLeastPrivilege')}</p>
      <p>
        {/* Bundled from docs/privacy.md by the build: readable offline, and always the policy of this version. */}
        <ExternalLink href="/privacy.txt" data-testid="options-privacy-link">
          {t('optionsAboutPrivacyLink')}
        </ExternalLink>
      </p>
    </>
  );
}
