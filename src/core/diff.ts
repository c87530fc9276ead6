// Two snapshots → what changed about incidents, as events for notifications. At most one incident event per incident per
// diff, the most telling one (escalated > improved > updated), so one status-page update makes one
// notification. Keys are built from data only (ids, levels, update ids), so re-running the same diff after a
// worker restart yields the same keys and the notifier can drop what it already showed.
import { IMPACT_SEVERITY } from './impact';
import { componentLevel, incidentLevel, isOpenIncident, LEVEL_SEVERITY } from './level';
import { knownIncidents } from './resolution';
import type { Incident, Snapshot, StatusData, StatusEvent } from './types';

function openIncidents(data: StatusData | null | undefined): Incident[] {
  return (data?.incidents ?? []).filter(isOpenIncident);
}

function latestBody(incident: Incident): string {
  return incident.updates[0]?.body.trim() ?? '';
}

function latestUpdateRef(incident: Incident): string {
  return incident.updates[0]?.id ?? incident.lastUpdateAt;
}

function incidentEvent(
  kind: StatusEvent['kind'],
  key: string,
  incident: Incident,
  level: StatusEvent['level'],
  detail: string,
): StatusEvent {
  return {
    kind,
    id: incident.id,
    key,
    title: incident.name,
    detail,
    level,
    url: incident.url,
    models: [...incident.models.models],
  };
}

/** Did the incident get worse or better between two snapshots? Both can be true (one component up, one down). */
function severityChange(before: Incident, after: Incident): { worse: boolean; better: boolean } {
  const impactDelta = IMPACT_SEVERITY[after.impact] - IMPACT_SEVERITY[before.impact];
  let worse = impactDelta > 0;
  let better = impactDelta < 0;
  const was = new Map(before.affectedComponents.map((c) => [c.id, LEVEL_SEVERITY[componentLevel(c.status)]]));
  for (const component of after.affectedComponents) {
    // A component the incident did not touch before was operational as far as this incident knows.
    const delta = LEVEL_SEVERITY[componentLevel(component.status)] - (was.get(component.id) ?? 0);
    if (delta > 0) worse = true;
    if (delta < 0) better = true;
  }
  return { worse, better };
}

function incidentEvents(prev: StatusData | null, next: StatusData, known: readonly Incident[]): StatusEvent[] {
  const events: StatusEvent[] = [];
  const before = new Map(openIncidents(prev).map((incident) => [incident.id, incident]));
  const after = openIncidents(next);
  const stillOpen = new Set(after.map((incident) => incident.id));

  for (const id of before.keys()) {
    if (stillOpen.has(id)) continue;
    // The final state lives in summary.json itself for a while, or in incidents/<id>.json (recentlyResolved):
    // knownIncidents searches both, in that order.
    // Only a resolved or postmortem final state is a resolution: an incident that merely left the list (a
    // deleted one, or one the worker could not look up) is not announced as fixed. The key names the final
    // update, so a reopened incident's second resolution is announced too.
    const final = known.find((incident) => incident.id === id);
    if (!final || isOpenIncident(final)) continue;
    events.push(
      incidentEvent(
        'incident-resolved',
        `resolved:${id}:${latestUpdateRef(final)}`,
        final,
        'operational',
        latestBody(final),
      ),
    );
  }

  for (const incident of after) {
    const previous = before.get(incident.id);
    const level = incidentLevel(incident);
    if (!previous) {
      // With the update it opened at: an incident reopened after its resolution is news again.
      events.push(
        incidentEvent(
          'incident-opened',
          `opened:${incident.id}:${latestUpdateRef(incident)}`,
          incident,
          level,
          latestBody(incident),
        ),
      );
      continue;
    }
    const { worse, better } = severityChange(previous, incident);
    const ref = latestUpdateRef(incident);
    if (worse) {
      events.push(
        incidentEvent(
          'incident-escalated',
          `escalated:${incident.id}:${level}:${ref}`,
          incident,
          level,
          latestBody(incident),
        ),
      );
    } else if (better) {
      events.push(
        incidentEvent(
          'incident-improved',
          `improved:${incident.id}:${level}:${ref}`,
          incident,
          level,
          latestBody(incident),
        ),
      );
    } else {
      const seen = new Set(previous.updates.map((update) => update.id));
      const newest = incident.updates[0];
      if (newest && !seen.has(newest.id)) {
        events.push(
          incidentEvent(
            'incident-updated',
            `updated:${incident.id}:${newest.id}`,
            incident,
            level,
            latestBody(incident),
          ),
        );
      }
    }
  }
  return events;
}

/**
 * Incident events between two snapshots. With no previous data (first run, or nothing good yet), every open
 * incident is reported as opened: the user has not been told about it. A failed poll keeps the last good data,
 * so it yields no events of its own (the badge and the views show the unknown state); the next good poll is
 * diffed against that kept data.
 */
export function diffSnapshots(prev: Snapshot | null, next: Snapshot): StatusEvent[] {
  if (next.data === null) return [];
  return incidentEvents(prev?.data ?? null, next.data, knownIncidents(next));
}
