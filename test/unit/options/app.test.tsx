// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/options/App';
import type { OptionsDeps } from '../../../src/options/deps';
import { defaultSettings, readSettings, type Settings } from '../../../src/shared/settings';
import { KEYS } from '../../../src/shared/storage';
import type { Snapshot } from '../../../src/core/types';
import { fakePermissions, fakeRuntime, incidentFixture, makeDeps, NOW, snapshotFrom } from './fakes';
import { FakeStorage } from '../fake-storage';

// storage-hooks imports the polyfill for its defaults; every dependency is injected here.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = previousTz;
});
afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('data-theme');
});

interface Setup {
  settings?: unknown;
  snapshot?: Snapshot;
  permissions?: ReturnType<typeof fakePermissions>;
  history?: () => Promise<unknown>;
  deps?: Partial<OptionsDeps>;
}

async function setup({ settings, snapshot, permissions = fakePermissions(), history, deps }: Setup = {}) {
  const initial: Record<string, unknown> = {};
  if (settings !== undefined) initial[KEYS.settings] = settings;
  if (snapshot) initial[KEYS.snapshot] = snapshot;
  const storage = new FakeStorage(initial);
  const runtime = fakeRuntime(history ?? (async () => ({ ok: false, reason: 'offline' })));
  const view = render(
    <App
      deps={makeDeps({
        storage: storage.area,
        onChanged: storage.onChanged,
        permissions: permissions.api,
        runtime: runtime.runtime,
        timeZone: 'Europe/Berlin',
        ...deps,
      })}
    />,
  );
  await screen.findByTestId('options-poll-interval');
  // Let the permission check and history request settle.
  await act(async () => {});
  const stored = (): Settings => readSettings(storage.data[KEYS.settings]);
  const saved = () => waitFor(() => expect(screen.getByTestId('options-save-status').dataset.state).toBe('saved'));
  return { storage, runtime, permissions, view, stored, saved };
}

const enabledNotifications = { ...defaultSettings, notifications: { ...defaultSettings.notifications, enabled: true } };
const box = (testid: string) => screen.getByTestId(testid) as HTMLInputElement;

describe('every control writes its setting', () => {
  it('poll interval', async () => {
    const { stored, saved } = await setup();
    const select = screen.getByRole('combobox', { name: 'Check the status every' }) as HTMLSelectElement;
    expect(select.value).toBe('60');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      '30 seconds',
      '1 minute',
      '2 minutes',
      '5 minutes',
      '10 minutes',
      '15 minutes',
    ]);
    fireEvent.change(select, { target: { value: '300' } });
    await saved();
    expect(stored().pollIntervalSec).toBe(300);
    expect(screen.getByTestId('options-save-status').textContent).toMatch(/^Saved at \d\d:\d\d:\d\d$/);
  });

  it('the notification events, only while notifications are on', async () => {
    const { stored, saved } = await setup({
      settings: enabledNotifications,
      permissions: fakePermissions({ granted: true }),
    });
    const updated = screen.getByRole('checkbox', { name: 'New updates to an incident' }) as HTMLInputElement;
    expect(updated.checked).toBe(false);
    expect(updated.closest('fieldset')!.disabled).toBe(false);
    fireEvent.click(updated);
    fireEvent.click(box('options-notify-resolved'));
    await saved();
    expect(stored().notifications).toEqual({
      enabled: true,
      opened: true,
      escalated: true,
      updated: true,
      resolved: false,
    });
  });

  it('disables the event checkboxes and snooze buttons while notifications are off', async () => {
    await setup();
    for (const key of ['opened', 'escalated', 'updated', 'resolved']) {
      expect(box(`options-notify-${key}`).closest('fieldset')!.disabled).toBe(true);
    }
    expect((screen.getByTestId('options-snooze-1h') as HTMLButtonElement).disabled).toBe(true);
  });

  it('banner', async () => {
    const { stored, saved } = await setup();
    const banner = screen.getByRole('checkbox', { name: 'Show a banner on claude.ai when Claude has problems' });
    fireEvent.click(banner);
    await saved();
    expect(stored().banner).toBe(false);
    expect((banner as HTMLInputElement).checked).toBe(false);
  });

  it('theme, applied live to <html>', async () => {
    const { stored, saved } = await setup();
    const root = document.documentElement;
    expect(root.hasAttribute('data-theme')).toBe(false);
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    await saved();
    expect(stored().theme).toBe('dark');
    expect(root.getAttribute('data-theme')).toBe('dark');
    fireEvent.click(screen.getByRole('radio', { name: 'Same as the system' }));
    await waitFor(() => expect(stored().theme).toBe('system'));
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('snooze for 1 h, 4 h and until tomorrow 9:00 local, then resume', async () => {
    const { stored, saved } = await setup({
      settings: enabledNotifications,
      permissions: fakePermissions({ granted: true }),
    });
    expect(screen.getByTestId('options-snooze-status').textContent).toBe('Not snoozed.');

    fireEvent.click(screen.getByRole('button', { name: 'Snooze for 1 hour' }));
    await saved();
    expect(stored().snoozeUntil).toBe(NOW + 3_600_000);
    // NOW is 17:00:30 CEST on Sunday 27 September 2026.
    expect(screen.getByTestId('options-snooze-status').textContent).toBe('Snoozed until Sun 27 Sept, 18:00.');

    fireEvent.click(screen.getByRole('button', { name: 'Snooze for 4 hours' }));
    await waitFor(() => expect(stored().snoozeUntil).toBe(NOW + 4 * 3_600_000));

    fireEvent.click(screen.getByRole('button', { name: 'Snooze until tomorrow, 9:00' }));
    await waitFor(() => expect(stored().snoozeUntil).toBe(Date.parse('2026-09-28T07:00:00Z')));
    expect(screen.getByTestId('options-snooze-status').textContent).toBe('Snoozed until Mon 28 Sept, 9:00.');

    fireEvent.click(screen.getByRole('button', { name: 'Resume notifications' }));
    await waitFor(() => expect(stored().snoozeUntil).toBe(0));
    expect(screen.queryByTestId('options-snooze-resume')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('options-snooze-status'));
  });

  it('models to mute, learned from real incidents and the history', async () => {
    const history = { fetchedAt: NOW, incidents: [incidentFixture('manyModels')] };
    const { stored, saved, runtime } = await setup({
      snapshot: snapshotFrom([incidentFixture('multipleModels')], [incidentFixture('backfilled')]),
      history: async () => ({ ok: true, value: history }),
    });
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'getHistory', payload: {} });
    const group = screen.getByRole('group', { name: 'Models to mute' });
    const names = within(group)
      .getAllByRole('checkbox')
      .map((input) => input.closest('label')!.textContent);
    expect(names).toEqual([
      'Claude 2.1',
      'Haiku 4.5',
      'Instant 1.2',
      'Opus 4.7',
      'Opus 4.5',
      'Sonnet 4.6',
      'Sonnet 4.5',
      'Sonnet 4',
    ]);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Opus 4.7' }));
    fireEvent.click(box('options-mute-model-sonnet-4'));
    await saved();
    expect(stored().mutedModels).toEqual(['Opus 4.7', 'Sonnet 4']);
    fireEvent.click(box('options-mute-model-opus-4.7'));
    await waitFor(() => expect(stored().mutedModels).toEqual(['Sonnet 4']));
  });

  it('models still listed from the snapshot when the history cannot be had', async () => {
    await setup({
      snapshot: snapshotFrom([incidentFixture('multipleModels')]),
      settings: { ...defaultSettings, mutedModels: ['Opus 3'] },
      history: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    });
    expect(screen.getByTestId('options-history-status').dataset.state).toBe('failed');
    const group = screen.getByRole('group', { name: 'Models to mute' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((i) => i.closest('label')!.textContent),
    ).toEqual(['Haiku 4.5', 'Opus 4.7', 'Opus 3 (not in recent incidents)', 'Sonnet 4.6']);
    expect(box('options-mute-model-opus-3').checked).toBe(true);
  });

  it('components to mute, by id, keeping muted ids that left the page', async () => {
    const { stored, saved } = await setup({
      snapshot: snapshotFrom(),
      settings: { ...defaultSettings, mutedComponentIds: ['gone0000id00'] },
    });
    const group = screen.getByRole('group', { name: 'Components to mute' });
    expect(within(group).getByText('(no longer listed)').closest('label')!.textContent).toBe(
      'gone0000id00 (no longer listed)',
    );
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Claude Code' }));
    await saved();
    expect(stored().mutedComponentIds).toEqual(['gone0000id00', 'yyzkbfz2thpt']);
  });

  it('says where the component list will come from when there is no data yet', async () => {
    await setup();
    expect(screen.getByTestId('options-components-empty').textContent).toMatch(/first successful status check/);
    expect(screen.getByTestId('options-models-empty').textContent).toMatch(/No recent incident has named a model yet/);
  });
});

describe('notifications permission', () => {
  it('asks inside the click, and turns on only once granted', async () => {
    const permissions = fakePermissions({ answer: true });
    const { stored, storage, saved } = await setup({ permissions });
    const toggle = screen.getByRole('checkbox', { name: 'Show desktop notifications' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);

    fireEvent.click(toggle);
    // Synchronously, within the user gesture: no await may come before the request.
    expect(permissions.request).toHaveBeenCalledTimes(1);
    expect(permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await act(async () => {});
    expect(toggle.checked).toBe(false);
    expect(screen.getByTestId('options-notifications-note').textContent).toMatch(/Waiting for your answer/);
    expect(storage.writes).toEqual([]);

    await act(async () => permissions.answerPrompt());
    await saved();
    expect(stored().notifications.enabled).toBe(true);
    expect(toggle.checked).toBe(true);
    expect(box('options-notify-opened').closest('fieldset')!.disabled).toBe(false);
    expect(screen.getByTestId('options-notifications-note').textContent).toBe('');
  });

  it('does not ask twice while the prompt is open', async () => {
    const permissions = fakePermissions({ answer: true });
    await setup({ permissions });
    fireEvent.click(box('options-notifications-toggle'));
    await act(async () => {});
    fireEvent.click(box('options-notifications-toggle'));
    expect(permissions.request).toHaveBeenCalledTimes(1);
    await act(async () => permissions.answerPrompt());
    await waitFor(() => expect(box('options-notifications-toggle').checked).toBe(true));
  });

  it.each([
    ['refused', false],
    ['failed', 'throw'],
  ] as const)('stays off and says why when %s', async (_case, answer) => {
    const permissions = fakePermissions({ answer });
    const { storage } = await setup({ permissions });
    const toggle = box('options-notifications-toggle');
    fireEvent.click(toggle);
    await act(async () => permissions.answerPrompt());
    await waitFor(() =>
      expect(screen.getByTestId('options-notifications-note').textContent).toMatch(/did not grant permission/),
    );
    expect(toggle.checked).toBe(false);
    expect(storage.writes).toEqual([]);
    expect(box('options-notify-opened').closest('fieldset')!.disabled).toBe(true);
  });

  it('reflects a permission removed and granted again elsewhere, without rewriting the wish', async () => {
    const permissions = fakePermissions({ granted: true });
    const { storage, stored } = await setup({ settings: enabledNotifications, permissions });
    const toggle = box('options-notifications-toggle');
    expect(toggle.checked).toBe(true);

    act(() => permissions.revoke());
    expect(toggle.checked).toBe(false);
    expect(screen.getByTestId('options-notifications-note').textContent).toMatch(/permission for them is missing/);
    expect(box('options-notify-opened').closest('fieldset')!.disabled).toBe(true);
    expect(storage.writes).toEqual([]);
    expect(stored().notifications.enabled).toBe(true);

    act(() => permissions.grantElsewhere());
    expect(toggle.checked).toBe(true);
  });

  it('shows the toggle off on load when the permission is missing although the setting is on', async () => {
    await setup({ settings: enabledNotifications, permissions: fakePermissions({ granted: false }) });
    expect(box('options-notifications-toggle').checked).toBe(false);
    expect(screen.getByTestId('options-notifications-note').textContent).toMatch(/may have been removed/);
  });

  it('turning off writes the setting and asks nothing', async () => {
    const permissions = fakePermissions({ granted: true });
    const { stored, saved } = await setup({ settings: enabledNotifications, permissions });
    fireEvent.click(box('options-notifications-toggle'));
    await saved();
    expect(permissions.request).not.toHaveBeenCalled();
    expect(stored().notifications.enabled).toBe(false);
  });

  it('stops listening when the page goes away', async () => {
    const permissions = fakePermissions();
    const { view } = await setup({ permissions });
    expect(permissions.listeners()).toBe(2);
    view.unmount();
    // Preact runs effect cleanups after the unmount returns.
    await waitFor(() => expect(permissions.listeners()).toBe(0));
  });
});

describe('reset', () => {
  const custom = {
    ...enabledNotifications,
    pollIntervalSec: 900,
    banner: false,
    theme: 'dark',
    mutedModels: ['Opus 4.7'],
    mutedComponentIds: ['yyzkbfz2thpt'],
    snoozeUntil: NOW + 60_000,
  };

  it('asks first; cancel keeps everything and returns focus', async () => {
    const { storage } = await setup({ settings: custom });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    expect(screen.getByRole('group', { name: /Reset all settings to their defaults\?/ }).textContent).toContain(
      'Cancel',
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('options-reset-cancel')));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('options-reset')));
    expect(storage.writes).toEqual([]);
  });

  it('Escape cancels', async () => {
    await setup({ settings: custom });
    fireEvent.click(screen.getByTestId('options-reset'));
    fireEvent.keyDown(screen.getByTestId('options-reset-cancel'), { key: 'Escape' });
    expect(screen.queryByTestId('options-reset-confirm')).toBeNull();
  });

  it('confirmed, writes the defaults and shows them', async () => {
    const { stored, saved } = await setup({ settings: custom });
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    fireEvent.click(screen.getByTestId('options-reset'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset all settings' }));
    await saved();
    expect(stored()).toEqual(defaultSettings);
    expect((screen.getByTestId('options-poll-interval') as HTMLSelectElement).value).toBe('60');
    expect(box('options-banner-toggle').checked).toBe(true);
    expect(box('options-theme-system').checked).toBe(true);
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });
});

describe('stored settings', () => {
  it('invalid values render as defaults, and nothing is written until the user changes something', async () => {
    const { storage } = await setup({
      settings: {
        version: 1,
        pollIntervalSec: 5,
        notifications: 'yes',
        snoozeUntil: -1,
        banner: 'no',
        mutedModels: 'Opus 4.7',
        theme: 'neon',
      },
      permissions: fakePermissions({ granted: true }),
    });
    expect((screen.getByTestId('options-poll-interval') as HTMLSelectElement).value).toBe('60');
    expect(box('options-notifications-toggle').checked).toBe(false);
    expect(box('options-notify-opened').checked).toBe(true);
    expect(box('options-notify-updated').checked).toBe(false);
    expect(box('options-banner-toggle').checked).toBe(true);
    expect(box('options-theme-system').checked).toBe(true);
    expect(screen.getByTestId('options-snooze-status').textContent).toBe('Not snoozed.');
    expect(storage.writes).toEqual([]);
  });

  it('follows changes made elsewhere', async () => {
    const { storage } = await setup();
    await act(async () => {
      storage.external({ [KEYS.settings]: { ...defaultSettings, banner: false, pollIntervalSec: 120 } });
      await storage.delivered();
    });
    expect(box('options-banner-toggle').checked).toBe(false);
    expect((screen.getByTestId('options-poll-interval') as HTMLSelectElement).value).toBe('120');
  });

  it('keeps both of two changes made before the first write lands', async () => {
    const { stored, saved } = await setup({ snapshot: snapshotFrom() });
    fireEvent.click(box('options-mute-component-rwppv331jlwc'));
    fireEvent.click(box('options-mute-component-k8w3r06qmzrp'));
    fireEvent.click(box('options-banner-toggle'));
    await saved();
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(stored().mutedComponentIds).toEqual(['rwppv331jlwc', 'k8w3r06qmzrp']);
    expect(stored().banner).toBe(false);
    expect(box('options-mute-component-rwppv331jlwc').checked).toBe(true);
  });

  it('says so when a write fails', async () => {
    const storage = new FakeStorage();
    storage.refuseWrites = true;
    render(<App deps={makeDeps({ storage: storage.area, onChanged: storage.onChanged })} />);
    fireEvent.click(await screen.findByTestId('options-banner-toggle'));
    await waitFor(() =>
      expect(screen.getByTestId('options-save-status').textContent).toBe('Could not save: QUOTA_BYTES quota exceeded'),
    );
  });
});
