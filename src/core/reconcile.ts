// What the worker does with an incident that left summary.json: only the incident's own final state says it
// ended. Apart from ./resolution (which the popup reads too) so that the pages never load it.
import { isOpenIncident } from './level';
import type { Incident, StatusData } from './types';

/** What incidents/<id>.json said of an incident that left summary.json. */
export type DepartedAnswer =
  | { kind: 'found'; incident: Incident }
  /** 404/410: the incident was deleted; nothing to announce. */
  | { kind: 'gone' }
  /** The request failed: nobody can tell yet. */
  | { kind: 'unknown' };

/**
 * summary.json sometimes drops an incident that is still open (a cached or partial copy); only the
 * incident's own final state says it ended. Resolved or postmortem: it ended. Still open, or no answer:
 * it stays in the open list (fetched again next poll), so the badge, banner and notifications do not announce a false resolution.
 */
export function reconcileDeparted(
  data: StatusData,
  departed: readonly Incident[],
  answers: ReadonlyMap<string, DepartedAnswer>,
): { data: StatusData; resolved: Incident[] } {
  const stillOpen: Incident[] = [];
  const resolved: Incident[] = [];
  for (const previous of departed) {
    const answer = answers.get(previous.id) ?? { kind: 'unknown' };
    if (answer.kind === 'gone') continue;
    // No answer: the last copy we have stands (summary.json lists an incident as resolved for a while).
    if (answer.kind === 'unknown') (isOpenIncident(previous) ? stillOpen : resolved).push(previous);
    else if (isOpenIncident(answer.incident)) stillOpen.push(answer.incident);
    else resolved.push(answer.incident);
  }
  return stillOpen.length === 0
    ? { data, resolved }
    : { data: { ...data, incidents: [...data.incidents, ...stillOpen] }, resolved };
}
