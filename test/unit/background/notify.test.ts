import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../property-runs';
import { CLOCK_SKEW_TOLERANCE_MS } from '../../../src/core/clock';
import { FLAP_WINDOW_MS, notificationId, selectNotifications, urlOfNotification } from '../../../src/background/notify';
import type { Level, Snapshot, StatusEvent } from '../../../src/core/types';
import { defaultSettings, type Settings } from '../../../src/shared/settings';
import { emptySnapshot } from '../../../src/shared/storage';

const on: Settings = { ...defaultSettings, notifications: { ...defaultSettings.notifications, enabled: true } };
const snapshot: Snapshot = emptySnapshot();
const T0 = Date.parse('2026-05-22T04:17:00Z');

const event = (kind: StatusEvent['kind'], level: Level, key: string): StatusEvent => ({
  kind,
  id: 'p0mgnjv3bj97',
  key,
  title: 'Elevated error rate on multiple models',
  detail: 'We are investigating.',
  level,
  url: 'https://status.claude.com/incidents/p0mgnjv3bj97',
  models: [],
});

describe('flap suppression', () => {
  it('a component flapping partial ↔ degraded within minutes gives one notification, not one per flap', () => {
    let log = selectNotifications([event('incident-opened', 'major', 'opened:p0')], on, snapshot, {}, T0).log;
    const shown: string[] = [];
    for (let flap = 1; flap <= 6; flap++) {
      const result = selectNotifications(
        [event('incident-escalated', 'major', `escalated:p0:major:u${flap}`)],
        on,
        snapshot,
        log,
        T0 + flap * 60_000,
      );
      log = result.log;
      shown.push(...result.show.map((e) => e.key));
    }
    expect(shown).toEqual([]);
  });

  it('an escalation to a worse level is shown at once', () => {
    const { log } = selectNotifications([event('incident-opened', 'minor', 'opened:p0')], on, snapshot, {}, T0);
    const { show } = selectNotifications(
      [event('incident-escalated', 'critical', 'escalated:p0:critical:u2')],
      on,
      snapshot,
      log,
      T0 + 60_000,
    );
    expect(show.map((e) => e.key)).toEqual(['escalated:p0:critical:u2']);
  });

  it('the same level again after the window is news again', () => {
    const { log } = selectNotifications([event('incident-opened', 'major', 'opened:p0')], on, snapshot, {}, T0);
    const { show } = selectNotifications(
      [event('incident-escalated', 'major', 'escalated:p0:major:u9')],
      on,
      snapshot,
      log,
      T0 + FLAP_WINDOW_MS + 1,
    );
    expect(show).toHaveLength(1);
  });

  it('an escalation that was not shown (notifications off) does not count as shown', () => {
    const off = selectNotifications(
      [event('incident-opened', 'major', 'opened:p0')],
      defaultSettings,
      snapshot,
      {},
      T0,
    );
    expect(off.show).toEqual([]);
    // Turned on a minute later: the opened event is remembered (no late pop-up), the escalation is news.
    const later = selectNotifications(
      [event('incident-opened', 'major', 'opened:p0'), event('incident-escalated', 'major', 'escalated:p0:major:u2')],
      on,
      snapshot,
      off.log,
      T0 + 60_000,
    );
    expect(later.show.map((e) => e.key)).toEqual(['escalated:p0:major:u2']);
  });
});

describe('flap suppression after the clock went back', () => {
  it('an entry stamped "in the future" does not swallow the escalations that follow', () => {
    const { log } = selectNotifications([event('incident-opened', 'major', 'opened:p0')], on, snapshot, {}, T0);
    const dayEarlier = T0 - 24 * 3_600_000;
    const { show } = selectNotifications(
      [event('incident-escalated', 'major', 'escalated:p0:major:u3')],
      on,
      snapshot,
      log,
      dayEarlier + 60_000,
    );
    expect(show.map((e) => e.key)).toEqual(['escalated:p0:major:u3']);
  });

  it('a same-level escalation is held back exactly while the last one shown is known to be within the window', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (shift) => {
        const { log } = selectNotifications([event('incident-opened', 'major', 'opened:p0')], on, snapshot, {}, T0);
        const { show } = selectNotifications(
          [event('incident-escalated', 'major', 'escalated:p0:major:u4')],
          on,
          snapshot,
          log,
          T0 + shift,
        );
        const heldBack = shift >= -CLOCK_SKEW_TOLERANCE_MS && shift < FLAP_WINDOW_MS;
        expect(show.length).toBe(heldBack ? 0 : 1);
      }),
      runs(100),
    );
  });
});

describe('which events notify', () => {
  it('follows the per-event settings; updates are off by default', () => {
    const events = [
      event('incident-opened', 'major', 'a'),
      event('incident-updated', 'major', 'b'),
      event('incident-resolved', 'operational', 'c'),
      event('incident-improved', 'minor', 'd'),
    ];
    expect(selectNotifications(events, on, snapshot, {}, T0).show.map((e) => e.key)).toEqual(['a', 'c']);
    const noResolved = { ...on, notifications: { ...on.notifications, resolved: false, updated: true } };
    expect(selectNotifications(events, noResolved, snapshot, {}, T0).show.map((e) => e.key)).toEqual(['a', 'b']);
  });

  it('a snoozed event never pops up after the snooze', () => {
    const snoozed = { ...on, snoozeUntil: T0 + 60_000 };
    const first = selectNotifications([event('incident-opened', 'major', 'a')], snoozed, snapshot, {}, T0);
    expect(first.show).toEqual([]);
    expect(
      selectNotifications([event('incident-opened', 'major', 'a')], on, snapshot, first.log, T0 + 120_000).show,
    ).toEqual([]);
  });

  it('forgets decisions after two weeks', () => {
    const { log } = selectNotifications([event('incident-opened', 'major', 'a')], on, snapshot, {}, T0);
    const later = selectNotifications([], on, snapshot, log, T0 + 15 * 24 * 3_600_000);
    expect(later.log).toEqual({});
  });
});

describe('notification ids', () => {
  it('carry the incident page, and only an https one is opened', () => {
    const e = event('incident-opened', 'major', 'opened:p0');
    expect(urlOfNotification(notificationId(e))).toBe('https://status.claude.com/incidents/p0mgnjv3bj97');
    expect(urlOfNotification(notificationId({ ...e, url: 'javascript:alert(1)' }))).toBeNull();
    expect(urlOfNotification('not json')).toBeNull();
  });
});
