// How a lead time is said, apart from ./lead-record (how it is stored and read) so that the popup, which only
// says it, does not load the record's check.
import type { Translate } from '../i18n';
import { ageLabel } from '../present';
import type { LeadRecord } from './lead-record';

/**
 * "23 min", "2 h": in the words every age is said in. At least a minute: a lead is recorded only when it is
 * positive, and "less than a minute" would read as none.
 */
export const leadDuration = (record: Pick<LeadRecord, 'leadMs'>, t: Translate): string =>
  ageLabel(Math.max(record.leadMs, 60_000), t);
