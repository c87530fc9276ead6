import { useCallback, useRef, useState } from 'preact/hooks';
import { send } from '../shared/messages';

export type RefreshState =
  | { phase: 'idle' }
  | { phase: 'running' }
  /** ok: the poll succeeded; failed: the worker polled but the status page did not answer well; unreachable: no worker answer. */
  | { phase: 'done'; result: 'ok' | 'failed' | 'unreachable' };

export type MessageRuntime = Parameters<typeof send>[0];

/** Asks the worker to poll now; the new snapshot itself arrives through storage.onChanged. */
export function useRefresh(runtime: MessageRuntime): [RefreshState, () => Promise<void>] {
  const [state, setState] = useState<RefreshState>({ phase: 'idle' });
  const running = useRef(false);
  const start = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setState({ phase: 'running' });
    let result: 'ok' | 'failed' | 'unreachable';
    try {
      const answer = await send(runtime, 'refresh', {});
      result = answer?.ok ? 'ok' : 'failed';
    } catch {
      // No receiving end: the worker failed to start, or the extension was just updated.
      result = 'unreachable';
    }
    running.current = false;
    setState({ phase: 'done', result });
  }, [runtime]);
  return [state, start];
}
