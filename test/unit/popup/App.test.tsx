// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '../../../src/core/types';
import { App, POPUP_KEYS, type PopupDeps } from '../../../src/popup/App';
import { KEYS } from '../../../src/shared/storage';
import { MINUTE, healthySnapshot, incidentOf, neverPolled, p0Step, pollError, tEn } from './builders';
import { FakeRuntime, FakeStorage } from './fakes';

// storage-hooks imports the polyfill for its defaults; the popup gets every browser API through deps instead.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const NOW = Date.parse('2026-09-27T15:00:00.000Z');

/** `preloaded`: render as main.tsx does, with what one read of POPUP_KEYS answered before the first render. */
function setup(
  stored: { snapshot?: Snapshot; settings?: Record<string, unknown> } = {},
  now = NOW,
  { preloaded }: { preloaded?: boolean } = {},
) {
  const initial = {
    ...(stored.snapshot ? { [KEYS.snapshot]: stored.snapshot } : {}),
    ...(stored.settings ? { [KEYS.settings]: stored.settings } : {}),
  };
  const storage = new FakeStorage(initial);
  const reads: (string | string[] | null)[] = [];
  const get = storage.area.get;
  storage.area.get = (keys) => {
    reads.push(keys);
    return get(keys);
  };
  const runtime = new FakeRuntime();
  const closeWindow = vi.fn();
  const deps: PopupDeps = {
    storage: storage.area,
    onChanged: storage.onChanged,
    runtime,
    permissions: { request: async () => true },
    t: tEn,
    lang: 'en',
    timeZone: 'UTC',
    clock: () => now,
    closeWindow,
  };
  const view = render(<App deps={deps} preloaded={preloaded ? structuredClone(initial) : undefined} />);
  return { storage, runtime, closeWindow, reads, ...view };
}

const stateHeading = () => screen.getByRole('heading', { level: 1 });

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

describe('popup: states', () => {
  it('paints "Loading…" at once, then the stored healthy snapshot', async () => {
    setup({ snapshot: healthySnapshot(NOW, 3 * MINUTE) });
    expect(stateHeading().textContent).toBe('Loading…');
    await waitFor(() => expect(stateHeading().textContent).toBe('Claude is operational'));
    expect(screen.getByTestId('popup-state').dataset.level).toBe('operational');
    expect(document.querySelector('header .level-icon.level-operational')).not.toBeNull();
    const updated = within(screen.getByTestId('popup-freshness')).getByText('Updated 3 minutes ago');
    expect(updated.tagName).toBe('TIME');
    expect(updated.getAttribute('datetime')).toBe('2026-09-27T14:57:00.000Z');
    expect(updated.getAttribute('title')).toBe('Sep 27, 2026, 2:57 PM UTC');
    expect(screen.queryByTestId('popup-incidents')).toBeNull();
    const components = within(screen.getByTestId('popup-components')).getAllByTestId('component-status');
    expect(components).toHaveLength(6);
    expect(components.every((row) => row.textContent?.includes('Operational'))).toBe(true);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Components',
      'Last 7 days',
    ]);
  });

  it('says it is checking when the worker never polled', async () => {
    setup();
    await waitFor(() => expect(stateHeading().textContent).toBe("Checking Claude's status…"));
    expect(screen.getByRole('button', { name: 'Refresh' }).tagName).toBe('BUTTON');
  });

  it('has landmarks, a footer with the status page, the options button and the disclaimer', async () => {
    const { runtime, closeWindow } = setup({ snapshot: healthySnapshot(NOW) });
    await screen.findByText('Claude is operational');
    // One of each landmark, in reading order: header, then main, then footer.
    const landmarks = [screen.getAllByRole('banner'), screen.getAllByRole('main'), screen.getAllByRole('contentinfo')];
    expect(landmarks.map((found) => found.length)).toEqual([1, 1, 1]);
    const [banner, main, footer] = landmarks.map((found) => found[0]!);
    expect(banner!.compareDocumentPosition(main!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeGreaterThan(0);
    expect(main!.compareDocumentPosition(footer!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeGreaterThan(0);
    const statusLink = screen.getByTestId('status-page-link');
    expect(statusLink.getAttribute('href')).toBe('https://status.claude.com/');
    expect(statusLink.textContent).toBe('status.claude.com');
    expect(statusLink.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByTestId('popup-disclaimer').textContent).toBe('Unofficial, not affiliated with Anthropic');
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await waitFor(() => expect(closeWindow).toHaveBeenCalledTimes(1));
    expect(runtime.optionsOpened).toBe(1);
  });

  it('shows p0mgnjv3bj97 at update 5/7 with marked model chips, components, times, timeline and link', async () => {
    const { snapshot, at } = p0Step(5, MINUTE);
    setup({ snapshot }, at + 2 * MINUTE);
    await waitFor(() => expect(stateHeading().textContent).toBe('Claude has a partial outage'));
    const items = within(screen.getByTestId('popup-incidents')).getAllByTestId('incident');
    expect(items).toHaveLength(1);
    const card = items[0]!;
    expect(card.dataset.incidentId).toBe('p0mgnjv3bj97');
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe('Elevated error rate on multiple models');
    expect(within(card).getByTestId('incident-status').textContent).toBe('Monitoring');
    expect(within(card).getByTestId('incident-impact').textContent).toBe('Major impact');

    const chips = within(card).getAllByTestId('model-chip');
    expect(chips.map((chip) => chip.firstChild?.textContent)).toEqual(['Haiku 4.5', 'Opus 4.7', 'Sonnet 4.6']);
    for (const chip of chips) {
      expect(chip.dataset.fromUpdate).toBe('true');
      expect(chip.className).toContain('chip-from-update');
      expect(chip.querySelector('.visually-hidden')?.textContent).toBe(' (named only in an update, not in the title)');
    }

    const groups = within(card).getAllByTestId('incident-component-group');
    expect(groups.map((group) => group.textContent)).toEqual([
      'Partial outage: claude.ai, Claude Console (platform.claude.com), Claude API (api.anthropic.com), Claude Code, Claude Cowork',
    ]);
    expect(groups[0]!.querySelector('.level-icon.level-major')).not.toBeNull();

    const times = card.querySelectorAll('dl.times time');
    expect([...times].map((time) => [time.getAttribute('datetime'), time.textContent])).toEqual([
      ['2026-05-22T04:16:42.159Z', '2 hours ago'],
      ['2026-05-22T06:17:04.603Z', '2 minutes ago'],
    ]);
    expect(card.querySelector('dl.times .time-clock')?.textContent).toBe(' (4:16 AM)');

    expect(within(card).getByTestId('incident-latest-update').textContent).toBe(
      'We are currently working to resolve some additional errors impacting Claude Opus 4.7 and Haiku 4.5, we will provide an additional update shortly.',
    );
    const toggle = within(card).getByTestId('incident-timeline-toggle');
    expect(toggle.tagName).toBe('SUMMARY');
    expect(toggle.textContent).toBe('All updates (5)');
    const details = toggle.parentElement as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(within(details).getAllByTestId('timeline-entry')).toHaveLength(5);

    const link = within(card).getByTestId('incident-link');
    expect(link.getAttribute('href')).toBe('https://status.claude.com/incidents/p0mgnjv3bj97');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Incident page: Elevated error rate on multiple models');
  });

  it('renders hostile update text and titles as text, linking only the https URL to the status page', async () => {
    const { snapshot, at } = p0Step(5, MINUTE);
    const incident = snapshot.data!.incidents[0]!;
    const body =
      'Fix: <img src=x onerror=alert(1)>\njavascript:alert(1) and <script>alert(2)</script>\n' +
      'see https://example.com/x and https://status.claude.com/incidents/p0mgnjv3bj97.';
    const hostile = {
      ...incident,
      name: '<b onmouseover=alert(3)>bold</b>',
      updates: [{ ...incident.updates[0]!, body }, ...incident.updates.slice(1)],
    };
    setup({ snapshot: { ...snapshot, data: { ...snapshot.data!, incidents: [hostile] } } }, at + 2 * MINUTE);
    const latest = await screen.findByTestId('incident-latest-update');
    expect(latest.textContent).toBe(body);
    expect(document.querySelector('img, script, b')).toBeNull();
    const links = latest.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('https://status.claude.com/incidents/p0mgnjv3bj97');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('<b onmouseover=alert(3)>bold</b>');
  });

  it('keeps the old data of a failing poll visible and says why the state is unknown', async () => {
    const { snapshot, at } = p0Step(3);
    const failing = {
      ...snapshot,
      error: pollError('waf-challenge', at + 20 * MINUTE, { status: 405 }),
      consecutiveFailures: 3,
    };
    setup({ snapshot: failing }, at + 25 * MINUTE);
    await waitFor(() => expect(stateHeading().textContent).toBe("Claude's status is unknown"));
    expect(screen.getByTestId('popup-freshness').textContent).toBe("Can't reach the status page since 5:25 AM");
    const problem = screen.getByTestId('popup-problem');
    expect(problem.textContent).toContain('The status page asked for a browser check.');
    expect(problem.textContent).toContain('Showing the last good data (25 minutes ago).');
    expect(screen.getByTestId('popup-last-known').textContent).toBe('Last known state: Partial outage.');
    expect(screen.getAllByTestId('incident')).toHaveLength(1);
  });

  it('lists recently resolved incidents', async () => {
    const resolved = incidentOf('manyModels');
    const now = Date.parse('2025-12-15T00:52:00Z');
    setup({ snapshot: { ...healthySnapshot(now), recentlyResolved: [resolved] } }, now);
    const item = await screen.findByTestId('resolved-incident');
    expect(item.textContent).toContain('Elevated errors across many models');
    expect(item.textContent).toContain('Resolved 2 hours ago');
    expect(item.textContent).toContain('Opus 4.5, Sonnet 4, Sonnet 4.5');
  });
});

describe('popup: following storage', () => {
  it('repaints when the worker stores a new snapshot and announces the change politely', async () => {
    const { snapshot, at } = p0Step(2, MINUTE);
    const { storage } = setup({ snapshot: healthySnapshot(at + 2 * MINUTE, MINUTE) }, at + 2 * MINUTE);
    await waitFor(() => expect(stateHeading().textContent).toBe('Claude is operational'));
    const announcer = screen.getByTestId('popup-announcer');
    expect(announcer.getAttribute('aria-live')).toBe('polite');
    expect(announcer.textContent).toBe('');
    await act(async () => {
      await storage.area.set({ [KEYS.snapshot]: snapshot });
      await storage.delivered();
    });
    expect(stateHeading().textContent).toBe('Claude has a partial outage');
    expect(announcer.textContent).toBe('Claude has a partial outage');
  });

  it('applies the theme setting to <html> and removes it for "system"', async () => {
    const { storage } = setup({ snapshot: healthySnapshot(NOW), settings: { theme: 'dark' } });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    await act(() => storage.area.set({ [KEYS.settings]: { theme: 'system' } }));
    await waitFor(() => expect(document.documentElement.hasAttribute('data-theme')).toBe(false));
  });

  it('uses the stored poll interval to judge staleness', async () => {
    // 30 minutes old: stale at the default 60 s interval, fresh at 15 minutes.
    setup({ snapshot: healthySnapshot(NOW, 30 * MINUTE), settings: { pollIntervalSec: 900 } });
    await waitFor(() => expect(stateHeading().textContent).toBe('Claude is operational'));
  });

  it('removes its storage listeners when closed', async () => {
    const { storage, unmount } = setup({ snapshot: healthySnapshot(NOW) });
    await screen.findByText('Claude is operational');
    // Snapshot, settings, the session signal, lead times and watches: one listener each.
    expect(storage.listenerCount).toBe(5);
    unmount();
    await waitFor(() => expect(storage.listenerCount).toBe(0));
  });
});

describe('popup: preloaded by one read before the first render', () => {
  it('reads nothing itself without it, and exactly the keys main.tsx preloads', async () => {
    const { reads } = setup({ snapshot: healthySnapshot(NOW) });
    await screen.findByText('Claude is operational');
    await waitFor(() => expect(reads).toHaveLength(POPUP_KEYS.length));
    expect(reads.flat().sort()).toEqual([...POPUP_KEYS].sort());
  });

  it('paints the incident in the first render, with no read of its own', () => {
    const { snapshot, at } = p0Step(5, MINUTE);
    const { reads } = setup({ snapshot, settings: { theme: 'dark' } }, at + 2 * MINUTE, { preloaded: true });
    expect(stateHeading().textContent).toBe('Claude has a partial outage');
    const card = within(screen.getByTestId('popup-incidents')).getByTestId('incident');
    expect(card.dataset.incidentId).toBe('p0mgnjv3bj97');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(screen.getByTestId('popup-announcer').textContent).toBe('');
    expect(reads).toEqual([]);
  });

  it('a key the read did not answer is unset: the defaults decide', () => {
    // 30 minutes old is stale at the default 60 s interval.
    setup({ snapshot: healthySnapshot(NOW, 30 * MINUTE) }, NOW, { preloaded: true });
    expect(stateHeading().textContent).not.toBe('Claude is operational');
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('follows a write that comes right after the first render, and removes its listeners when closed', async () => {
    const { snapshot, at } = p0Step(2, MINUTE);
    const { storage, unmount } = setup({ snapshot: healthySnapshot(at, MINUTE) }, at + 2 * MINUTE, { preloaded: true });
    expect(stateHeading().textContent).toBe('Claude is operational');
    expect(storage.listenerCount).toBe(5);
    await act(async () => {
      await storage.area.set({ [KEYS.snapshot]: snapshot });
      await storage.delivered();
    });
    expect(stateHeading().textContent).toBe('Claude has a partial outage');
    expect(screen.getByTestId('popup-announcer').textContent).toBe('Claude has a partial outage');
    unmount();
    expect(storage.listenerCount).toBe(0);
  });
});

describe('popup: refresh', () => {
  it('sends "refresh", shows progress while it runs, then the result of each outcome', async () => {
    const { runtime } = setup({ snapshot: healthySnapshot(NOW) });
    const button = await screen.findByRole('button', { name: 'Refresh' });
    expect(button.getAttribute('aria-busy')).toBe('false');
    const result = screen.getByTestId('popup-refresh-result');
    expect(result.getAttribute('role')).toBe('status');

    fireEvent.click(button);
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(true));
    expect(runtime.sent).toEqual([{ type: 'refresh', payload: {} }]);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.querySelector('.refresh-icon.spinning')).not.toBeNull();
    expect(result.textContent).toBe('Checking…');
    fireEvent.click(button);
    expect(runtime.sent).toHaveLength(1);

    await act(() => runtime.answer({ ok: true }));
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    expect(button.getAttribute('aria-busy')).toBe('false');
    expect(button.querySelector('.spinning')).toBeNull();
    expect(result.textContent).toBe('Checked just now.');

    fireEvent.click(button);
    await act(() => runtime.answer({ ok: false }));
    await waitFor(() => expect(result.textContent).toBe('The check failed.'));

    fireEvent.click(button);
    await act(() => runtime.fail(new Error('Could not establish connection. Receiving end does not exist.')));
    await waitFor(() => expect(result.textContent).toBe("The extension's background service didn't answer."));
    expect(runtime.sent).toHaveLength(3);
  });
});

describe('popup: history', () => {
  const p0 = incidentOf('multipleModels');
  const at = Date.parse('2026-05-24T12:00:00Z');

  it('asks for the history only when opened, shows loading, then seven labelled days', async () => {
    const { runtime } = setup({ snapshot: healthySnapshot(at) }, at);
    const toggle = await screen.findByRole('button', { name: 'Last 7 days' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('history-panel')?.hidden).toBe(true);
    expect(runtime.sent).toEqual([]);

    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    expect(runtime.sent).toEqual([{ type: 'getHistory', payload: {} }]);
    expect((await screen.findByTestId('history-loading')).textContent).toBe('Loading history…');
    expect(document.getElementById('history-panel')?.getAttribute('aria-busy')).toBe('true');

    await act(() => runtime.answer({ ok: true, value: { fetchedAt: at - 60 * MINUTE, incidents: [p0] } }));
    const days = await screen.findAllByTestId('history-day');
    expect(days.map((day) => day.dataset.level)).toEqual(['none', 'none', 'none', 'none', 'major', 'none', 'none']);
    expect(days[4]!.textContent).toContain('Friday, May 22: Major impact (incidents: 1)');
    expect(days[4]!.querySelector('.level-icon.level-major')).not.toBeNull();
    expect(screen.getByTestId('history-days').getAttribute('aria-label')).toBe('Worst impact per day');
    expect(screen.getAllByTestId('history-incident')).toHaveLength(1);
    expect(screen.getByTestId('history-fetched').textContent).toBe('History fetched 1 hour ago');
    expect(document.getElementById('history-panel')?.getAttribute('aria-busy')).toBe('false');

    // Closing and opening again does not fetch again.
    fireEvent.click(toggle);
    fireEvent.click(toggle);
    expect(runtime.sent).toHaveLength(1);
  });

  it('shows why the history failed and retries with force', async () => {
    const { runtime } = setup({ snapshot: healthySnapshot(at) }, at);
    fireEvent.click(await screen.findByRole('button', { name: 'Last 7 days' }));
    await act(() => runtime.answer({ ok: false, error: { kind: 'timeout', detail: 'https://status.claude.com', at } }));
    const error = await screen.findByTestId('history-error');
    expect(error.textContent).toContain("Couldn't load the history. The status page took too long to answer.");

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(runtime.sent.at(-1)).toEqual({ type: 'getHistory', payload: { force: true } });
    await act(() => runtime.fail(new Error('Receiving end does not exist.')));
    await waitFor(() =>
      expect(screen.getByTestId('history-error').textContent).toContain(
        "Couldn't load the history. The status page didn't answer.",
      ),
    );
  });
});

describe('popup: more states', () => {
  it('tags a third-party platform and says a family aggregate in words', async () => {
    const { snapshot, at } = p0Step(1);
    const incident = snapshot.data!.incidents[0]!;
    const vertex = {
      ...incident,
      name: 'Opus in Vertex Complete Outage',
      models: { models: ['Opus'], scope: 'family' as const, fromTitle: ['Opus'], platforms: ['Vertex'] },
    };
    setup({ snapshot: { ...snapshot, data: { ...snapshot.data!, incidents: [vertex] } } }, at + MINUTE);
    expect((await screen.findByTestId('platform-tag')).textContent).toBe('Third-party platform: Vertex');
    expect(screen.getByTestId('models-note').textContent).toBe('Opus models, versions not named');
    expect(screen.queryByTestId('model-chip')).toBeNull();
  });

  it('shows a maintenance in progress with its local window', async () => {
    const data = healthySnapshot(NOW).data!;
    const maintenance = {
      id: 'm1',
      name: 'Database maintenance',
      status: 'in_progress' as const,
      impact: 'maintenance' as const,
      url: 'https://status.claude.com/incidents/m1',
      scheduledFor: '2026-09-27T14:00:00.000Z',
      scheduledUntil: '2026-09-27T16:00:00.000Z',
      components: [{ id: 'rwppv331jlwc', name: 'claude.ai', status: 'under_maintenance' as const }],
      latestUpdate: null,
    };
    const withMaintenance = { ...data, maintenances: { active: [maintenance], upcoming: [] } };
    setup({ snapshot: { ...healthySnapshot(NOW), data: withMaintenance } });
    await waitFor(() => expect(stateHeading().textContent).toBe('Claude is under maintenance'));
    const item = screen.getByTestId('maintenance');
    expect(item.dataset.active).toBe('true');
    expect(item.textContent).toContain('In progress');
    expect(within(item).getByTestId('maintenance-window').textContent?.replace(/\s/g, ' ')).toBe(
      'When Sep 27, 2:00 – 4:00 PM UTC',
    );
    expect(item.textContent).toContain('claude.ai');
  });

  it('says why stale data is not trusted', async () => {
    setup({ snapshot: healthySnapshot(NOW, 30 * MINUTE) });
    await waitFor(() => expect(stateHeading().textContent).toBe("Claude's status is unknown"));
    expect(screen.getByTestId('popup-freshness').textContent).toBe('Updated 30 minutes ago');
    expect(screen.getByTestId('popup-stale').textContent).toContain('checks may be paused');
    expect(screen.getByTestId('popup-last-known').textContent).toBe('Last known state: Operational.');
  });
});

describe('popup: never polled and no data', () => {
  it('a failed first poll shows no incidents and no last-known state', async () => {
    const snapshot = {
      ...neverPolled(),
      checkedAt: NOW - MINUTE,
      error: pollError('offline', NOW - MINUTE),
      consecutiveFailures: 1,
    };
    setup({ snapshot });
    await waitFor(() => expect(stateHeading().textContent).toBe("Claude's status is unknown"));
    expect(screen.getByTestId('popup-problem').textContent).toContain('This device is offline.');
    expect(screen.getByTestId('popup-problem').textContent).toContain('No status data yet.');
    expect(screen.queryByTestId('popup-last-known')).toBeNull();
    expect(screen.queryByTestId('popup-components')).toBeNull();
  });
});
