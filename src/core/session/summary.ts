// The facts every view states about the session: how many answered requests failed in the window.
import { sumWindow, type SessionWindow } from './window';

export interface SessionFacts {
  /** Server errors (5xx, 529) among claude.ai API requests in the last 5 minutes. */
  failed: number;
  /** API requests that got an answer (success, server error, rate-limited) in the last 5 minutes. */
  total: number;
  /** Rate-limited answers (429) among them: shown apart, they are usually the user's own limit. */
  rateLimited: number;
}

export function sessionFacts(window: SessionWindow): SessionFacts {
  const { api } = sumWindow(window);
  return {
    failed: api.serverError,
    total: api.success + api.serverError + api.rateLimited,
    rateLimited: api.rateLimited,
  };
}
