// storage.local with onChanged (the one storage fake, every call refused once the context is invalidated), a
// runtime whose id can vanish and whose messages reach the worker's own handlers, and a manual timer queue:
// enough of the extension API to drive the banner controller the way the browser does.
import { storeDismissal } from '../../../src/background/dismissals';
import { readDismissRequest } from '../../../src/core/dismissals';
import { readWatchTarget, setWatch } from '../../../src/core/watch';
import { readWatches } from '../../../src/core/watch-record';
import { fakeLocks } from '../fake-locks';
import { FakeStorage } from '../fake-storage';

export class FakeExtension {
  /** What storage.local holds, the page's reads and writes, and who listens. */
  readonly store: FakeStorage;
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
  /** Makes every storage call throw like Chrome does after the extension was reloaded. */
  invalidated = false;
  timers = new Map<number, { callback: () => void; ms: number }>();
  private nextTimer = 1;
  debug: string[] = [];
  private readonly locks = fakeLocks();

  constructor(initial: Record<string, unknown> = {}) {
    this.store = new FakeStorage(initial);
  }

  private check(): void {
    if (this.invalidated) throw new Error('Extension context invalidated.');
  }

  /** The page's storage.local: the fake's, refused like every other call once the context is invalidated. */
  readonly storage = {
    get: async (keys: string | string[] | null): Promise<Record<string, unknown>> => {
      this.check();
      return this.store.area.get(keys);
    },
    set: async (items: Record<string, unknown>): Promise<void> => {
      this.check();
      return this.store.area.set(items);
    },
  };

  get onChanged() {
    return this.store.onChanged;
  }

  /**
   * What another context (the worker, the options page) writing storage looks like to this page: stored at
   * once, announced to onChanged in a task of its own, as browsers do. Resolves once the page was told.
   */
  write(items: Record<string, unknown>): Promise<void> {
    return this.store.external(items);
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
      const watches = readWatches(this.store.data['watches.v1']);
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
