import type { Translate } from '../core/i18n';
import { leadDuration } from '../core/session/lead-duration';
import type { LeadRecord } from '../core/session/lead-record';
import { absoluteTime } from '../ui/time-format';

interface Props {
  /** undefined while storage is read. */
  records: readonly LeadRecord[] | undefined;
  onClear(): void;
  t: Translate;
  locale: string;
  timeZone?: string;
}

/** The last 20 lead-time records: which incident, when the status page posted it, how much earlier. */
export function LeadTimesField({ records, onClear, t, locale, timeZone }: Props) {
  return (
    <fieldset data-testid="options-leads">
      <legend>{t('optionsLeadsLegend')}</legend>
      <p id="leads-note" class="note">
        {t('optionsLeadsNote')}
      </p>
      {records && records.length === 0 && <p class="note">{t('optionsLeadsEmpty')}</p>}
      {records && records.length > 0 && (
        <>
          <ul class="leads" aria-describedby="leads-note">
            {records.map((record) => (
              <li key={record.incidentId} data-testid="options-lead">
                <span class="lead-title">{record.title || record.incidentId}</span>{' '}
                <time dateTime={new Date(record.postedAt).toISOString()} class="note">
                  {absoluteTime(record.postedAt, locale, timeZone)}
                </time>{' '}
                <strong>{t('optionsLeadEarlier', [leadDuration(record, t)])}</strong>
              </li>
            ))}
          </ul>
          <button type="button" data-testid="options-leads-clear" onClick={onClear}>
            {t('optionsLeadsClear')}
          </button>
        </>
      )}
    </fieldset>
  );
}
