// Which models the user can mute: the ones real incidents have named (the page has no model list), plus
// any already muted, so an old mute can always be undone.
import { knownIncidents } from '../core/resolution';
import type { Incident, Snapshot } from '../core/types';
import type { History } from '../shared/messages';

export interface ModelChoice {
  name: string;
  muted: boolean;
  /** Named by a current, recently resolved or recent-history incident. */
  seen: boolean;
}

interface ModelKey {
  family: string;
  /** Numeric version segments ("4.7" → [4, 7]); empty for a bare family ("Opus"). */
  version: number[];
}

function modelKey(name: string): ModelKey {
  const match = /^(.*?)\s+(\d+(?:\.\d+)*)$/.exec(name.trim());
  if (!match) return { family: name.trim().toLowerCase(), version: [] };
  return { family: (match[1] ?? '').toLowerCase(), version: (match[2] ?? '').split('.').map(Number) };
}

/** Family A→Z, then newest version first ("Opus 4.10" before "Opus 4.9"), a bare family after its versions. */
export function compareModels(a: string, b: string): number {
  const ka = modelKey(a);
  const kb = modelKey(b);
  if (ka.family !== kb.family) return ka.family < kb.family ? -1 : 1;
  if (ka.version.length === 0 || kb.version.length === 0) return kb.version.length - ka.version.length;
  for (let i = 0; i < Math.max(ka.version.length, kb.version.length); i++) {
    const diff = (kb.version[i] ?? 0) - (ka.version[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.localeCompare(b);
}

// Storage and worker answers are not deep-validated: read the model list defensively.
function modelsOf(incident: Incident | undefined): string[] {
  const models: unknown = incident?.models?.models;
  return Array.isArray(models) ? models.filter((m): m is string => typeof m === 'string' && m.trim() !== '') : [];
}

export function learnedModels(
  snapshot: Snapshot | undefined,
  history: History | null | undefined,
  muted: readonly string[],
): ModelChoice[] {
  const incidents = [...knownIncidents(snapshot), ...(Array.isArray(history?.incidents) ? history.incidents : [])];
  // Muting compares case-insensitively (core/attention.ts), so one entry per lower-cased name.
  const byKey = new Map<string, ModelChoice>();
  for (const name of incidents.flatMap(modelsOf)) {
    const key = name.toLowerCase();
    if (!byKey.has(key)) byKey.set(key, { name, muted: false, seen: true });
  }
  const mutedKeys = new Set(muted.map((name) => name.toLowerCase()));
  for (const name of muted) {
    const key = name.toLowerCase();
    if (!byKey.has(key)) byKey.set(key, { name, muted: true, seen: false });
  }
  return [...byKey.values()]
    .map((choice) => ({ ...choice, muted: mutedKeys.has(choice.name.toLowerCase()) }))
    .sort((a, b) => compareModels(a.name, b.name));
}

/** The muted list after (un)muting one model; unmuting removes every spelling of it. */
export function setModelMuted(muted: readonly string[], name: string, on: boolean): string[] {
  const rest = muted.filter((model) => model.toLowerCase() !== name.toLowerCase());
  return on ? [...rest, name] : rest;
}
