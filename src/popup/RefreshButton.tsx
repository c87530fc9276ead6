import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../core/i18n';
import type { RefreshState } from './use-refresh';

const RESULT_KEYS = {
  ok: 'popupRefreshOk',
  failed: 'popupRefreshFailed',
  unreachable: 'popupRefreshUnreachable',
} as const;

export function refreshStatusText(state: RefreshState, t: Translate): string {
  if (state.phase === 'running') return t('popupRefreshRunning');
  if (state.phase === 'done') return t(RESULT_KEYS[state.result]);
  return '';
}

/**
 * Disabled while the poll runs, so a second click cannot queue another; the result goes to a polite
 * status line that keeps its height, so nothing below jumps.
 */
export function RefreshButton({ state, onRefresh, t }: { state: RefreshState; onRefresh: () => void; t: Translate }) {
  const button = useRef<HTMLButtonElement>(null);
  const hadFocus = useRef(false);
  const running = state.phase === 'running';

  // A disabled button drops keyboard focus to <body>; give it back once the poll is over.
  useEffect(() => {
    if (!running && hadFocus.current) {
      hadFocus.current = false;
      const active = document.activeElement;
      if (active === null || active === document.body) button.current?.focus();
    }
  }, [running]);

  return (
    <div class="refresh">
      <button
        ref={button}
        type="button"
        class="button"
        data-testid="popup-refresh"
        aria-busy={running ? 'true' : 'false'}
        disabled={running}
        onClick={() => {
          hadFocus.current = document.activeElement === button.current;
          onRefresh();
        }}
      >
        <svg
          class={running ? 'refresh-icon spinning' : 'refresh-icon'}
          width="14"
          height="14"
          viewBox="0 0 16 16"
          aria-hidden="true"
          focusable="false"
        >
          <path
            d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9M13.5 2.5v3h-3"
            fill="none"
            stroke="currentColor"
            stroke-width="1.8"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </svg>
        {t('popupRefresh')}
      </button>
      <p
        class="refresh-result"
        role="status"
        data-testid="popup-refresh-result"
        data-result={state.phase === 'done' ? state.result : state.phase}
      >
        {refreshStatusText(state, t)}
      </p>
    </div>
  );
}
