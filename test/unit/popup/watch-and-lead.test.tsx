// @vitest-environment happy-dom
// The incident card's lead time and its "tell me when it's fixed" button, over the real p0mgnjv3bj97 step.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { App, type PopupDeps } from '../../../src/popup/App';
import { KEYS } from '../../../src/shared/storage';
import { MINUTE, p0Step, tEn } from './builders';
import { FakeRuntime, FakeStorage } from './fakes';

vi.mock('webextension-polyfill', () => ({ default: {} }));

function setup(extra: Record<string, unknown> = {}, granted: Promise<boolean> = Promise.resolve(true)) {
  const { snapshot, at } = p0Step(1);
  const storage = new FakeStorage({ [KEYS.snapshot]: snapshot, ...extra });
  const runtime = new FakeRuntime();
  const requested: unknown[] = [];
  const deps: PopupDeps = {
    storage: storage.area,
    onChanged: storage.onChanged,
    runtime,
    permissions: {
      request: (p) => {
        requested.push(p);
        return granted;
      },
    },
    t: tEn,
    lang: 'en',
    timeZone: 'UTC',
    clock: () => at + MINUTE,
    closeWindow: () => undefined,
  };
  render(<App deps={deps} />);
  return { storage, runtime, requested };
}

afterEach(cleanup);

it('says how much earlier the session saw the incident, only for the incident it belongs to', async () => {
  setup({
    [KEYS.sessionLeads]: [
      { incidentId: 'p0mgnjv3bj97', title: 'Elevated error rate', postedAt: 0, leadMs: 23 * MINUTE },
      { incidentId: 'other1', title: 'Other', postedAt: 0, leadMs: 5 * MINUTE },
    ],
  });
  const lead = await screen.findByTestId('incident-lead');
  expect(lead.textContent).toBe('Your claude.ai session saw errors 23 min before the status page.');
  expect(screen.getAllByTestId('incident-lead')).toHaveLength(1);
});

it('no lead line without a record', async () => {
  setup();
  await screen.findByTestId('incident');
  expect(screen.queryByTestId('incident-lead')).toBeNull();
});

it('the watch button asks for the permission first, sends the watch at once, and follows storage', async () => {
  const { storage, runtime, requested } = setup();
  const button = await screen.findByRole('button', { name: /^Tell me when it's fixed\s*: Elevated error rate/ });
  fireEvent.click(button);
  expect(requested).toEqual([{ permissions: ['notifications'] }]);
  expect(runtime.sent).toEqual([
    { type: 'watch', payload: { target: { kind: 'incident', id: 'p0mgnjv3bj97' }, on: true } },
  ]);
  runtime.answer({ ok: true, notifications: true });
  // The card shows the watch once the worker stored it.
  await storage.area.set({ [KEYS.watches]: { incidents: { p0mgnjv3bj97: 1 }, session: null, log: [] } });
  const active = await screen.findByTestId('watch-active');
  expect(active.getAttribute('role')).toBe('status');
  expect(active.textContent).toContain("You'll be told once when it's fixed.");
  expect(active.textContent).not.toContain('Notifications are not allowed');
  fireEvent.click(screen.getByRole('button', { name: /^Cancel\s*: Elevated error rate/ }));
  expect(runtime.sent.at(-1)).toEqual({
    type: 'watch',
    payload: { target: { kind: 'incident', id: 'p0mgnjv3bj97' }, on: false },
  });
  expect(requested).toHaveLength(1);
});

it('without the permission it says the badge and banner will show it', async () => {
  const { storage, runtime } = setup({}, Promise.resolve(false));
  fireEvent.click(await screen.findByTestId('watch-button'));
  runtime.answer({ ok: true, notifications: false });
  await storage.area.set({ [KEYS.watches]: { incidents: { p0mgnjv3bj97: 1 }, session: null, log: [] } });
  await waitFor(() =>
    expect(screen.getByTestId('watch-active').textContent).toContain(
      'Notifications are not allowed: the badge and the banner will show when it',
    ),
  );
});
