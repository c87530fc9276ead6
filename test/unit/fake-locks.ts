// navigator.locks as the worker uses it (exclusive requests by name): a request's task starts only once every
// earlier request on the same name has settled, failed ones included. A pass-through fake, `task()`, would
// let two polls or two dismissal writes overlap in tests when the browser never does.

export type Lock = <T>(name: string, task: () => Promise<T>) => Promise<T>;

export function fakeLocks(): { lock: Lock; held: (name: string) => boolean } {
  const queues = new Map<string, Promise<void>>();
  const held = new Set<string>();
  const lock: Lock = (name, task) => {
    const previous = queues.get(name) ?? Promise.resolve();
    const run = previous.then(async () => {
      held.add(name);
      try {
        return await task();
      } finally {
        held.delete(name);
      }
    });
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    queues.set(name, settled);
    void settled.then(() => {
      if (queues.get(name) === settled) queues.delete(name);
    });
    return run;
  };
  return { lock, held: (name) => held.has(name) };
}
