import { useRef } from 'preact/hooks';
import type { Translate } from '../core/i18n';
import { formatSnoozeEnd, formatTimeOfDay, isSnoozed, snoozeEnd, type SnoozeChoice } from './snooze';

interface Props {
  snoozeUntil: number;
  /** Read at render and again at click time: a snooze counts from the click. */
  now: () => number;
  /** Snoozing means something only while notifications are on; resuming is always allowed. */
  enabled: boolean;
  onChange(snoozeUntil: number): void;
  t: Translate;
  locale: string;
  timeZone?: string;
}

export function SnoozeField({ snoozeUntil, now, enabled, onChange, t, locale, timeZone }: Props) {
  const statusRef = useRef<HTMLParagraphElement>(null);
  const current = now();
  const snoozed = isSnoozed(snoozeUntil, current);
  const morning = snoozeEnd('tomorrowMorning', new Date(current));
  const choices: ReadonlyArray<{ choice: SnoozeChoice; testid: string; label: string }> = [
    { choice: 'hour', testid: 'options-snooze-1h', label: t('optionsSnoozeHour') },
    { choice: 'fourHours', testid: 'options-snooze-4h', label: t('optionsSnoozeFourHours') },
    {
      choice: 'tomorrowMorning',
      testid: 'options-snooze-tomorrow',
      label: t('optionsSnoozeTomorrow', [formatTimeOfDay(morning, locale, timeZone)]),
    },
  ];

  const resume = () => {
    onChange(0);
    // The Resume button disappears: keep focus in the group instead of dropping it on <body>.
    statusRef.current?.focus();
  };

  return (
    <fieldset class="nested">
      <legend>{t('optionsSnoozeLegend')}</legend>
      <p role="status" tabIndex={-1} ref={statusRef} class="note" data-testid="options-snooze-status">
        {snoozed ? t('optionsSnoozedUntil', [formatSnoozeEnd(snoozeUntil, locale, timeZone)]) : t('optionsNotSnoozed')}
      </p>
      <div class="buttons">
        {choices.map(({ choice, testid, label }) => (
          <button
            type="button"
            key={choice}
            data-testid={testid}
            disabled={!enabled}
            onClick={() => onChange(snoozeEnd(choice, new Date(now())))}
          >
            {label}
          </button>
        ))}
        {snoozed && (
          <button type="button" data-testid="options-snooze-resume" onClick={resume}>
            {t('optionsSnoozeResume')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
