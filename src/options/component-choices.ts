// Components to mute, by id: names change ("console.anthropic.com" became "Claude Console"), ids do not.
import type { ComponentState, Incident } from '../core/types';

export interface ComponentChoice {
  id: string;
  name: string;
  /** Still on the status page; a muted id that vanished is kept so the mute can be undone. */
  listed: boolean;
  muted: boolean;
}

/** Last known names of components, from incidents (for ids the page no longer lists). */
export function componentNamesFromIncidents(incidents: Iterable<Incident>): Map<string, string> {
  const names = new Map<string, string>();
  for (const incident of incidents) {
    for (const component of incident.affectedComponents ?? []) {
      if (!names.has(component.id) && component.name) names.set(component.id, component.name);
    }
  }
  return names;
}

export function componentChoices(
  components: readonly ComponentState[],
  muted: readonly string[],
  knownNames: ReadonlyMap<string, string> = new Map(),
): ComponentChoice[] {
  const mutedIds = new Set(muted);
  const listedIds = new Set(components.map((component) => component.id));
  const listed = components.map((c) => ({ id: c.id, name: c.name, listed: true, muted: mutedIds.has(c.id) }));
  const gone = [...mutedIds]
    .filter((id) => !listedIds.has(id))
    .map((id) => ({ id, name: knownNames.get(id) ?? id, listed: false, muted: true }));
  return [...listed, ...gone];
}

export function setComponentMuted(muted: readonly string[], id: string, on: boolean): string[] {
  const rest = muted.filter((mutedId) => mutedId !== id);
  return on ? [...rest, id] : rest;
}
