// The session signal's record, apart from ./storage so that only the contexts that show the signal load its
// readers (src/core/session).
import { readSessionState, type SessionState } from '../core/session/state';
import { load, stored, type StorageArea } from './storage';

// ---- session.v1: the session signal's window of counts and on/off state (core/session/state.ts).

export const sessionRecord = stored<SessionState>('session.v1', readSessionState);
export const loadSession = (area: StorageArea): Promise<SessionState> => load(area, sessionRecord);
