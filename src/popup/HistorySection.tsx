import { ExternalLink } from '../ui/ExternalLink';
import { useMemo, useState } from 'preact/hooks';
import type { Incident } from '../core/types';
import { LevelIcon } from './LevelIcon';
import { TimeStamp } from './TimeStamp';
import { historyErrorText, historyView } from './history-view';
import type { HistoryState } from './use-history';
import type { ViewContext } from './view-model';

interface HistorySectionProps {
  state: HistoryState;
  load: (force?: boolean) => void;
  /** Incidents the snapshot knows (open, recently resolved): fresher than the history copy. */
  fresher: readonly Incident[];
  ctx: ViewContext;
}

/** Collapsed at first: the history is fetched (by the worker, cached) only when the user opens it. */
export function HistorySection({ state, load, fresher, ctx }: HistorySectionProps) {
  const { t } = ctx;
  const [open, setOpen] = useState(false);
  const view = useMemo(
    () => (state.phase === 'ready' ? historyView(state.history, fresher, ctx) : null),
    [state, fresher, ctx],
  );
  const toggle = () => {
    const next = !open;
    setOpen(next);
    if (next && (state.phase === 'idle' || state.phase === 'error')) load();
  };

  return (
    <section class="section history" aria-labelledby="history-heading" data-testid="popup-history">
      <h2 id="history-heading">
        <button
          type="button"
          class="disclosure"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="history-panel"
          data-testid="history-toggle"
          onClick={toggle}
        >
          {t('popupHistoryHeading')}
        </button>
      </h2>
      <div id="history-panel" hidden={!open} aria-busy={state.phase === 'loading' ? 'true' : 'false'}>
        {state.phase === 'loading' && (
          <p role="status" data-testid="history-loading">
            {t('popupHistoryLoading')}
          </p>
        )}
        {state.phase === 'error' && (
          <div data-testid="history-error">
            <p role="status">{t('popupHistoryError', [historyErrorText(state.error, t)])}</p>
            <button type="button" class="button" data-testid="history-retry" onClick={() => load(true)}>
              {t('popupHistoryRetry')}
            </button>
          </div>
        )}
        {view && (
          <>
            <ol class="days" aria-label={t('popupHistoryDaysLabel')} data-testid="history-days">
              {view.days.map((day) => (
                <li
                  key={day.key}
                  class={`day ${day.level ? `level-${day.level}` : 'day-clear'}`}
                  data-testid="history-day"
                  data-day={day.key}
                  data-level={day.level ?? 'none'}
                  title={day.description}
                >
                  <span class="day-cell" aria-hidden="true">
                    {day.level && <LevelIcon level={day.level} size={14} />}
                  </span>
                  <span class="day-label" aria-hidden="true">
                    {day.label}
                  </span>
                  <span class="visually-hidden">{day.description}</span>
                </li>
              ))}
            </ol>
            {view.incidents.length === 0 ? (
              <p data-testid="history-empty">{t('popupHistoryNoIncidents')}</p>
            ) : (
              <ul class="compact-list" data-testid="history-incidents">
                {view.incidents.map((row) => (
                  <li key={row.id} data-testid="history-incident">
                    <p class="compact-title">
                      {row.url ? <ExternalLink href={row.url}>{row.title}</ExternalLink> : row.title}
                    </p>
                    <p class="compact-meta">
                      <span class={`status-value level-${row.level}`}>
                        <LevelIcon level={row.level} size={12} />
                        {row.impactText}
                      </span>{' '}
                      · <TimeStamp time={row.started} />
                    </p>
                  </li>
                ))}
              </ul>
            )}
            <p class="muted" data-testid="history-fetched">
              {t('popupHistoryFetched', [view.fetched.relative])}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
