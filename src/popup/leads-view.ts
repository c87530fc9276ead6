import type { Translate } from '../core/i18n';
import { leadDuration } from '../core/session/lead-duration';
import type { LeadRecord } from '../core/session/lead-record';

/** Incident id → "Your claude.ai session saw errors 23 minutes before the status page." */
export function leadLines(records: readonly LeadRecord[], t: Translate): Map<string, string> {
  return new Map(records.map((record) => [record.incidentId, t('leadLine', [leadDuration(record, t)])]));
}
