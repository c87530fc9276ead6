import { useCallback, useRef, useState } from 'preact/hooks';
import type { PollError } from '../core/types';
import { send, type History } from '../shared/messages';
import type { MessageRuntime } from './use-refresh';

/** `error` is null when the worker gave no answer at all (not running, or an answer of another shape). */
export type HistoryState =
  | { phase: 'idle' }
  | { phase: 'loading' }
  | { phase: 'ready'; history: History }
  | { phase: 'error'; error: PollError | null };

/** incidents.json is ~190 KB: asked for only when the user opens the section, and the worker caches it. */
export function useHistory(runtime: MessageRuntime): [HistoryState, (force?: boolean) => Promise<void>] {
  const [state, setState] = useState<HistoryState>({ phase: 'idle' });
  const loading = useRef(false);
  const load = useCallback(
    async (force = false) => {
      if (loading.current) return;
      loading.current = true;
      setState({ phase: 'loading' });
      try {
        const answer = await send(runtime, 'getHistory', force ? { force } : {});
        if (answer?.ok) setState({ phase: 'ready', history: answer.value });
        else setState({ phase: 'error', error: answer?.error ?? null });
      } catch {
        setState({ phase: 'error', error: null });
      } finally {
        loading.current = false;
      }
    },
    [runtime],
  );
  return [state, load];
}
