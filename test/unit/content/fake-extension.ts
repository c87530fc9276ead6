// A storage.local with onChanged, a runtime whose id can vanish and whose messages reach the worker's own
// handlers, and a manual timer queue: enough of the extension API to drive the banner controller the way
// the browser does.
import { storeDismissal } from '../../../src/background/dismissals';
import type { StorageChange } from '../../../src/content/controller';
import { readDismissRequest } from '../../../src/core/dismissals';
import { readWatchTarget, setWatch } from '../../../src/core/watch';
import { readWatches } from '../../../src/core/watch-record';
import { fakeLocks } from '../fake-locks';

type Listener = (changes: Record<string, StorageChange>, areaName: string) => void;

export class FakeExtension {
  readonly data = new Map<string, unknown>();
  readonly listeners = new Set<Listener>();
  readonly runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> } = {
    id: 'fake-extension-id',
    sendMessage: async (message) => {
      this.check();
      this.messages.push(structuredClone(message));
      return this.worker(message as { type: string; payload: Record<string, unknown> });
    },
  };
  /** Every message the page sent to the worker. */
  readonly messages: unknown[] = [];
  /** The worker's clock. */
  clock: () => number = Date.now;
  /** Whether the worker can notify (the optional permission). */
  notifications = true;
  gets = 0;
  /** Writes by the page itself (the worker's go through `write`). */
  sets = 0;
  /** Makes every storage call throw like Chrome does after the extension was reloaded. */
  invalidated = false;
  timers = new Map<number, { callback: () => void; ms: number }>();
  private nextTimer = 1;
  debug: string[] = [];
  private readonly locks = fakeLocks();

  constructor(initial: Record<string, unknown> = {}) {
    for (const [key, value] of Object.entries(initial)) this.data.set(key, structuredClone(value));
  }

  private check(): void {
    if (this.invalidated) throw new Error('Extension context invalidated.');
  }

  readonly storage = {
    get: async (keys: string | string[] | null): Promise<Record<string, unknown>> => {
      this.check();
      this.gets += 1;
      const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const key of wanted) if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
      return out;
    },
    set: async (items: Record<string, unknown>): Promise<void> => {
      this.check();
      this.sets += 1;
      void this.write(items);
    },
  };

  readonly onChanged = {
    addListener: (listener: Listener) => void this.listeners.add(listener),
    removeListener: (listener: Listener) => void this.listeners.delete(listener),
  };

  /**
   * What another context (the worker, the options page) writing storage looks like to this page: stored at
   * once, announced to onChanged in a task of its own, as browsers do. Resolves once the page was told.
   */
  write(items: Record<string, unknown>): Promise<void> {
    const changes: Record<string, StorageChange> = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: this.data.get(key), newValue: structuredClone(value) };
      this.data.set(key, structuredClone(value));
    }
    return new Promise((resolve) =>
      setTimeout(() => {
        for (const listener of [...this.listeners]) listener(structuredClone(changes), 'local');
        resolve();
      }, 0),
    );
  }

  /** The worker's side of the messages the banner sends, with the worker's own code where it is pure enough. */
  private async worker(message: { type: string; payload: Record<string, unknown> }): Promise<unknown> {
    const storage = { get: this.storage.get, set: async (items: Record<string, unknown>) => void this.write(items) };
    if (message.type === 'dismiss') {
      const request = readDismissRequest(message.payload);
      return request ? storeDismissal({ storage, now: this.clock, lock: this.locks.lock }, request) : { ok: false };
    }
    if (message.type === 'watch') {
      const target = readWatchTarget(message.payload.target);
      if (!target) return { ok: false, notifications: this.notifications };
      const watches = readWatches(this.data.get('watches.v1'));
      void this.write({ 'watches.v1': setWatch(watches, target, message.payload.on === true, this.clock()) });
      return { ok: true, notifications: this.notifications };
    }
    return { ok: false };
  }

  /** The extension was reloaded or updated under the page. */
  invalidate(): void {
    this.invalidated = true;
    delete this.runtime.id;
  }

  setTimer = (callback: () => void, ms: number): number => {
    const id = this.nextTimer++;
    this.timers.set(id, { callback, ms });
    return id;
  };

  clearTimer = (id: unknown): void => void this.timers.delete(id as number);

  /** Runs the timers pending now (not those they schedule). */
  fireTimers(): void {
    const pending = [...this.timers.entries()];
    this.timers.clear();
    for (const [, timer] of pending) timer.callback();
  }
}
