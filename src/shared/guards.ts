// Tiny runtime type checks for our own stored records. Not valibot: the content script reads the Snapshot
// on every claude.ai page and must stay small. A `shape` lists a guard for every field of its type, so
// the compiler notices when a stored type gains a field that is not checked.

export type Guard<T> = (value: unknown) => value is T;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isString: Guard<string> = (value): value is string => typeof value === 'string';
export const isNumber: Guard<number> = (value): value is number => typeof value === 'number' && Number.isFinite(value);
export const isBoolean: Guard<boolean> = (value): value is boolean => typeof value === 'boolean';

export const nullable =
  <T>(guard: Guard<T>): Guard<T | null> =>
  (value): value is T | null =>
    value === null || guard(value);

/** For optional fields: absent (undefined) or valid. */
export const optional =
  <T>(guard: Guard<T>): Guard<T | undefined> =>
  (value): value is T | undefined =>
    value === undefined || guard(value);

export const oneOf =
  <T extends string>(values: readonly T[]): Guard<T> =>
  (value): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const arrayOf =
  <T>(guard: Guard<T>): Guard<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && value.every(guard);

export const recordOf =
  <T>(guard: Guard<T>): Guard<Record<string, T>> =>
  (value): value is Record<string, T> =>
    isRecord(value) && Object.values(value).every(guard);

export type Shape<T> = { [K in keyof T]-?: Guard<T[K]> };

export const shape =
  <T>(fields: Shape<T>): Guard<T> =>
  (value): value is T =>
    isRecord(value) && Object.entries(fields).every(([key, guard]) => (guard as Guard<unknown>)(value[key]));

/** Keeps the entries that pass, drops the rest: one bad entry must not cost the others. */
export function validEntries<T>(raw: unknown, guard: Guard<T>): Record<string, T> {
  if (!isRecord(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, T] => guard(entry[1])));
}

/** Keeps the items that pass. */
export const validItems = <T>(raw: unknown, guard: Guard<T>): T[] => (Array.isArray(raw) ? raw.filter(guard) : []);
