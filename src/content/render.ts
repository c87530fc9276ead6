// The banner's DOM: a host element with an open shadow root holding one slim bar. Built once with
// createElement; updates only touch text that changed, so the polite live region announces real changes
// (a new status, an escalation) and not every refresh. Class names only: claude.ai's own DOM gets no
// test hooks from us.
import type { Translate } from '../core/i18n';
import { levelLabel, modelsLabel } from '../core/present';
import { countsLine, noIncidentSince, SESSION_GLYPH, sessionLine } from '../core/session/present';
import { DEFAULT_PAGE_URL } from '../core/urls';
import { componentsTitle, LEVEL_GLYPHS, moreLabel, RESOLVED_GLYPH, startedLabel, statusLabel } from './format';
import type { BannerSettings } from './settings';
import { BANNER_CSS } from './styles';
import type { IncidentView, ResolvedView, SessionBannerView } from './view';

/** The element added to claude.ai's DOM; everything else lives in its shadow root. */
export const HOST_ID = 'claude-status-indicator-banner';
const HOST_TAG = 'claude-status-banner';

export interface RenderContext {
  t: Translate;
  now: number;
  theme: BannerSettings['theme'];
  /** The worker said it cannot notify (no permission): the watch's recovery shows on the badge and here. */
  unnotified: boolean;
}

export interface BannerDom {
  host: HTMLElement;
  bar: HTMLElement;
  glyph: HTMLElement;
  word: HTMLElement;
  title: HTMLElement;
  models: HTMLElement;
  status: HTMLElement;
  started: HTMLElement;
  more: HTMLElement;
  session: HTMLElement;
  link: HTMLAnchorElement;
  watch: HTMLButtonElement;
  dismiss: HTMLButtonElement;
}

export interface BannerActions {
  dismiss(): void;
  watch(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  parent: Node,
  className: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  parent.appendChild(node);
  return node;
}

/** Only the user's own click or key: the page can reach into an open shadow root and call click(). */
function button(doc: Document, parent: Node, className: string, action: () => void): HTMLButtonElement {
  const node = element(doc, 'button', parent, className);
  node.type = 'button';
  node.addEventListener('click', (event) => {
    if (event.isTrusted) action();
  });
  return node;
}

export function createBannerDom(doc: Document, actions: BannerActions, t: Translate): BannerDom {
  const host = doc.createElement(HOST_TAG);
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // Text set from the content script before insertion: Firefox then checks it against the extension's CSP,
  // not a strict page style-src (Bugzilla 1706787; see mozilla/firefox-translations#272).
  style.textContent = BANNER_CSS;
  root.appendChild(style);

  const bar = element(doc, 'div', root, 'bar');
  bar.setAttribute('role', 'status');
  bar.setAttribute('aria-live', 'polite');
  bar.setAttribute('aria-label', t('bannerRegionLabel'));
  const level = element(doc, 'span', bar, 'level');
  const glyph = element(doc, 'span', level, 'glyph');
  glyph.setAttribute('aria-hidden', 'true');
  const word = element(doc, 'span', level, 'word');
  const text = element(doc, 'span', bar, 'text');
  const title = element(doc, 'span', text, 'title');
  const meta = element(doc, 'span', text, 'meta');
  const models = element(doc, 'span', meta, 'models');
  const status = element(doc, 'span', meta, 'status');
  const started = element(doc, 'span', meta, 'started');
  // The age changes every minute: announcing that would be noise.
  started.setAttribute('aria-live', 'off');
  const more = element(doc, 'span', meta, 'more');
  const session = element(doc, 'span', text, 'session');
  const link = element(doc, 'a', bar, 'link');
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  const watch = button(doc, bar, 'watch', actions.watch);
  const dismiss = button(doc, bar, 'dismiss', actions.dismiss);
  dismiss.title = t('bannerDismiss');
  dismiss.setAttribute('aria-label', dismiss.title);
  const cross = element(doc, 'span', dismiss, '');
  cross.setAttribute('aria-hidden', 'true');
  cross.textContent = '\u00D7';

  return { host, bar, glyph, word, title, models, status, started, more, session, link, watch, dismiss };
}

function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
  node.hidden = text === '';
}

function setAttr(node: HTMLElement, name: string, value: string | null): void {
  if (value === null) node.removeAttribute(name);
  else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

type Shown = IncidentView | SessionBannerView | ResolvedView;

export function updateBannerDom(dom: BannerDom, view: Shown, ctx: RenderContext): void {
  const { t, now } = ctx;
  const incident = view.kind === 'incident' ? view : null;
  const session = view.kind === 'session' ? view : null;
  setAttr(dom.bar, 'data-state', view.kind);
  setAttr(dom.bar, 'data-level', incident?.level ?? (session ? 'session' : 'operational'));
  setAttr(dom.bar, 'data-theme', ctx.theme === 'system' ? null : ctx.theme);
  setText(dom.glyph, incident ? LEVEL_GLYPHS[incident.level] : session ? SESSION_GLYPH : RESOLVED_GLYPH);
  setText(dom.word, incident ? levelLabel(incident.level, t) : t(session ? 'bannerSessionWord' : 'bannerResolved'));
  setText(dom.title, titleOf(view, t));
  setText(dom.models, incident?.models ? modelsLabel(incident.models, t) : '');
  setText(
    dom.status,
    incident ? statusLabel(incident.status, t) : session ? noIncidentSince(session.facts.pageUpdatedAt, now, t) : '',
  );
  setText(dom.started, incident ? startedLabel(incident.startedAt, now, t) : '');
  setText(dom.more, incident ? moreLabel(incident.more, t) : '');
  setText(dom.session, incident?.session ? sessionLine(incident.session, t) : '');
  const url = view.kind === 'session' ? DEFAULT_PAGE_URL : view.url;
  setAttr(dom.link, 'href', url);
  setText(dom.link, url ? t(session ? 'bannerStatusPage' : 'bannerDetails') : '');
  // "Tell me when it's fixed" for what is still open and can be watched: an incident, or the session.
  const watchable = session ?? (incident?.incidentId ? incident : null);
  setText(dom.watch, watchable ? t(watchable.watching ? 'bannerWatching' : 'bannerWatch') : '');
  setAttr(dom.watch, 'aria-pressed', watchable ? String(watchable.watching) : null);
  setAttr(
    dom.watch,
    'title',
    watchable ? t(watchable.watching && ctx.unnotified ? 'watchNoPermission' : 'watchButton') : null,
  );
}

function titleOf(view: Shown, t: Translate): string {
  if (view.kind === 'session') return countsLine(view.facts, t);
  if (view.kind === 'resolved' && view.session) return t('watchSessionTitle');
  return view.title || componentsTitle(view.componentNames, t);
}
