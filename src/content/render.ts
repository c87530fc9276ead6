// The banner's DOM: a host element with an open shadow root holding one slim bar. Built once with
// createElement; updates only touch text that changed, so the polite live region announces real changes
// (a new status, an escalation) and not every refresh.
import type { Translate } from '../core/i18n';
import { levelLabel, modelsLabel } from '../core/present';
import { componentsTitle, LEVEL_GLYPHS, moreLabel, RESOLVED_GLYPH, startedLabel, statusLabel } from './format';
import type { BannerSettings } from './settings';
import { BANNER_CSS } from './styles';
import type { IncidentView, ResolvedView } from './view';

/** The element added to claude.ai's DOM; everything else lives in its shadow root. */
export const HOST_ID = 'claude-status-indicator-banner';
const HOST_TAG = 'claude-status-banner';

export interface RenderContext {
  t: Translate;
  now: number;
  theme: BannerSettings['theme'];
}

export interface BannerDom {
  host: HTMLElement;
  bar: HTMLElement;
  glyph: HTMLElement;
  levelWord: HTMLElement;
  title: HTMLElement;
  models: HTMLElement;
  status: HTMLElement;
  started: HTMLElement;
  more: HTMLElement;
  link: HTMLAnchorElement;
  dismiss: HTMLButtonElement;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  parent: Node,
  className: string,
  testId?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (testId) node.dataset.testid = testId;
  parent.appendChild(node);
  return node;
}

export function createBannerDom(doc: Document, onDismiss: () => void): BannerDom {
  const host = doc.createElement(HOST_TAG);
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // Text set from the content script before insertion: Firefox then checks it against the extension's CSP,
  // not a strict page style-src (Bugzilla 1706787; see mozilla/firefox-translations#272).
  style.textContent = BANNER_CSS;
  root.appendChild(style);

  const bar = element(doc, 'div', root, 'bar', 'banner');
  bar.setAttribute('role', 'status');
  bar.setAttribute('aria-live', 'polite');
  const level = element(doc, 'span', bar, 'level', 'banner-level');
  const glyph = element(doc, 'span', level, 'glyph');
  glyph.setAttribute('aria-hidden', 'true');
  const levelWord = element(doc, 'span', level, 'word');
  const text = element(doc, 'span', bar, 'text');
  const title = element(doc, 'span', text, 'title', 'banner-title');
  const meta = element(doc, 'span', text, 'meta');
  const models = element(doc, 'span', meta, '', 'banner-models');
  const status = element(doc, 'span', meta, '', 'banner-status');
  const started = element(doc, 'span', meta, '', 'banner-started');
  // The age changes every minute: announcing that would be noise.
  started.setAttribute('aria-live', 'off');
  const more = element(doc, 'span', meta, '', 'banner-more');
  const link = element(doc, 'a', bar, '', 'banner-link');
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  const dismiss = element(doc, 'button', bar, '', 'banner-dismiss');
  dismiss.type = 'button';
  // Only the user's own click or key: the page can reach into an open shadow root and call click().
  dismiss.addEventListener('click', (event) => {
    if (event.isTrusted) onDismiss();
  });
  const cross = element(doc, 'span', dismiss, '');
  cross.setAttribute('aria-hidden', 'true');
  cross.textContent = '\u00D7';

  return { host, bar, glyph, levelWord, title, models, status, started, more, link, dismiss };
}

function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
  node.hidden = text === '';
}

function setAttr(node: HTMLElement, name: string, value: string | null): void {
  if (value === null) node.removeAttribute(name);
  else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

export function updateBannerDom(dom: BannerDom, view: IncidentView | ResolvedView, ctx: RenderContext): void {
  const { t } = ctx;
  const resolved = view.kind === 'resolved';
  setAttr(dom.bar, 'data-state', view.kind);
  setAttr(dom.bar, 'data-level', resolved ? 'operational' : view.level);
  setAttr(dom.bar, 'data-theme', ctx.theme === 'system' ? null : ctx.theme);
  setAttr(dom.bar, 'aria-label', t('bannerRegionLabel'));
  setText(dom.glyph, resolved ? RESOLVED_GLYPH : LEVEL_GLYPHS[view.level]);
  setText(dom.levelWord, resolved ? t('bannerResolved') : levelLabel(view.level, t));
  setText(dom.title, view.title || componentsTitle(view.componentNames, t));
  setText(dom.models, !resolved && view.models ? modelsLabel(view.models, t) : '');
  setText(dom.status, resolved ? '' : statusLabel(view.status, t));
  setText(dom.started, resolved ? '' : startedLabel(view.startedAt, ctx.now, t));
  setText(dom.more, resolved ? '' : moreLabel(view.more, t));
  if (view.url) {
    setAttr(dom.link, 'href', view.url);
    setText(dom.link, t('bannerDetails'));
  } else {
    dom.link.removeAttribute('href');
    setText(dom.link, '');
  }
  setAttr(dom.dismiss, 'aria-label', t('bannerDismiss'));
  setAttr(dom.dismiss, 'title', t('bannerDismiss'));
}
