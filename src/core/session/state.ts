// What the worker stores for the session signal: the window of counts and the on/off state. Views read it
// too (popup card, banner), so it is the one record of the signal.
import { initialSignal, readSignal, type SessionSignal } from './signal-record';
import { readWindow, type SessionWindow } from './window';

export interface SessionState {
  window: SessionWindow;
  signal: SessionSignal;
}

export const initialSessionState = (): SessionState => ({ window: [], signal: initialSignal() });

export function readSessionState(raw: unknown): SessionState {
  if (typeof raw !== 'object' || raw === null) return initialSessionState();
  const { window, signal } = raw as Record<string, unknown>;
  return { window: readWindow(window), signal: readSignal(signal) };
}
