// The hostile-text corpus from the status page to the notification: the worker polls the hostile scenario and
// every notification it creates is plain text (markup stays characters, nothing reorders or hides text), cut
// with an ellipsis within its bound, never through a surrogate pair, and opens only the status page.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { NOTIFICATION_MESSAGE_MAX, notificationMessage } from '../../../src/background/notify';
import { createTranslator } from '../../../src/core/i18n';
import { diffSnapshots } from '../../../src/core/diff';
import { parseSummary } from '../../../src/core/parse';
import type { Snapshot } from '../../../src/core/types';
import { defaultSettings } from '../../../src/shared/settings';
import { emptySnapshot, KEYS } from '../../../src/shared/storage';
import { mergeLocale } from '../../../scripts/locales';
import type { StatusServer } from '../../server';
import { buildScenario } from '../../scenarios';
import {
  CUT_ENTRIES,
  corpusTextFaults,
  ELLIPSIS,
  EVERY_ENTRY,
  hostileEntryOf,
  MANY_UPDATES,
  MANY_UPDATES_MESSAGE,
  notificationFaults,
  WHOLE_MESSAGES,
} from '../../scenarios/hostile-notification';
import { HOSTILE_TEXTS, LONE_SURROGATE, type HostileName } from '../../scenarios/hostile-corpus';
import type { RawSummaryPayload } from '../../../src/core/schema';
import { healthyData } from '../core-builders';
import { startWorker, storage, useStatusServer, type Clock } from './harness';

const ENTRIES = Object.entries(HOSTILE_TEXTS) as [HostileName, string][];

let server: StatusServer;
const clock: Clock = { now: 0 };
useStatusServer(clock, (s) => (server = s));

interface Created {
  id: string;
  title: string;
  message: string;
}
const created: Created[] = [];
beforeEach(async () => {
  created.length = 0;
  // Notifications granted, every kind on: the fake browser has no notifications API of its own.
  (fakeBrowser as unknown as { notifications: unknown }).notifications = {
    create: async (id: string, options: { title: string; message: string }) => {
      created.push({ id, title: options.title, message: options.message });
      return id;
    },
  };
  const settings = { ...defaultSettings, notifications: { ...defaultSettings.notifications, enabled: true } };
  await storage.area.set({ [KEYS.settings]: settings });
});

/** A healthy poll first, then the hostile step a minute after the page's update: the incidents are news. */
async function pollHostile(step: number): Promise<Created[]> {
  const worker = startWorker(server, clock);
  await worker.pollNow();
  server.setScenario('hostile');
  server.goTo(step);
  clock.now = Date.parse(server.scenario.steps[step]!.summary.page.updated_at) + 60_000;
  await worker.pollNow();
  return created;
}

/** What every notification must be, whatever the page sent. */
function expectBounded(notification: Created) {
  expect(notificationFaults(notification)).toEqual([]);
}

describe('the hostile corpus, polled by the worker, in notifications', () => {
  it('one per entry: bounded, plain text, the readable text kept, cut only with an ellipsis', async () => {
    const shown = await pollHostile(EVERY_ENTRY);
    expect(shown.map(hostileEntryOf).sort()).toEqual(ENTRIES.map(([name]) => name).sort());
    for (const notification of shown) {
      const name = hostileEntryOf(notification)!;
      expectBounded(notification);
      expect(corpusTextFaults(name, notification), name).toEqual([]);
    }
  });

  it('markup, script links and right-to-left text stay as written; bidi and zero-width characters do not', async () => {
    const shown = await pollHostile(EVERY_ENTRY);
    const message = (name: HostileName) => shown.find((n) => hostileEntryOf(n) === name)!.message;
    for (const [name, text] of Object.entries(WHOLE_MESSAGES)) expect(message(name as HostileName), name).toBe(text);
    // 100 KB sent: one notification of the bound's length, cut with an ellipsis.
    for (const name of CUT_ENTRIES) {
      expect(message(name)).toHaveLength(NOTIFICATION_MESSAGE_MAX);
      expect(message(name).endsWith(ELLIPSIS)).toBe(true);
    }
  });

  it('the incident with 10,000 updates: one notification of its newest update', async () => {
    const shown = await pollHostile(MANY_UPDATES);
    expect(shown).toHaveLength(1);
    expectBounded(shown[0]!);
    // The models read from the updates kept, then the newest update's text.
    expect(shown[0]!.message).toBe(MANY_UPDATES_MESSAGE);
  });
});

describe('an emoji at the cut', () => {
  const t = createTranslator(mergeLocale('en'));
  const before: Snapshot = { ...emptySnapshot(), data: healthyData(), fetchedAt: 1, checkedAt: 1 };
  const step = buildScenario('hostile').steps.find((s) => s.label === 'only "emoji"')!;
  /** The emoji entry alone, its update made long enough to be cut `shift` units into the emoji run. */
  function messageFor(shift: number): string {
    const summary = structuredClone(step.summary) as RawSummaryPayload;
    const update = summary.incidents[0]!.incident_updates[0]!;
    update.body = `${'x'.repeat(NOTIFICATION_MESSAGE_MAX - 40 + shift)} ${HOSTILE_TEXTS.emoji.repeat(4)}`;
    const parsed = parseSummary(summary, []);
    if (!parsed.ok) throw new Error(parsed.error.detail);
    const [event] = diffSnapshots(before, { ...before, data: parsed.value });
    return notificationMessage(event!, undefined, t);
  }

  it('at every offset: never half a surrogate pair, an ellipsis at the end, within the bound', () => {
    for (let shift = 0; shift < 60; shift++) {
      const message = messageFor(shift);
      expect(message).not.toMatch(LONE_SURROGATE);
      expect(message.length).toBeLessThanOrEqual(NOTIFICATION_MESSAGE_MAX);
      expect(message.endsWith(ELLIPSIS)).toBe(true);
    }
  });
});

describe('the rule both notification tests hold to', () => {
  it('names each fault of a notification that breaks it', () => {
    const faults = notificationFaults({
      id: 'not-a-notification-id',
      title: 'a\u202Eb',
      message: `${'x'.repeat(NOTIFICATION_MESSAGE_MAX)}\ud83d`,
    });
    expect(faults).toEqual([
      `message of ${NOTIFICATION_MESSAGE_MAX + 1} units, more than ${NOTIFICATION_MESSAGE_MAX}`,
      'title holds a character that reorders or hides text',
      'message holds half of a surrogate pair',
      'a click opens nothing',
    ]);
  });

  it('names a title that is not the page text and a message that is neither whole nor a clean cut', () => {
    expect(
      corpusTextFaults('script', { id: 'x', title: 'script', message: 'Models: Opus 4.7\nnot the update' }),
    ).toEqual([
      `title "script", not ${JSON.stringify(HOSTILE_TEXTS.script)}`,
      'message neither ends with the update nor with an ellipsis',
    ]);
    expect(corpusTextFaults('longWord', { id: 'x', title: '', message: 'elsewhere\u2026' })).toContain(
      'cut message is not the start of the update',
    );
  });
});
