import { expect, test } from 'vitest';
import { fakeLocks, type Lock } from './fake-locks';

/** Two tasks requested at once on `names`, each yielding mid-way: the order they entered and left in. */
async function trace(lock: Lock, names: [string, string]): Promise<string[]> {
  const seen: string[] = [];
  const task = (label: string) => async () => {
    seen.push(`${label} in`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    seen.push(`${label} out`);
    return label;
  };
  expect(await Promise.all([lock(names[0], task('a')), lock(names[1], task('b'))])).toEqual(['a', 'b']);
  return seen;
}

const overlapped = (seen: string[]) => seen.indexOf('b in') < seen.indexOf('a out');

test('the check catches overlap: a pass-through lock lets two requests on one name run at once', async () => {
  const passThrough: Lock = (_name, task) => task();
  expect(overlapped(await trace(passThrough, ['poll', 'poll']))).toBe(true);
});

test('two requests on the same name never overlap: the second starts after the first settled', async () => {
  expect(await trace(fakeLocks().lock, ['poll', 'poll'])).toEqual(['a in', 'a out', 'b in', 'b out']);
});

test('requests on different names do not wait for each other', async () => {
  expect(overlapped(await trace(fakeLocks().lock, ['poll', 'dismissed']))).toBe(true);
});

test('a failed task releases the lock and its caller gets the failure', async () => {
  const { lock, held } = fakeLocks();
  const failing = lock('poll', async () => {
    throw new Error('storage refused');
  });
  const next = lock('poll', async () => held('poll'));
  await expect(failing).rejects.toThrow('storage refused');
  expect(await next).toBe(true);
  expect(held('poll')).toBe(false);
});

test('three requests run in the order they were made', async () => {
  const { lock } = fakeLocks();
  const order: number[] = [];
  await Promise.all(
    [30, 1, 10].map((ms, index) =>
      lock('poll', async () => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        order.push(index);
      }),
    ),
  );
  expect(order).toEqual([0, 1, 2]);
});
