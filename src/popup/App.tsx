import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Translate } from '../core/i18n';
import { knownIncidents } from '../core/resolution';
import type { LeadRecord } from '../core/session/lead-record';
import { defaultSettings } from '../shared/settings';
import type { StorageArea } from '../shared/storage';
import { leadsFrameRecord, watchesFrameRecord } from '../shared/popup-storage';
import { sessionFrameRecord, settingsRecord, snapshotRecord } from '../shared/storage';
import { useNow } from './use-now';
import { useTheme } from '../ui/use-theme';
import { type Preloaded, useStoredValue } from '../ui/storage-hooks';
import { Footer } from './Footer';
import { Header } from './Header';
import { HistorySection } from './HistorySection';
import { IncidentCard } from './IncidentCard';
import { Maintenances } from './Maintenances';
import { RecentlyResolved } from './RecentlyResolved';
import { SessionCard } from './SessionCard';
import { StatusList } from './StatusList';
import { useHistory } from './use-history';
import { useRefresh, type MessageRuntime } from './use-refresh';
import { leadDuration } from '../core/session/lead-duration';
import { useWatch, type WatchApi } from './use-watch';
import { popupView, sessionCardView, type ViewContext } from './view-model';

export type StorageOnChanged = NonNullable<Parameters<typeof useStoredValue>[2]>;

/** Everything the popup needs from the browser, passed in so tests give fakes. */
export interface PopupDeps {
  storage: StorageArea;
  onChanged: StorageOnChanged;
  runtime: MessageRuntime & { openOptionsPage(): Promise<void> };
  /** For the notifications permission a "tell me when it's fixed" click asks for. */
  permissions: WatchApi['permissions'];
  t: Translate;
  lang: string;
  /** IANA zone; undefined = the user's. */
  timeZone?: string;
  clock: () => number;
  /** Firefox keeps the popup open after opening the options tab. */
  closeWindow: () => void;
}

/** Every record the popup renders from. */
const RECORDS = {
  snapshot: snapshotRecord,
  settings: settingsRecord,
  session: sessionFrameRecord,
  leads: leadsFrameRecord,
  watches: watchesFrameRecord,
};

/** The keys of those records: main.tsx reads them all in one storage.get, so the first render has the data. */
export const POPUP_KEYS: readonly string[] = Object.values(RECORDS).map((record) => record.key);

/** "Your claude.ai session saw errors 23 min before the status page.", for an incident the session saw coming. */
function leadLine(leads: readonly LeadRecord[] | undefined, id: string, t: Translate): string | null {
  const lead = leads?.find((record) => record.incidentId === id);
  return lead ? t('leadLine', [leadDuration(lead, t)]) : null;
}

/** `preloaded`: what storage held under POPUP_KEYS, read before the first render; without it, each record is read on mount. */
export function App({ deps, preloaded }: { deps: PopupDeps; preloaded?: Preloaded }) {
  const { t, lang, timeZone, storage, onChanged } = deps;
  const snapshot = useStoredValue(RECORDS.snapshot, storage, onChanged, preloaded);
  const settings = useStoredValue(RECORDS.settings, storage, onChanged, preloaded);
  const sessionState = useStoredValue(RECORDS.session, storage, onChanged, preloaded);
  const now = useNow(deps.clock);
  useTheme(settings?.theme);
  const [refresh, startRefresh] = useRefresh(deps.runtime);
  const [history, loadHistory] = useHistory(deps.runtime);
  const leads = useStoredValue(RECORDS.leads, storage, onChanged, preloaded);
  const watches = useStoredValue(RECORDS.watches, storage, onChanged, preloaded);
  const watch = useWatch(deps);

  const ctx = useMemo<ViewContext>(() => ({ now, t, lang, timeZone }), [now, t, lang, timeZone]);
  // Until settings are read, the default interval decides staleness: the snapshot must not wait for them.
  const view = useMemo(() => popupView(snapshot, settings ?? defaultSettings, ctx), [snapshot, settings, ctx]);
  const session = useMemo(
    () => sessionCardView(view.level, snapshot, sessionState, settings, ctx),
    [view.level, snapshot, sessionState, settings, ctx],
  );
  const fresher = useMemo(() => knownIncidents(snapshot), [snapshot]);

  // Announce a change of state (a new incident, recovery, the page becoming unreachable), not the first paint.
  const [announcement, setAnnouncement] = useState('');
  const lastHeadline = useRef<string | null>(null);
  useEffect(() => {
    if (view.dataState === 'loading') return;
    if (lastHeadline.current !== null && lastHeadline.current !== view.headline) setAnnouncement(view.headline);
    lastHeadline.current = view.headline;
  }, [view.headline, view.dataState]);

  const openOptions = () => {
    void deps.runtime.openOptionsPage().then(deps.closeWindow, () => undefined);
  };

  return (
    <div class="popup">
      <Header
        view={view}
        refresh={refresh}
        onRefresh={() => void startRefresh()}
        sessionLine={session?.kind === 'line' ? session.text : null}
        t={t}
      />
      <main class="content">
        {session?.kind === 'card' && (
          <SessionCard
            card={session}
            statusPageUrl={view.statusPageUrl}
            watch={{
              watching: typeof watches?.session === 'number',
              unnotified: watch.unnotified,
              onChange: (on) => watch.change({ kind: 'session' }, on),
            }}
            t={t}
          />
        )}
        {view.incidents.length > 0 && (
          <section class="section" aria-labelledby="incidents-heading" data-testid="popup-incidents">
            <h2 id="incidents-heading">{t('popupIncidentsHeading')}</h2>
            <ul class="cards">
              {view.incidents.map((incident) => (
                <IncidentCard
                  key={incident.id}
                  incident={incident}
                  lead={leadLine(leads, incident.id, t)}
                  watch={{
                    watching: typeof watches?.incidents?.[incident.id] === 'number',
                    unnotified: watch.unnotified,
                    onChange: (on) => watch.change({ kind: 'incident', id: incident.id }, on),
                  }}
                  t={t}
                />
              ))}
            </ul>
          </section>
        )}
        {view.maintenances.length > 0 && <Maintenances items={view.maintenances} t={t} />}
        {view.components.length > 0 && (
          <section class="section" aria-labelledby="components-heading" data-testid="popup-components">
            <h2 id="components-heading">{t('popupComponentsHeading')}</h2>
            <StatusList rows={view.components} />
          </section>
        )}
        {view.resolved.length > 0 && <RecentlyResolved items={view.resolved} t={t} />}
        <HistorySection state={history} load={(force) => void loadHistory(force)} fresher={fresher} ctx={ctx} />
      </main>
      <Footer statusPageUrl={view.statusPageUrl} onOpenOptions={openOptions} t={t} />
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="popup-announcer">
        {announcement}
      </div>
    </div>
  );
}
