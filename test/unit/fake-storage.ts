// storage.local for every unit test (the worker, the popup, the options page, the banner, the session observer):
// what get answers is a copy, and onChanged fires as the browsers fire it, after the write has resolved and in
// a task of its own, never inside `set`. A view that renders only because the listener ran synchronously passes
// here only if it would in the browser. A key set to null keeps the null, as in the browsers.
import type Browser from 'webextension-polyfill';
import type { StorageArea } from '../../src/shared/storage';

type Change = Browser.Storage.StorageChange;
type Listener = (changes: Record<string, Change>, areaName: string) => void;

/** What Chrome says when a write would take storage past its quota; Firefox refuses on a full or broken profile. */
export const QUOTA_ERROR = 'QUOTA_BYTES quota exceeded';

/** storage.local's calls that the extension makes. */
export type FakeArea = Required<StorageArea> & { clear(): Promise<void> };

export class FakeStorage {
  /** What is stored now (copies in, copies out). */
  readonly data: Record<string, unknown>;
  /** Every set that storage took, in order. */
  readonly writes: Record<string, unknown>[] = [];
  /** How many times get was called. */
  reads = 0;
  /** A set that would take bytesInUse() past this is refused whole, as Chrome refuses one past QUOTA_BYTES. */
  quotaBytes = Infinity;
  /** Every set, remove and clear is refused while reads still answer: a full or broken profile. */
  refuseWrites = false;
  /** The keys of every refused set, in order. */
  readonly refused: string[][] = [];
  private readonly listeners = new Set<Listener>();

  constructor(initial: Record<string, unknown> = {}) {
    this.data = structuredClone(initial);
  }

  readonly area: FakeArea = {
    get: async (keys) => {
      this.reads += 1;
      const wanted = keys == null ? Object.keys(this.data) : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(
        wanted.filter((key) => Object.hasOwn(this.data, key)).map((key) => [key, structuredClone(this.data[key])]),
      );
    },
    set: async (items) => {
      if (this.refuseWrites || this.bytesInUse({ ...this.data, ...items }) > this.quotaBytes) {
        this.refused.push(Object.keys(items));
        throw new Error(QUOTA_ERROR);
      }
      this.writes.push(structuredClone(items));
      this.store(items);
    },
    remove: async (keys) => {
      if (this.refuseWrites) throw new Error(QUOTA_ERROR);
      this.drop(Array.isArray(keys) ? keys : [keys]);
    },
    clear: async () => {
      if (this.refuseWrites) throw new Error(QUOTA_ERROR);
      this.drop(Object.keys(this.data));
    },
  };

  readonly onChanged = {
    addListener: (listener: Listener) => void this.listeners.add(listener),
    removeListener: (listener: Listener) => void this.listeners.delete(listener),
    hasListener: (listener: Listener) => this.listeners.has(listener),
  } as unknown as Browser.Storage.Static['onChanged'];

  /** Empty, as a new profile: no data, no listener, nothing counted, every write taken again. */
  reset(): void {
    for (const key of Object.keys(this.data)) delete this.data[key];
    this.writes.length = 0;
    this.refused.length = 0;
    this.reads = 0;
    this.quotaBytes = Infinity;
    this.refuseWrites = false;
    this.listeners.clear();
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /**
   * A write by another context (the worker, another tab): stored at once, announced like any other. Resolves
   * once the listeners were told.
   */
  external(items: Record<string, unknown>): Promise<void> {
    this.store(items);
    return this.delivered();
  }

  /** Resolves once every change announced so far has reached the listeners. */
  delivered(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** What `items` (by default everything stored) takes, counted as Chrome counts it: each key and its JSON. */
  bytesInUse(items: Record<string, unknown> = this.data): number {
    const encoder = new TextEncoder();
    return Object.entries(items).reduce(
      (sum, [key, value]) => sum + encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length,
      0,
    );
  }

  private store(items: Record<string, unknown>): void {
    const changes: Record<string, Change> = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: structuredClone(this.data[key]), newValue: structuredClone(value) };
      this.data[key] = structuredClone(value);
    }
    this.announce(changes);
  }

  private drop(keys: string[]): void {
    const changes: Record<string, Change> = {};
    for (const key of keys.filter((key) => Object.hasOwn(this.data, key))) {
      changes[key] = { oldValue: structuredClone(this.data[key]) };
      delete this.data[key];
    }
    if (Object.keys(changes).length > 0) this.announce(changes);
  }

  private announce(changes: Record<string, Change>): void {
    setTimeout(() => {
      for (const listener of [...this.listeners]) listener(structuredClone(changes), 'local');
    }, 0);
  }
}
