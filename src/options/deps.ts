import type Browser from 'webextension-polyfill';
import type { Translate } from '../core/i18n';
import type { StorageArea } from '../shared/storage';

export type StorageChangedEvent = Browser.Storage.Static['onChanged'];
/** The part of browser.permissions the page uses; tests pass a fake that grants or refuses. */
export type PermissionsApi = Pick<Browser.Permissions.Static, 'contains' | 'request' | 'onAdded' | 'onRemoved'>;
export interface RuntimeApi {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Everything the options page needs from the outside world, so tests can pass fakes. */
export interface OptionsDeps {
  storage: StorageArea;
  onChanged: StorageChangedEvent;
  permissions: PermissionsApi;
  runtime: RuntimeApi;
  t: Translate;
  /** BCP 47 tag for Intl formatting. */
  locale: string;
  now: () => number;
  /** Where data-theme goes (document.documentElement). */
  root: HTMLElement;
  /** IANA zone for displayed times; undefined means the user's own (tests pin it). */
  timeZone?: string;
}
