// Which incidents the user asked not to hear about (banner, notifications). Only a precise statement can be
// muted: "Opus 4.7" can, "multiple models" or "Opus 4.7 and other models" cannot, because nothing says
// the user's model is spared.
import type { AffectedModels, AttentionFilter, Incident } from './types';

interface Subject {
  models: readonly string[];
  scope: AffectedModels['scope'] | undefined;
  componentIds: readonly string[];
}

function isMuted(subject: Subject, filter: AttentionFilter): boolean {
  const mutedModels = new Set(filter.mutedModels.map((model) => model.toLowerCase()));
  const byModels =
    subject.scope === 'named' &&
    subject.models.length > 0 &&
    subject.models.every((model) => mutedModels.has(model.toLowerCase()));
  const mutedComponents = new Set(filter.mutedComponentIds);
  const byComponents = subject.componentIds.length > 0 && subject.componentIds.every((id) => mutedComponents.has(id));
  return byModels || byComponents;
}

export function isIncidentMuted(incident: Incident, filter: AttentionFilter): boolean {
  return isMuted(
    {
      models: incident.models.models,
      scope: incident.models.scope,
      componentIds: incident.affectedComponents.map((component) => component.id),
    },
    filter,
  );
}
