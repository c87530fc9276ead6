import type { Translate } from '../core/i18n';
import { INCIDENT_POLL_MS } from '../core/poll-policy';
import { durationLabel, pollIntervalChoices } from './poll-interval';

interface Props {
  value: number;
  onChange(seconds: number): void;
  t: Translate;
  locale: string;
}

export function PollIntervalField({ value, onChange, t, locale }: Props) {
  return (
    <fieldset>
      <legend>{t('optionsPollLegend')}</legend>
      <label for="poll-interval">{t('optionsPollIntervalLabel')}</label>
      <select
        id="poll-interval"
        data-testid="options-poll-interval"
        aria-describedby="poll-interval-note"
        value={String(value)}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      >
        {pollIntervalChoices(value).map((seconds) => (
          <option key={seconds} value={String(seconds)}>
            {durationLabel(seconds, locale)}
          </option>
        ))}
      </select>
      <p id="poll-interval-note" class="note">
        {t('optionsPollIntervalNote', [durationLabel(INCIDENT_POLL_MS / 1000, locale)])}
      </p>
    </fieldset>
  );
}
