// Every key in storage.local, in a module of its own: records name their key as a literal (checked against
// this list by the compiler), so the pages that only read records never load the list.
/**
 * Every key in storage.local. The version is part of the key: a shape change gets a new key, so an old record
 * is never misread as a new one.
 */
export const KEYS = {
  snapshot: 'snapshot.v1',
  settings: 'settings',
  poll: 'poll.v1',
  notified: 'notified.v1',
  dismissed: 'dismissed.v1',
  history: 'history.v1',
  /** Model families learned from incidents read so far (core/models/learned.ts). */
  families: 'families.v1',
  /** The session signal: window of counts and on/off state (src/core/session/state.ts). Counts only. */
  session: 'session.v1',
  /** Lead-time records, newest first: status page incident id, when it posted, how much earlier. */
  sessionLeads: 'sessionLeads.v1',
  /** One-off "tell me when it's fixed" watches (core/watch.ts). */
  watches: 'watches.v1',
  /** The session episode (its onAt) whose claude.ai banner the user dismissed. */
  sessionDismissed: 'sessionDismissed.v1',
  /** What the badge shows of the session signal, for the claude.ai banner: on/leading, onAt and counts only. */
  sessionShown: 'sessionShown.v1',
} as const;
