import type { Translate } from '../core/i18n';
import type { NotificationEventSettings, Settings } from '../shared/settings';
import type { NotificationPermission } from './use-notification-permission';

interface Props {
  notifications: Settings['notifications'];
  permission: NotificationPermission;
  onEnabledChange(enabled: boolean): void;
  onEventChange(event: keyof NotificationEventSettings, on: boolean): void;
  t: Translate;
}

const EVENTS: ReadonlyArray<{ key: keyof NotificationEventSettings; label: string }> = [
  { key: 'opened', label: 'optionsNotifyOpened' },
  { key: 'escalated', label: 'optionsNotifyEscalated' },
  { key: 'updated', label: 'optionsNotifyUpdated' },
  { key: 'resolved', label: 'optionsNotifyResolved' },
];

function noteKey(props: Props): string {
  const { permission, notifications } = props;
  if (permission.requesting) return 'optionsNotificationsAsking';
  if (permission.refused) return 'optionsNotificationsRefused';
  if (notifications.enabled && permission.state === 'missing') return 'optionsNotificationsRemoved';
  if (!notifications.enabled || permission.state !== 'granted') return 'optionsNotificationsHint';
  return '';
}

/** Notifications are on only when the user wants them and the browser permission is granted. */
export function notificationsActive(notifications: Settings['notifications'], permission: NotificationPermission) {
  return notifications.enabled && permission.state === 'granted';
}

export function NotificationsField(props: Props) {
  const { notifications, permission, onEnabledChange, onEventChange, t } = props;
  const active = notificationsActive(notifications, permission);
  const note = noteKey(props);

  // A click, not a change event: Firefox treats only the click as the user gesture that permissions.request needs.
  const onToggleClick = (event: MouseEvent) => {
    if (permission.requesting) {
      // The browser's prompt is still open; a second request would only fail.
      event.preventDefault();
      return;
    }
    const wanted = (event.currentTarget as HTMLInputElement).checked;
    if (!wanted) {
      onEnabledChange(false);
      return;
    }
    void permission.request().then((granted) => granted && onEnabledChange(true));
  };

  return (
    <fieldset>
      <legend>{t('optionsNotificationsLegend')}</legend>
      <label class="check">
        <input
          type="checkbox"
          data-testid="options-notifications-toggle"
          checked={active}
          disabled={permission.state === 'checking'}
          aria-busy={permission.requesting}
          aria-describedby="notifications-note"
          onClick={onToggleClick}
        />
        <span>{t('optionsNotificationsToggle')}</span>
      </label>
      <p
        id="notifications-note"
        role="status"
        class={`note${permission.refused || note === 'optionsNotificationsRemoved' ? ' note--warning' : ''}`}
        data-testid="options-notifications-note"
      >
        {note ? t(note) : ''}
      </p>
      <fieldset disabled={!active} class="nested">
        <legend>{t('optionsNotifyWhenLegend')}</legend>
        {EVENTS.map(({ key, label }) => (
          <label class="check" key={key}>
            <input
              type="checkbox"
              data-testid={`options-notify-${key}`}
              checked={notifications[key]}
              onChange={(event) => onEventChange(key, event.currentTarget.checked)}
            />
            <span>{t(label)}</span>
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
