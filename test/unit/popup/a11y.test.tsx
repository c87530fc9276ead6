// @vitest-environment happy-dom
// axe-core on the rendered popup: names, roles, landmarks, heading order, list structure, duplicate ids.
// Contrast needs real layout and is left to the e2e run in a browser; theme.css tokens are chosen for AA.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '../../../src/core/types';
import { App, type PopupDeps } from '../../../src/popup/App';
import { KEYS } from '../../../src/shared/storage';
import { MINUTE, healthySnapshot, incidentOf, p0Step, pollError, tEn } from './builders';
import { FakeRuntime, FakeStorage } from './fakes';

vi.mock('webextension-polyfill', () => ({ default: {} }));

afterEach(() => cleanup());

async function violations(snapshot: Snapshot, now: number, interact?: (runtime: FakeRuntime) => Promise<void>) {
  const storage = new FakeStorage({ [KEYS.snapshot]: snapshot });
  const runtime = new FakeRuntime();
  const deps: PopupDeps = {
    storage: storage.area,
    onChanged: storage.onChanged,
    runtime,
    permissions: { request: async () => true },
    t: tEn,
    lang: 'en',
    timeZone: 'UTC',
    clock: () => now,
    closeWindow: () => undefined,
  };
  const { container } = render(<App deps={deps} />);
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe('Loading…'));
  await interact?.(runtime);
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('popup accessibility (axe)', () => {
  it('healthy', async () => {
    const now = Date.parse('2026-09-27T15:00:00Z');
    expect(await violations(healthySnapshot(now), now)).toEqual([]);
  });

  it('incident with chips, timeline and history expanded', async () => {
    const { snapshot, at } = p0Step(5, MINUTE);
    const now = at + 2 * MINUTE;
    const result = await violations(
      { ...snapshot, recentlyResolved: [incidentOf('manyModels')] },
      now,
      async (runtime) => {
        fireEvent.click(screen.getByRole('button', { name: 'Last 7 days' }));
        runtime.answer({ ok: true, value: { fetchedAt: now, incidents: [incidentOf('multipleModels')] } });
        await screen.findAllByTestId('history-day');
      },
    );
    expect(result).toEqual([]);
  });

  it('failing poll', async () => {
    const { snapshot, at } = p0Step(3);
    const failing = { ...snapshot, error: pollError('http', at + MINUTE, { status: 503 }), consecutiveFailures: 2 };
    expect(await violations(failing, at + 10 * MINUTE)).toEqual([]);
  });
});
