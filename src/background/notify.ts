import { isIncidentMuted } from '../core/attention';
import { isRecent } from '../core/clock';
import { isWorse } from '../core/level';
import { knownIncidents } from '../core/resolution';
import { clipText } from '../core/remote-text';
import { leadDuration } from '../core/session/lead-duration';
import type { LeadRecord } from '../core/session/lead-record';
import type { EventKind, Incident, Snapshot, StatusEvent } from '../core/types';
import type { Settings } from '../shared/settings';
import { load, notifiedRecord, trySet, type NotifiedLog, type StorageArea } from '../shared/storage';

export interface NotificationsApi {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
}

export interface NotifyDeps {
  /** Absent until the user grants the optional permission. */
  notifications: NotificationsApi | undefined;
  storage: StorageArea;
  now: () => number;
  iconUrl: string;
  t: (key: string, substitutions?: string[]) => string;
}

const SETTING_FOR: Partial<Record<EventKind, keyof Settings['notifications']>> = {
  'incident-opened': 'opened',
  'incident-escalated': 'escalated',
  'incident-updated': 'updated',
  'incident-resolved': 'resolved',
};

/** A component flapping between states must not produce a burst: one escalation per incident in this window. */
export const FLAP_WINDOW_MS = 10 * 60_000;
/** Keys older than this are forgotten; incidents do not last that long. */
const LOG_RETENTION_MS = 14 * 24 * 60 * 60_000;

/** The notification id carries the page to open on click, so the click handler needs no stored state. */
export const notificationIdFor = (key: string, url: string | null | undefined) =>
  JSON.stringify({ key, url: url ?? null });
export const notificationId = (event: StatusEvent) => notificationIdFor(event.key, event.url);
export function urlOfNotification(id: string): string | null {
  try {
    const url = (JSON.parse(id) as { url?: unknown }).url;
    return typeof url === 'string' && url.startsWith('https://') ? url : null;
  } catch {
    return null;
  }
}

function findIncident(snapshot: Snapshot, id: string | undefined): Incident | undefined {
  return knownIncidents(snapshot).find((incident) => incident.id === id);
}

/**
 * A component flapping between states must not produce a burst: an escalation is shown only if it is
 * worse than anything already shown for that incident within the flap window. An entry of unknown age
 * (stamped "in the future": the clock went back since) is outside it, so it cannot swallow escalations.
 */
function isFlap(log: NotifiedLog, event: StatusEvent, now: number): boolean {
  return Object.values(log).some(
    (entry) =>
      entry.shown &&
      entry.incidentId === event.id &&
      isRecent(entry.at, now, FLAP_WINDOW_MS) &&
      !isWorse(event.level, entry.level),
  );
}

/** Which events become notifications; every decision is recorded so a restarted worker never repeats one. */
export function selectNotifications(
  events: readonly StatusEvent[],
  settings: Settings,
  snapshot: Snapshot,
  log: NotifiedLog,
  now: number,
): { show: StatusEvent[]; log: NotifiedLog } {
  const next: NotifiedLog = Object.fromEntries(
    Object.entries(log).filter(([, entry]) => now - entry.at < LOG_RETENTION_MS),
  );
  const show: StatusEvent[] = [];
  const filter = { mutedModels: settings.mutedModels, mutedComponentIds: settings.mutedComponentIds };
  for (const event of events) {
    const setting = SETTING_FOR[event.kind];
    if (!setting || next[event.key] !== undefined) continue;
    const incident = findIncident(snapshot, event.id);
    const wanted =
      settings.notifications.enabled &&
      settings.notifications[setting] &&
      now >= settings.snoozeUntil &&
      !(incident && isIncidentMuted(incident, filter)) &&
      !(event.kind === 'incident-escalated' && isFlap(next, event, now));
    // Recorded even when not shown: a snoozed or muted event must not pop up later.
    next[event.key] = { at: now, shown: wanted, level: event.level, incidentId: event.id };
    if (wanted) show.push(event);
  }
  return { show, log: next };
}

/**
 * Longest notification text, in UTF-16 units: the systems show a few lines of it at most (Windows and macOS cut
 * far sooner), and an update body may be thousands of characters long.
 */
export const NOTIFICATION_MESSAGE_MAX = 300;

/**
 * The notification's text: how much earlier the session saw it (first, so the cut never takes it), the models,
 * the latest update. A cut ends with an ellipsis and never splits an emoji's surrogate pair.
 */
export function notificationMessage(event: StatusEvent, lead: LeadRecord | undefined, t: NotifyDeps['t']): string {
  const text = [
    lead && event.kind === 'incident-opened' ? t('sessionLeadNotification', [leadDuration(lead, t)]) : '',
    event.models.length ? t('notificationModels', [event.models.join(', ')]) : '',
    event.detail,
  ]
    .filter(Boolean)
    .join('\n');
  return clipText(text, NOTIFICATION_MESSAGE_MAX);
}

/** Shows one notification; a refusal (no permission, no notification service) must not fail the poll. */
async function deliver(deps: NotifyDeps, event: StatusEvent, lead: LeadRecord | undefined): Promise<string> {
  if (!deps.notifications) return 'no-permission';
  try {
    await deps.notifications.create(notificationId(event), {
      type: 'basic',
      iconUrl: deps.iconUrl,
      title: event.title,
      message: notificationMessage(event, lead, deps.t),
    });
    return 'created';
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200);
  }
}

/** `leads`: lead-time records made by this poll, said in the notification of the incident each belongs to. */
export async function notify(
  deps: NotifyDeps,
  events: readonly StatusEvent[],
  settings: Settings,
  snapshot: Snapshot,
  leads: readonly LeadRecord[] = [],
) {
  const relevant = events.filter((event) => SETTING_FOR[event.kind]);
  if (!relevant.length) return;
  const now = deps.now();
  const stored = await load(deps.storage, notifiedRecord);
  const { show, log } = selectNotifications(relevant, settings, snapshot, stored, now);
  // Decisions first: a worker killed between here and the end shows a notification at most once. A decision
  // storage refuses (quota) is not shown at all: nothing would stop every later poll from showing it again.
  if (!(await trySet(deps.storage, { [notifiedRecord.key]: log }))) return;
  if (!show.length) return;
  for (const event of show) {
    const lead = leads.find((record) => record.incidentId === event.id);
    log[event.key] = { ...log[event.key]!, delivery: await deliver(deps, event, lead) };
  }
  // What the browser did is kept for diagnosis only: the decisions are stored already.
  await trySet(deps.storage, { [notifiedRecord.key]: log });
}
