// storage.local for the unit tests of the pages: what get answers is a copy, and onChanged fires as the
// browsers fire it, after the write has resolved and in a task of its own, never inside `set`. A view that
// renders only because the listener ran synchronously passes here only if it would in the browser.
import type Browser from 'webextension-polyfill';
import type { StorageArea } from '../../src/shared/storage';

type Change = Browser.Storage.StorageChange;
type Listener = (changes: Record<string, Change>, areaName: string) => void;

export class FakeStorage {
  /** What is stored now (copies in, copies out). */
  readonly data: Record<string, unknown>;
  /** Every set the page made, in order. */
  readonly writes: Record<string, unknown>[] = [];
  private readonly listeners = new Set<Listener>();

  constructor(initial: Record<string, unknown> = {}) {
    this.data = structuredClone(initial);
  }

  readonly area: StorageArea = {
    get: async (keys) => {
      const wanted = keys === null ? Object.keys(this.data) : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(
        wanted.filter((key) => Object.hasOwn(this.data, key)).map((key) => [key, structuredClone(this.data[key])]),
      );
    },
    set: async (items) => {
      this.writes.push(structuredClone(items));
      this.store(items);
    },
  };

  readonly onChanged = {
    addListener: (listener: Listener) => void this.listeners.add(listener),
    removeListener: (listener: Listener) => void this.listeners.delete(listener),
    hasListener: (listener: Listener) => this.listeners.has(listener),
  } as unknown as Browser.Storage.Static['onChanged'];

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** A write by another context (the worker, another tab): stored at once, announced like any other. */
  external(items: Record<string, unknown>): void {
    this.store(items);
  }

  /** Resolves once every change announced so far has reached the listeners. */
  delivered(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  private store(items: Record<string, unknown>): void {
    const changes: Record<string, Change> = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: structuredClone(this.data[key]), newValue: structuredClone(value) };
      this.data[key] = structuredClone(value);
    }
    setTimeout(() => {
      for (const listener of [...this.listeners]) listener(structuredClone(changes), 'local');
    }, 0);
  }
}
