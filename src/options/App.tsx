import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { knownIncidents } from '../core/resolution';
import type { Incident } from '../core/types';
import { defaultSettings, type Settings } from '../shared/settings';
import { leadsRecord } from '../shared/lead-storage';
import { save as saveRecord } from '../shared/storage';
import { useSnapshot, useStoredValue } from '../ui/storage-hooks';
import { useTheme } from '../ui/use-theme';
import { About } from './About';
import { BannerField } from './BannerField';
import { componentChoices, componentNamesFromIncidents, setComponentMuted } from './component-choices';
import type { OptionsDeps } from './deps';
import { LeadTimesField } from './LeadTimesField';
import { learnedModels, setModelMuted } from './learned-models';
import { MutedComponentsField } from './MutedComponentsField';
import { MutedModelsField } from './MutedModelsField';
import { notificationsActive, NotificationsField } from './NotificationsField';
import { PollIntervalField } from './PollIntervalField';
import { ResetSettings } from './ResetSettings';
import { SaveStatus } from './SaveStatus';
import { SessionSignalField } from './SessionSignalField';
import { isSnoozed } from './snooze';
import { SnoozeField } from './SnoozeField';
import { ThemeField } from './ThemeField';
import { useNotificationPermission } from './use-notification-permission';
import { useRecentHistory } from './use-recent-history';
import { useSettingsEditor } from './use-settings-editor';

/** setTimeout's limit (about 24.8 days); a longer snooze just re-arms on the next render. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Re-renders when a snooze ends, so "Snoozed until …" does not outlive it. */
function useRerenderAt(at: number, now: () => number): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const current = now();
    if (!isSnoozed(at, current)) return undefined;
    const timer = setTimeout(() => setTick((tick) => tick + 1), Math.min(at - current + 50, MAX_TIMEOUT_MS));
    return () => clearTimeout(timer);
  }, [at, now]);
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-heading`} class="card">
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

export function App({ deps }: { deps: OptionsDeps }) {
  const { t, locale, timeZone, now } = deps;
  const { settings, update, save } = useSettingsEditor(deps.storage, deps.onChanged, now);
  const snapshot = useSnapshot(deps.storage, deps.onChanged);
  const permission = useNotificationPermission(deps.permissions);
  const history = useRecentHistory(deps.runtime);
  const leads = useStoredValue(leadsRecord, deps.storage, deps.onChanged);

  useTheme(settings?.theme, deps.root);
  useRerenderAt(settings?.snoozeUntil ?? 0, now);

  const historyValue = history.kind === 'ok' ? history.history : null;
  const models = useMemo(
    () => learnedModels(snapshot, historyValue, settings?.mutedModels ?? []),
    [snapshot, historyValue, settings?.mutedModels],
  );
  const components = useMemo(() => {
    const incidents: Incident[] = [...knownIncidents(snapshot), ...(historyValue?.incidents ?? [])];
    return componentChoices(
      snapshot?.data?.components ?? [],
      settings?.mutedComponentIds ?? [],
      componentNamesFromIncidents(incidents),
    );
  }, [snapshot, historyValue, settings?.mutedComponentIds]);

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => update((s) => ({ ...s, [key]: value }));

  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('optionsTitle')}</h1>
        <p class="note">{t('optionsAutosaveHint')}</p>
        <SaveStatus save={save} t={t} locale={locale} timeZone={timeZone} />
      </header>
      {!settings ? (
        <main aria-busy="true">
          <p>{t('optionsLoading')}</p>
        </main>
      ) : (
        <main>
          <Section id="checking" title={t('optionsSectionChecking')}>
            <PollIntervalField
              value={settings.pollIntervalSec}
              onChange={(seconds) => set('pollIntervalSec', seconds)}
              t={t}
              locale={locale}
            />
          </Section>
          <Section id="notifications" title={t('optionsSectionNotifications')}>
            <NotificationsField
              notifications={settings.notifications}
              permission={permission}
              onEnabledChange={(enabled) => update((s) => ({ ...s, notifications: { ...s.notifications, enabled } }))}
              onEventChange={(key, on) => update((s) => ({ ...s, notifications: { ...s.notifications, [key]: on } }))}
              t={t}
            />
            <SnoozeField
              snoozeUntil={settings.snoozeUntil}
              now={now}
              enabled={notificationsActive(settings.notifications, permission)}
              onChange={(until) => set('snoozeUntil', until)}
              t={t}
              locale={locale}
              timeZone={timeZone}
            />
          </Section>
          <Section id="banner" title={t('optionsSectionBanner')}>
            <BannerField value={settings.banner} onChange={(on) => set('banner', on)} t={t} />
            <SessionSignalField value={settings.sessionSignal} onChange={(on) => set('sessionSignal', on)} t={t} />
            <LeadTimesField
              records={leads}
              onClear={() => void saveRecord(deps.storage, leadsRecord, [])}
              t={t}
              locale={locale}
              timeZone={timeZone}
            />
          </Section>
          <Section id="muting" title={t('optionsSectionMuting')}>
            <p class="note">{t('optionsMuteIntro')}</p>
            <MutedModelsField
              choices={models}
              history={history.kind}
              onToggle={(name, on) => update((s) => ({ ...s, mutedModels: setModelMuted(s.mutedModels, name, on) }))}
              t={t}
            />
            <MutedComponentsField
              choices={components}
              onToggle={(id, on) =>
                update((s) => ({ ...s, mutedComponentIds: setComponentMuted(s.mutedComponentIds, id, on) }))
              }
              t={t}
            />
          </Section>
          <Section id="appearance" title={t('optionsSectionAppearance')}>
            <ThemeField value={settings.theme} onChange={(value) => set('theme', value)} t={t} />
          </Section>
          <Section id="reset" title={t('optionsSectionReset')}>
            <ResetSettings onReset={() => update(() => structuredClone(defaultSettings))} t={t} />
          </Section>
          <Section id="about" title={t('optionsSectionAbout')}>
            <About t={t} />
          </Section>
        </main>
      )}
    </div>
  );
}
