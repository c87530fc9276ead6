import type { Action } from 'webextension-polyfill';
import { badgeFor } from '../core/badge';
import { displayLevel } from '../core/freshness';
import type { Translate } from '../core/i18n';
import { withSession } from '../core/session/badge';
import type { SessionView } from '../core/session/present';
import type { Snapshot } from '../core/types';
import type { SessionShown } from '../core/session/banner';
import { sessionShownRecord } from '../shared/session-shown';
import type { Settings } from '../shared/settings';
import { load, trySet, type StorageArea } from '../shared/storage';

type ActionApi = Pick<Action.Static, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'> & {
  setBadgeTextColor?: Action.Static['setBadgeTextColor'];
};

/** Paints the toolbar button: badge text (never colour alone), colour, and a tooltip naming incidents, models and age. */
export async function applyBadge(
  action: ActionApi,
  snapshot: Snapshot,
  settings: Settings,
  now: number,
  t: Translate,
  session: SessionView | null = null,
) {
  const level = displayLevel(snapshot, settings, now);
  const official = badgeFor(level, snapshot, now, t);
  const badge = session ? withSession(official, level, session, snapshot, now, t) : official;
  await Promise.all([
    action.setBadgeText({ text: badge.text }),
    action.setBadgeBackgroundColor({ color: badge.color }),
    action.setTitle({ title: badge.title }),
    // Yellow needs dark text; setBadgeTextColor exists in Chrome 110+ and Firefox 63+.
    action.setBadgeTextColor?.({ color: badge.textColor }),
  ]);
}

/**
 * Tells the claude.ai banner what the badge now shows of the session (core/session/banner.ts). Written only
 * when it changed: every claude.ai tab listens to this key.
 */
export async function showSessionOnBanner(storage: StorageArea, shown: SessionShown | null): Promise<void> {
  const before = await load(storage, sessionShownRecord).catch(() => undefined);
  if (JSON.stringify(before) !== JSON.stringify(shown)) await trySet(storage, { [sessionShownRecord.key]: shown });
}
