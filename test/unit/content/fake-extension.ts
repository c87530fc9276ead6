// A storage.local with onChanged, a runtime whose id can vanish, and a manual timer queue: enough of the
// extension API to drive the banner controller the way the browser does.
import type { StorageChange } from '../../../src/content/controller';

type Listener = (changes: Record<string, StorageChange>, areaName: string) => void;

export class FakeExtension {
  readonly data = new Map<string, unknown>();
  readonly listeners = new Set<Listener>();
  readonly runtime: { id?: string } = { id: 'fake-extension-id' };
  gets = 0;
  sets = 0;
  /** Makes every storage call throw like Chrome does after the extension was reloaded. */
  invalidated = false;
  timers = new Map<number, { callback: () => void; ms: number }>();
  private nextTimer = 1;
  debug: string[] = [];

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
      this.write(items);
    },
  };

  readonly onChanged = {
    addListener: (listener: Listener) => void this.listeners.add(listener),
    removeListener: (listener: Listener) => void this.listeners.delete(listener),
  };

  /** What another context (the worker, the options page) writing storage looks like to this page. */
  write(items: Record<string, unknown>): void {
    const changes: Record<string, StorageChange> = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: this.data.get(key), newValue: structuredClone(value) };
      this.data.set(key, structuredClone(value));
    }
    for (const listener of [...this.listeners]) listener(structuredClone(changes), 'local');
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
