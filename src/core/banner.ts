// Whether the claude.ai banner speaks, and about what. It only speaks from trustworthy data: stale or
// failed data gives no banner (the toolbar badge shows '?'), because "Claude has a problem" must not be a
// leftover from hours ago.
import { isIncidentMuted } from './attention';
import {
  componentLevel,
  incidentLevel,
  isOpenIncident,
  isStale,
  isWorse,
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
const COMPONENTS_KEY_PREFIX = 'components:';

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

/** The dismissal key of a banner about components alone (no incident): its component ids, in any order. */
export function componentsKey(componentIds: readonly string[]): string {
  return COMPONENTS_KEY_PREFIX + [...componentIds].sort().join(',');
}

/** Whether the user dismissed the banner with this key at this level or worse (incident id or componentsKey). */
export type IsDismissed = (key: string, level: KnownLevel) => boolean;

const NOTHING_DISMISSED: IsDismissed = () => false;

export function bannerDecision(
  snapshot: Snapshot,
  filter: AttentionFilter,
  now: number,
  staleAfterMs: number = DEFAULT_STALE_AFTER_MS,
  isDismissed: IsDismissed = NOTHING_DISMISSED,
): BannerDecision | null {
  const data = snapshot.data;
  if (data === null || isStale(snapshot, now, staleAfterMs)) return null;

  const keyDegraded = data.components.filter((c) => BANNER_COMPONENT_IDS.includes(c.id) && isDegraded(c));
  const keyDegradedIds = new Set(keyDegraded.map((c) => c.id));
  const mutedComponents = new Set(filter.mutedComponentIds);
  const open = data.incidents.filter(isOpenIncident);
  const muted = open.filter((incident) => isIncidentMuted(incident, filter));
  const touchesKeyComponent = (incident: Incident): boolean =>
    incident.affectedComponents.some((c) => keyDegradedIds.has(c.id));

  // What the page says of claude.ai is a floor for the banner's level: an incident's own level comes from
  // its impact and from the component statuses its updates listed, which can lag the page (an update said
  // "degraded", the page now says "major outage") or concern another product (a minor Console incident
  // while claude.ai is down). Unless the user muted the claude.ai component itself: then it is not ours to
  // raise.
  const claudeAi = mutedComponents.has(CLAUDE_AI_COMPONENT_ID)
    ? undefined
    : keyDegraded.find((c) => c.id === CLAUDE_AI_COMPONENT_ID);
  const pageFloor: KnownLevel = claudeAi ? componentLevel(claudeAi.status) : 'operational';

  const qualifying = open
    .filter((incident) => !muted.includes(incident) && (hasNotableImpact(incident) || touchesKeyComponent(incident)))
    .map((incident, index) => {
      const own = incidentLevel(incident);
      return { incident, index, own, level: worstLevel([own, pageFloor]) };
    })
    // Worst first; data.incidents is newest first, so the index keeps the newest among equals.
    .sort((a, b) => LEVEL_SEVERITY[b.own] - LEVEL_SEVERITY[a.own] || a.index - b.index);
  // A dismissal holds at the level the user saw: when the incident (or the page under it) gets worse, it
  // is back. Dismissed incidents are out before choosing, so a second open incident still shows and
  // "+N more" counts only what the user has not seen off.
  const dismissed = qualifying.filter((q) => isDismissed(q.incident.id, q.level));
  const shown = qualifying.filter((q) => !dismissed.includes(q));

  const first = shown[0];
  if (first) {
    const affected = new Set(first.incident.affectedComponents.map((c) => c.id));
    return {
      incident: first.incident,
      level: first.level,
      models: first.incident.models,
      // claude.ai is named when it is what makes the banner this bad, even if the incident does not list it.
      components: keyDegraded.filter((c) => affected.has(c.id) || (c === claudeAi && first.level !== first.own)),
      otherIncidents: shown.length - 1,
    };
  }

  // A degraded component explained by a muted incident stays quiet too: muting "Opus 4.7" would be useless
  // if the claude.ai component it degraded brought the banner back. Not a major outage of claude.ai, though:
  // that is claude.ai down for everyone, whatever model the user picks; only muting claude.ai silences it.
  // A dismissed incident explains the components it lists at no worse than the level it was dismissed at.
  const explainedByMute = muted
    .flatMap((incident) => incident.affectedComponents.map((c) => c.id))
    .filter((id) => id !== CLAUDE_AI_COMPONENT_ID || claudeAi?.status !== 'major_outage');
  const explained = new Set(explainedByMute);
  const remaining = keyDegraded.filter(
    (c) =>
      !explained.has(c.id) &&
      !mutedComponents.has(c.id) &&
      !dismissed.some(
        (q) => q.incident.affectedComponents.some((a) => a.id === c.id) && !isWorse(componentLevel(c.status), q.level),
      ),
  );
  if (remaining.length === 0) return null;
  // Once the banner speaks, the floor holds here too: a muted incident may explain claude.ai's partial
  // outage away, but a banner about the API must not call the moment "minor" while the page says more.
  const ownLevel = worstLevel(remaining.map((c) => componentLevel(c.status)));
  const level = worstLevel([ownLevel, pageFloor]);
  const components =
    claudeAi && level !== ownLevel && !remaining.includes(claudeAi) ? [...remaining, claudeAi] : remaining;
  if (isDismissed(componentsKey(components.map((c) => c.id)), level)) return null;
  return { incident: null, level, models: null, components, otherIncidents: 0 };
}
