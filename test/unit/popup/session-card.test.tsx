// @vitest-environment happy-dom
// The session signal in the popup: a card while the status page says operational, one line under the
// official state otherwise, nothing while the signal or the setting is off. The badge's rule, not a copy.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { badgeFor } from '../../../src/core/badge';
import { withSession } from '../../../src/core/session/badge';
import { sessionView } from '../../../src/core/session/present';
import type { SessionState } from '../../../src/core/session/state';
import type { Snapshot } from '../../../src/core/types';
import { App, type PopupDeps } from '../../../src/popup/App';
import { sessionCardView } from '../../../src/popup/view-model';
import { KEYS } from '../../../src/shared/storage';
import { HOUR, MINUTE, healthySnapshot, p0Step, tDe, tEn } from './builders';
import { FakeRuntime, FakeStorage } from './fakes';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const NOW = Date.parse('2026-09-27T15:00:00.000Z');
const BUCKET = 30_000;
const ON = { sessionSignal: true };

/** A window of 12 answered requests, 5 of them server errors, in two buckets; the signal on or off. */
function session(on: boolean, failed = 5, total = 12): SessionState {
  const start = Math.floor(NOW / BUCKET) * BUCKET;
  const counts = (success: number, serverError: number) => ({
    api: { success, serverError, rateLimited: 0, other: 0 },
    send: { success: 0, serverError: 0, rateLimited: 0, other: 0 },
  });
  return {
    window: [
      { start: start - BUCKET, counts: counts(total - failed, 0) },
      { start, counts: counts(0, failed) },
    ],
    signal: {
      on,
      episode: { firstErrorAt: start + BUCKET, onAt: NOW, endedAt: on ? null : NOW + MINUTE },
      clearedAt: on ? 0 : NOW + MINUTE,
    },
  };
}

/** Healthy, the status page's own last update two hours ago. */
function healthy(): Snapshot {
  const snapshot = healthySnapshot(NOW, MINUTE);
  return {
    ...snapshot,
    data: { ...snapshot.data!, page: { ...snapshot.data!.page, updatedAt: new Date(NOW - 2 * HOUR).toISOString() } },
  };
}

const FACTS =
  '5 of 12 requests failed in the last 5 minutes. The status page reports no incident, last updated 2 h ago.';

describe('sessionCardView', () => {
  const ctx = { now: NOW, t: tEn };

  it('is a card while the status page says operational, with the counts, the page age and what it may mean', () => {
    expect(sessionCardView('operational', healthy(), session(true), ON, ctx)).toEqual({
      kind: 'card',
      heading: 'Your claude.ai session',
      facts: FACTS,
      meaning: 'It may be an outage the status page has not posted yet, or a problem with your network or account.',
      nothingSent: 'Counted on this device only; nothing was sent anywhere.',
      linkText: 'Open the status page',
    });
  });

  it('says what the badge says: the same counts and page lines', () => {
    const snapshot = healthy();
    const card = sessionCardView('operational', snapshot, session(true), ON, ctx);
    const badge = withSession(
      badgeFor('operational', snapshot, NOW, tEn),
      'operational',
      sessionView(session(true)),
      snapshot,
      NOW,
      tEn,
    );
    const [, counts, page] = badge.title.split('\n');
    expect(card?.kind === 'card' && card.facts).toBe(`${counts}. ${page}`);
  });

  it.each(['minor', 'major', 'critical', 'maintenance', 'unknown'] as const)(
    'is one line under the official state while the level is %s',
    (level) => {
      const { snapshot } = p0Step(2, MINUTE);
      expect(sessionCardView(level, snapshot, session(true), ON, ctx)).toEqual({
        kind: 'line',
        text: 'Your claude.ai session: 5 of 12 requests failed in the last 5 minutes',
      });
    },
  );

  it('is nothing while the signal is off, the setting is off or not read, or nothing is read yet', () => {
    const snapshot = healthy();
    expect(sessionCardView('operational', snapshot, session(false), ON, ctx)).toBeNull();
    expect(sessionCardView('operational', snapshot, session(true), { sessionSignal: false }, ctx)).toBeNull();
    expect(sessionCardView('operational', snapshot, session(true), undefined, ctx)).toBeNull();
    expect(sessionCardView('operational', snapshot, undefined, ON, ctx)).toBeNull();
    expect(sessionCardView('unknown', undefined, session(true), ON, ctx)).toBeNull();
  });

  it('is translated', () => {
    const card = sessionCardView('operational', healthy(), session(true), ON, { now: NOW, t: tDe });
    expect(card).toMatchObject({ kind: 'card', heading: 'Ihre claude.ai-Sitzung', linkText: 'Statusseite öffnen' });
    expect(card?.kind === 'card' && card.facts).toBe(
      '5 von 12 Anfragen sind in den letzten 5 Minuten fehlgeschlagen. Die Statusseite meldet keinen Vorfall, zuletzt vor 2 Std. aktualisiert.',
    );
  });
});

function setup(stored: Record<string, unknown>, runtime = new FakeRuntime()) {
  const storage = new FakeStorage(stored);
  const deps: PopupDeps = {
    storage: storage.area,
    onChanged: storage.onChanged,
    runtime,
    permissions: { request: async () => true },
    t: tEn,
    lang: 'en',
    timeZone: 'UTC',
    clock: () => NOW,
    closeWindow: vi.fn(),
  };
  render(<App deps={deps} />);
  return storage;
}

afterEach(cleanup);

describe('popup: the session card', () => {
  it('opens with the card at the top: a named region, its heading, the facts and the status page link', async () => {
    setup({ [KEYS.snapshot]: healthy(), [KEYS.session]: session(true), [KEYS.settings]: { version: 1 } });
    const region = await screen.findByRole('region', { name: 'Your claude.ai session' });
    expect(screen.getByRole('main').firstElementChild).toBe(region);
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('~Your claude.ai session');
    expect(within(region).getByTestId('popup-session-facts').textContent).toBe(FACTS);
    expect(region.textContent).toContain('nothing was sent anywhere');
    const link = within(region).getByRole('link', { name: 'Open the status page' });
    expect(link.getAttribute('href')).toBe('https://status.claude.com/');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // The user's own observation, not an outage: no alert, no live region, and the headline stays official.
    expect(region.closest('[role="alert"], [aria-live]')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Claude is operational');
    expect(screen.queryByTestId('popup-session-line')).toBeNull();
  });

  it('offers a one-off watch of the session: sent at once, shown once the worker stored it', async () => {
    const runtime = new FakeRuntime();
    const storage = setup(
      { [KEYS.snapshot]: healthy(), [KEYS.session]: session(true), [KEYS.settings]: { version: 1 } },
      runtime,
    );
    const region = await screen.findByRole('region', { name: 'Your claude.ai session' });
    fireEvent.click(within(region).getByRole('button', { name: /^Tell me when it's fixed/ }));
    expect(runtime.sent).toEqual([{ type: 'watch', payload: { target: { kind: 'session' }, on: true } }]);
    await storage.area.set({ [KEYS.watches]: { incidents: {}, session: NOW, log: [] } });
    expect((await within(region).findByTestId('watch-active')).textContent).toContain("You'll be told once");
  });

  it('goes when the signal ends, and stays away while the setting is off', async () => {
    const storage = setup({
      [KEYS.snapshot]: healthy(),
      [KEYS.session]: session(true),
      [KEYS.settings]: { version: 1 },
    });
    await screen.findByTestId('popup-session');
    await act(() => storage.area.set({ [KEYS.session]: session(false) }));
    await waitFor(() => expect(screen.queryByTestId('popup-session')).toBeNull());
    await act(() =>
      storage.area.set({ [KEYS.session]: session(true), [KEYS.settings]: { version: 1, sessionSignal: false } }),
    );
    await screen.findByText('Claude is operational');
    expect(screen.queryByTestId('popup-session')).toBeNull();
    expect(screen.queryByTestId('popup-session-line')).toBeNull();
  });

  it('during an incident, joins the official state as one line and shows no card', async () => {
    setup({
      [KEYS.snapshot]: p0Step(2, MINUTE).snapshot,
      [KEYS.session]: session(true),
      [KEYS.settings]: { version: 1 },
    });
    const line = await screen.findByTestId('popup-session-line');
    expect(line.textContent).toBe('Your claude.ai session: 5 of 12 requests failed in the last 5 minutes');
    expect(line.closest('header')).not.toBeNull();
    expect(screen.queryByTestId('popup-session')).toBeNull();
  });
});
