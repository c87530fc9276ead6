// The signal's stored shape and its reader, apart from the decision in ./signal: the views read the
// stored state (through ./state) and need only this, so the decision logic stays in the worker's bundle.

export interface Episode {
  /**
   * The end of the first 30 s bucket in which the session saw a server error (capped at the decision
   * time): never earlier than the real first error, so a lead time is never overstated.
   */
  firstErrorAt: number;
  /** When the signal turned on. */
  onAt: number;
  /** When it turned off; null while it is on. */
  endedAt: number | null;
}

export interface SessionSignal {
  on: boolean;
  /** The current episode while on; the last one after (for lead time); null before the first. */
  episode: Episode | null;
  /** Errors in buckets before bucketStart(clearedAt) no longer count towards turning on. */
  clearedAt: number;
}

export const initialSignal = (): SessionSignal => ({ on: false, episode: null, clearedAt: 0 });

/** A stored signal, checked; anything malformed is the initial state. */
export function readSignal(raw: unknown): SessionSignal {
  if (typeof raw !== 'object' || raw === null) return initialSignal();
  const { on, episode, clearedAt } = raw as Record<string, unknown>;
  if (typeof on !== 'boolean' || typeof clearedAt !== 'number' || !Number.isFinite(clearedAt)) return initialSignal();
  if (episode === null) return on ? initialSignal() : { on, episode: null, clearedAt };
  if (typeof episode !== 'object' || episode === undefined) return initialSignal();
  const e = episode as Record<string, unknown>;
  const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
  if (!finite(e.firstErrorAt) || !finite(e.onAt) || !(e.endedAt === null || finite(e.endedAt))) return initialSignal();
  if (on !== (e.endedAt === null)) return initialSignal();
  return { on, episode: { firstErrorAt: e.firstErrorAt, onAt: e.onAt, endedAt: e.endedAt }, clearedAt };
}
