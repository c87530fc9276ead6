import type { Translate } from '../core/i18n';
import { LevelIcon } from './LevelIcon';
import { RefreshButton } from './RefreshButton';
import type { RefreshState } from './use-refresh';
import type { PopupView } from './view-model';

interface HeaderProps {
  view: PopupView;
  refresh: RefreshState;
  onRefresh: () => void;
  /** The session signal's counts while the official state leads (an incident, maintenance, unknown). */
  sessionLine: string | null;
  t: Translate;
}

/** The state in words, glyph and colour; how fresh it is, or why it is not; the Refresh button. */
export function Header({ view, refresh, onRefresh, sessionLine, t }: HeaderProps) {
  const { problem } = view;
  return (
    <header class={`header level-${view.level}`} data-state={view.dataState}>
      <div class="state-row">
        <LevelIcon level={view.level} size={24} />
        <h1 class="state" data-testid="popup-state" data-level={view.level}>
          {view.headline}
        </h1>
      </div>
      <div class="state-details">
        {/* Always rendered, so the line is reserved before the snapshot arrives and never makes the page jump. */}
        <p class="freshness" data-testid="popup-freshness">
          {view.freshness && !problem ? (
            <time dateTime={view.freshness.time.iso || undefined} title={view.freshness.time.absolute}>
              {view.freshness.text}
            </time>
          ) : (
            (problem?.summary ?? '\u00a0')
          )}
        </p>
        {problem && (
          <div class="problem" data-testid="popup-problem">
            <p>{problem.reason}</p>
            <p>{problem.lastGood}</p>
            {problem.detail && (
              <details class="problem-detail">
                <summary>{t('popupTechnicalDetails')}</summary>
                <code>{problem.detail}</code>
              </details>
            )}
          </div>
        )}
        {view.lastKnown && (
          <p class="last-known" data-testid="popup-last-known">
            {view.lastKnown}
          </p>
        )}
        {view.staleNote && (
          <p class="stale-note" data-testid="popup-stale">
            {view.staleNote}
          </p>
        )}
        {sessionLine && (
          <p class="session-line" data-testid="popup-session-line">
            {sessionLine}
          </p>
        )}
      </div>
      <RefreshButton state={refresh} onRefresh={onRefresh} t={t} />
    </header>
  );
}
