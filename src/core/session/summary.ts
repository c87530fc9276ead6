// The facts every view states about the session: how many answered requests failed in the window.
import { addClassCounts, emptyClassCounts } from './counts';
import type { SessionWindow } from './window';

export interface SessionFacts {
  /** Server errors (5xx, 529) among claude.ai API requests in the last 5 minutes. */
  failed: number;
  /** API requests that got an answer (success, server error, rate-limited) in the last 5 minutes. */
  total: number;
  /** Rate-limited answers (429) among them: shown apart, they are usually the user's own limit. */
  rateLimited: number;
}

export function sessionFacts(window: SessionWindow): SessionFacts {
  // Only the API counts: the sends' own counts are the signal's business (./signal), not what views state.
  const api = window.reduce((sum, bucket) => addClassCounts(sum, bucket.counts.api), emptyClassCounts());
  return {
    failed: api.serverError,
    total: api.success + api.serverError + api.rateLimited,
    rateLimited: api.rateLimited,
  };
}
