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
        <a href="https://status.claude.com" target="_blank" rel="noopener noreferrer" data-testid="options-status-link">
          {t('optionsAboutStatusLink')}
        </a>
      </p>
      <h3>{t('optionsAboutPermissions')}</h3>
      <ul class="permissions">
        {PERMISSIONS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>{t('optionsAboutLeastPrivilege')}</p>
    </>
  );
}
