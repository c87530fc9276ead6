import { useEffect, useState } from 'preact/hooks';
import { send, type History } from '../shared/messages';
import type { RuntimeApi } from './deps';

export type HistoryState = { kind: 'loading' } | { kind: 'ok'; history: History } | { kind: 'failed' };

/**
 * Recent incidents from the worker, only to learn more model names. The worker answers from its cache
 * (incidents.json is ~190 KB and fetched at most every few hours), so asking once per page open is cheap.
 * Any failure just means fewer models to choose from.
 */
export function useRecentHistory(runtime: RuntimeApi): HistoryState {
  const [state, setState] = useState<HistoryState>({ kind: 'loading' });
  useEffect(() => {
    let alive = true;
    send(runtime, 'getHistory', {}).then(
      (answer) => {
        if (!alive) return;
        const ok = answer?.ok === true && Array.isArray(answer.value?.incidents);
        setState(ok ? { kind: 'ok', history: answer.value } : { kind: 'failed' });
      },
      () => alive && setState({ kind: 'failed' }),
    );
    return () => {
      alive = false;
    };
  }, [runtime]);
  return state;
}
