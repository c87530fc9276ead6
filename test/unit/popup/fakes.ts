// Fakes for the popup's browser dependencies: a storage area that fires onChanged like the real one,
// and a runtime whose answers the test controls one message at a time.
import type { StorageOnChanged } from '../../../src/popup/App';
import type { StorageArea } from '../../../src/shared/storage';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => void;

export class FakeStorage {
  private readonly values = new Map<string, unknown>();
  private readonly listeners = new Set<Listener>();

  constructor(initial: Record<string, unknown> = {}) {
    for (const [key, value] of Object.entries(initial)) this.values.set(key, structuredClone(value));
  }

  readonly area: StorageArea = {
    get: async (keys) => {
      const list = keys === null ? [...this.values.keys()] : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const key of list) if (this.values.has(key)) out[key] = structuredClone(this.values.get(key));
      return out;
    },
    set: async (items) => {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: this.values.get(key), newValue: structuredClone(value) };
        this.values.set(key, structuredClone(value));
      }
      for (const listener of this.listeners) listener(changes, 'local');
    },
  };

  readonly onChanged = {
    addListener: (listener: Listener) => void this.listeners.add(listener),
    removeListener: (listener: Listener) => void this.listeners.delete(listener),
    hasListener: (listener: Listener) => this.listeners.has(listener),
  } as unknown as StorageOnChanged;

  get listenerCount(): number {
    return this.listeners.size;
  }
}

interface Pending {
  message: unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/** sendMessage parks every message until the test answers it. */
export class FakeRuntime {
  readonly sent: unknown[] = [];
  readonly pending: Pending[] = [];
  optionsOpened = 0;

  sendMessage = (message: unknown): Promise<unknown> => {
    this.sent.push(message);
    return new Promise((resolve, reject) => this.pending.push({ message, resolve, reject }));
  };

  openOptionsPage = async (): Promise<void> => {
    this.optionsOpened += 1;
  };

  /** Answers the oldest unanswered message. */
  answer(value: unknown): void {
    const next = this.pending.shift();
    if (!next) throw new Error('no pending message');
    next.resolve(value);
  }

  fail(reason: unknown): void {
    const next = this.pending.shift();
    if (!next) throw new Error('no pending message');
    next.reject(reason);
  }
}
