// Whether the claude.ai banner speaks, and about what. It only speaks from trustworthy data: stale or
// failed data gives no banner (the toolbar badge shows '?'), because "Claude has a problem" must not be a
// leftover from hours ago.
import { isIncidentMuted } from './attention';
import {
  componentLevel,
  incidentLevel,
  isOpenIncident,
  isStale,
  LEVEL_SEVERITY,
  worstLevel,
  type KnownLevel,
} from './level';
import type { AttentionFilter, ComponentState, Incident, IncidentModels, Snapshot } from './types';

export const CLAUDE_AI_COMPONENT_ID = 'rwppv331jlwc';
export const API_COMPONENT_ID = 'k8w3r06qmzrp';
/** Components whose degradation is worth a banner on claude.ai even without an incident of impact minor+. */
export const BANNER_COMPONENT_IDS: readonly string[] = [CLAUDE_AI_COMPONENT_ID, API_COMPONENT_ID];
/** For callers without a setting-derived value (see staleAfterMs in freshness.ts). */
export const DEFAULT_STALE_AFTER_MS = 15 * 60_000;

export interface BannerDecision {
  /** The incident to show (worst, then newest), or null when only a component is degraded. */
  incident: Incident | null;
  level: KnownLevel;
  /** The incident's models, for modelsLabel; null without incident. */
  models: IncidentModels | null;
  /** Degraded claude.ai / API components behind this banner. */
  components: ComponentState[];
  /** Further unmuted incidents that would also qualify ("+N more"). */
  otherIncidents: number;
}

function isDegraded(component: ComponentState): boolean {
  return component.status !== 'operational' && component.status !== 'under_maintenance';
}

// Stated impact minor or worse; an impact we cannot read is treated as worth showing.
function hasNotableImpact(incident: Incident): boolean {
  return (
    incident.impact === 'minor' ||
    incident.impact === 'major' ||
    incident.impact === 'critical' ||
    incident.impact === 'unknown'
  );
}

export function bannerDecision(
  snapshot: Snapshot,
  filter: AttentionFilter,
  now: number,
  staleAfterMs: number = DEFAULT_STALE_AFTER_MS,
): BannerDecision | null {
  const data = snapshot.data;
  if (data === null || isStale(snapshot, now, staleAfterMs)) return null;

  const keyDegraded = data.components.filter((c) => BANNER_COMPONENT_IDS.includes(c.id) && isDegraded(c));
  const keyDegradedIds = new Set(keyDegraded.map((c) => c.id));
  const open = data.incidents.filter(isOpenIncident);
  const muted = open.filter((incident) => isIncidentMuted(incident, filter));
  const touchesKeyComponent = (incident: Incident): boolean =>
    incident.affectedComponents.some((c) => keyDegradedIds.has(c.id));

  const qualifying = open
    .filter((incident) => !muted.includes(incident) && (hasNotableImpact(incident) || touchesKeyComponent(incident)))
    .map((incident, index) => ({ incident, index, level: incidentLevel(incident) }))
    // Worst first; data.incidents is newest first, so the index keeps the newest among equals.
    .sort((a, b) => LEVEL_SEVERITY[b.level] - LEVEL_SEVERITY[a.level] || a.index - b.index);

  // What the page says of claude.ai is a floor for the banner's level: an incident's own level comes from
  // its impact and from the component statuses its updates listed, which can lag the page (an update said
  // "degraded", the page now says "major outage") or concern another product (a minor Console incident
  // while claude.ai is down).
  const claudeAi = keyDegraded.find((c) => c.id === CLAUDE_AI_COMPONENT_ID);
  const pageFloor: KnownLevel = claudeAi ? componentLevel(claudeAi.status) : 'operational';

  const first = qualifying[0];
  if (first) {
    const affected = new Set(first.incident.affectedComponents.map((c) => c.id));
    const level = worstLevel([first.level, pageFloor]);
    return {
      incident: first.incident,
      level,
      models: first.incident.models,
      // claude.ai is named when it is what makes the banner this bad, even if the incident does not list it.
      components: keyDegraded.filter((c) => affected.has(c.id) || (c === claudeAi && level !== first.level)),
      otherIncidents: qualifying.length - 1,
    };
  }

  // A degraded component explained by a muted incident stays quiet too: muting "Opus 4.7" would be useless
  // if the claude.ai component it degraded brought the banner back. Not a major outage of claude.ai, though:
  // that is claude.ai down for everyone, whatever model the user picks; only muting claude.ai silences it.
  const explained = new Set(
    muted
      .flatMap((incident) => incident.affectedComponents.map((c) => c.id))
      .filter((id) => id !== CLAUDE_AI_COMPONENT_ID || claudeAi?.status !== 'major_outage'),
  );
  const mutedComponents = new Set(filter.mutedComponentIds);
  const remaining = keyDegraded.filter((c) => !explained.has(c.id) && !mutedComponents.has(c.id));
  if (remaining.length === 0) return null;
  return {
    incident: null,
    level: worstLevel(remaining.map((c) => componentLevel(c.status))),
    models: null,
    components: remaining,
    otherIncidents: 0,
  };
}
