// @vitest-environment happy-dom
// The options page's list of lead times: the last records, kept locally, and a way to clear them.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { App } from '../../../src/options/App';
import { KEYS } from '../../../src/shared/storage';
import { fakePermissions, fakeRuntime, makeDeps } from './fakes';
import { FakeStorage } from '../fake-storage';

vi.mock('webextension-polyfill', () => ({ default: {} }));
afterEach(cleanup);

function setup(initial: Record<string, unknown>) {
  const storage = new FakeStorage(initial);
  render(
    <App
      deps={makeDeps({
        storage: storage.area,
        onChanged: storage.onChanged,
        permissions: fakePermissions().api,
        runtime: fakeRuntime(async () => ({ ok: false, reason: 'offline' })).runtime,
        timeZone: 'UTC',
      })}
    />,
  );
  return storage;
}

const POSTED = Date.parse('2026-05-22T04:16:42.333Z');

it('lists each incident the session saw coming, newest first, and clears the list', async () => {
  const storage = setup({
    [KEYS.sessionLeads]: [
      {
        incidentId: 'p0mgnjv3bj97',
        title: 'Elevated error rate on multiple models',
        postedAt: POSTED,
        leadMs: 20.6 * 60_000,
      },
      { incidentId: 'older1', title: '', postedAt: POSTED - 86_400_000, leadMs: 90_000 },
    ],
  });
  const rows = await screen.findAllByTestId('options-lead');
  expect(rows.map((row) => row.textContent)).toEqual([
    'Elevated error rate on multiple models 22 May 2026, 04:16 UTC 20 min earlier',
    'older1 21 May 2026, 04:16 UTC 1 min earlier',
  ]);
  fireEvent.click(screen.getByRole('button', { name: 'Clear the list' }));
  await waitFor(() => expect(storage.data[KEYS.sessionLeads]).toEqual([]));
  await waitFor(() => expect(screen.getByTestId('options-leads').textContent).toContain('None yet.'));
  expect(screen.queryAllByTestId('options-lead')).toEqual([]);
});

it('says "None yet." before the first record, and ignores stored junk', async () => {
  setup({ [KEYS.sessionLeads]: [{ incidentId: 'https://claude.ai/chat/1', leadMs: 5 }, 'x'] });
  await waitFor(() => expect(screen.getByTestId('options-leads').textContent).toContain('None yet.'));
  expect(screen.queryAllByTestId('options-lead')).toEqual([]);
});
