// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBannerDom, HOST_ID, updateBannerDom, type RenderContext } from '../../../src/content/render';
import type { IncidentView, ResolvedView, SessionBannerView } from '../../../src/content/view';
import { englishTranslator, userClick } from './support';

const START = Date.parse('2026-05-22T04:16:42.159Z');
const ctx: RenderContext = { t: englishTranslator(), now: START + 42 * 60_000, theme: 'system', unnotified: false };

const incident = (over: Partial<IncidentView> = {}): IncidentView => ({
  kind: 'incident',
  key: 'p0mgnjv3bj97',
  level: 'major',
  incidentId: 'p0mgnjv3bj97',
  title: 'Elevated error rate on multiple models',
  componentIds: ['rwppv331jlwc'],
  componentNames: ['claude.ai'],
  models: { models: ['Opus 4.7', 'Sonnet 4.6'], scope: 'named' },
  status: 'identified',
  startedAt: START,
  url: 'https://status.claude.com/incidents/p0mgnjv3bj97',
  more: 2,
  session: null,
  watching: false,
  ...over,
});

const sessionBanner = (over: Partial<SessionBannerView> = {}): SessionBannerView => ({
  kind: 'session',
  onAt: START,
  facts: { leads: true, onAt: START, failed: 5, total: 12, pageUpdatedAt: START - 2 * 3_600_000 },
  watching: false,
  ...over,
});

/** A part of the bar by its class: the banner puts no test hooks into claude.ai's DOM. */
const part = (root: ShadowRoot, name: string) => root.querySelector<HTMLElement>(`.${name}`)!;
const noActions = { dismiss: () => {}, watch: () => {} };

describe('banner DOM', () => {
  beforeEach(() => document.body.replaceChildren());

  it('keeps everything inside an open shadow root on one host', () => {
    const dom = createBannerDom(document, noActions, ctx.t);
    expect(dom.host.id).toBe(HOST_ID);
    expect(dom.host.shadowRoot).not.toBeNull();
    expect(dom.host.childNodes.length).toBe(0);
    expect(dom.host.shadowRoot!.querySelector('style')!.textContent).toContain(':host{all:initial!important');
  });

  it('renders an incident as text: level word and glyph, title, models, status, age, more, link', () => {
    const dom = createBannerDom(document, noActions, ctx.t);
    updateBannerDom(dom, incident(), ctx);
    const root = dom.host.shadowRoot!;
    const bar = part(root, 'bar');
    expect(bar.getAttribute('role')).toBe('status');
    expect(bar.getAttribute('aria-live')).toBe('polite');
    expect(bar.getAttribute('aria-label')).toBe('Claude status (unofficial)');
    expect(bar.dataset.level).toBe('major');
    expect(part(root, 'level').textContent).toBe('\u25C6Partial outage');
    expect(part(root, 'title').textContent).toBe('Elevated error rate on multiple models');
    expect(part(root, 'models').textContent).toBe('Opus 4.7, Sonnet 4.6');
    expect(part(root, 'status').textContent).toBe('Identified');
    expect(part(root, 'started').textContent).toBe('Started 42 min ago');
    expect(part(root, 'more').textContent).toBe('+2 more');
    const link = part(root, 'link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://status.claude.com/incidents/p0mgnjv3bj97');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Details');
    const dismiss = part(root, 'dismiss') as HTMLButtonElement;
    expect(dismiss.type).toBe('button');
    expect(dismiss.getAttribute('aria-label')).toBe('Dismiss');
  });

  it('never parses remote text as markup', () => {
    const dom = createBannerDom(document, noActions, ctx.t);
    const evil = '<img src=x onerror="alert(1)"><b>bold</b>';
    updateBannerDom(dom, incident({ title: evil }), ctx);
    const root = dom.host.shadowRoot!;
    expect(part(root, 'title').textContent).toBe(evil);
    expect(root.querySelector('img, b')).toBeNull();
  });

  it('hides empty parts and drops a missing link', () => {
    const dom = createBannerDom(document, noActions, ctx.t);
    updateBannerDom(
      dom,
      incident({ models: { models: [], scope: 'none' }, more: 0, status: 'unknown', url: null }),
      ctx,
    );
    const root = dom.host.shadowRoot!;
    for (const name of ['models', 'more', 'status', 'link']) expect(part(root, name).hidden).toBe(true);
    expect(part(root, 'link').hasAttribute('href')).toBe(false);
    expect(part(root, 'started').hidden).toBe(false);
  });

  it('names the components when there is no incident', () => {
    const dom = createBannerDom(document, noActions, ctx.t);
    updateBannerDom(
      dom,
      incident({ incidentId: null, title: '', models: null, status: null, startedAt: null, url: null, more: 0 }),
      ctx,
    );
    expect(part(dom.host.shadowRoot!, 'title').textContent).toBe('Problems with claude.ai');
  });

  it('shows a resolved state in green with the title', () => {
    const dom = createBannerDom(document, noActions, ctx.t);
    updateBannerDom(dom, incident(), ctx);
    const resolved: ResolvedView = {
      kind: 'resolved',
      key: 'p0mgnjv3bj97',
      title: 'Elevated error rate on multiple models',
      componentNames: [],
      url: 'https://status.claude.com/incidents/p0mgnjv3bj97',
      until: ctx.now + 8000,
    };
    updateBannerDom(dom, resolved, ctx);
    const root = dom.host.shadowRoot!;
    expect(part(root, 'bar').dataset.state).toBe('resolved');
    expect(part(root, 'bar').dataset.level).toBe('operational');
    expect(part(root, 'level').textContent).toBe('\u2713Resolved');
    expect(part(root, 'title').textContent).toBe('Elevated error rate on multiple models');
    for (const name of ['models', 'status', 'started', 'more', 'watch', 'session'])
      expect(part(root, name).hidden).toBe(true);
  });

  it('leaves unchanged text nodes alone so the live region only announces changes', () => {
    const dom = createBannerDom(document, noActions, ctx.t);
    updateBannerDom(dom, incident(), ctx);
    const title = part(dom.host.shadowRoot!, 'title').firstChild;
    const models = part(dom.host.shadowRoot!, 'models').firstChild;
    updateBannerDom(dom, incident({ status: 'monitoring' }), { ...ctx, now: ctx.now + 60_000 });
    expect(part(dom.host.shadowRoot!, 'title').firstChild).toBe(title);
    expect(part(dom.host.shadowRoot!, 'models').firstChild).toBe(models);
    expect(part(dom.host.shadowRoot!, 'status').textContent).toBe('Monitoring');
    expect(part(dom.host.shadowRoot!, 'started').getAttribute('aria-live')).toBe('off');
  });

  it('follows the theme setting, else the system', () => {
    const dom = createBannerDom(document, noActions, ctx.t);
    updateBannerDom(dom, incident(), { ...ctx, theme: 'dark' });
    expect(part(dom.host.shadowRoot!, 'bar').dataset.theme).toBe('dark');
    updateBannerDom(dom, incident(), ctx);
    expect(part(dom.host.shadowRoot!, 'bar').hasAttribute('data-theme')).toBe(false);
  });

  it('calls back on dismiss, by click and by keyboard activation of a real button', () => {
    const onDismiss = vi.fn();
    const dom = createBannerDom(document, { dismiss: onDismiss, watch: () => {} }, ctx.t);
    updateBannerDom(dom, incident(), ctx);
    document.body.append(dom.host);
    const dismiss = part(dom.host.shadowRoot!, 'dismiss') as HTMLButtonElement;
    expect(dismiss.tabIndex).toBe(0);
    userClick(dismiss);
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('ignores a click the page makes: element.click() and synthetic events are not the user', () => {
    const onDismiss = vi.fn();
    const dom = createBannerDom(document, { dismiss: onDismiss, watch: () => {} }, ctx.t);
    updateBannerDom(dom, incident(), ctx);
    document.body.append(dom.host);
    const dismiss = part(dom.host.shadowRoot!, 'dismiss') as HTMLButtonElement;
    dismiss.click();
    dismiss.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('the session’s quiet variant: its own glyph and colour, the counts, the page’s silence, the status page', () => {
    const dom = createBannerDom(document, noActions, ctx.t);
    updateBannerDom(dom, sessionBanner(), ctx);
    const root = dom.host.shadowRoot!;
    expect(part(root, 'bar').dataset.state).toBe('session');
    expect(part(root, 'bar').dataset.level).toBe('session');
    expect(part(root, 'level').textContent).toBe('~Your session');
    expect(part(root, 'title').textContent).toBe('5 of 12 requests failed in the last 5 minutes');
    expect(part(root, 'status').textContent).toBe('The status page reports no incident, last updated 2 h ago.');
    expect(part(root, 'link').getAttribute('href')).toBe('https://status.claude.com');
    expect(part(root, 'link').textContent).toBe('Status page');
    for (const name of ['models', 'started', 'more', 'session']) expect(part(root, name).hidden).toBe(true);
    // Styled in the badge's violet, which no official level uses.
    expect(root.querySelector('style')!.textContent).toContain(
      '.bar[data-level=session] .level{background:#6D28D9;color:#FFFFFF}',
    );
  });

  it('during an incident the session’s counts join the official banner as one line', () => {
    const dom = createBannerDom(document, noActions, ctx.t);
    updateBannerDom(dom, incident({ session: sessionBanner().facts }), ctx);
    const root = dom.host.shadowRoot!;
    expect(part(root, 'bar').dataset.level).toBe('major');
    expect(part(root, 'session').hidden).toBe(false);
    expect(part(root, 'session').textContent).toBe(
      'Your claude.ai session: 5 of 12 requests failed in the last 5 minutes',
    );
    updateBannerDom(dom, incident(), ctx);
    expect(part(root, 'session').hidden).toBe(true);
  });

  it('offers the one-off watch for an incident and for the session, pressed while set', () => {
    const dom = createBannerDom(document, noActions, ctx.t);
    const root = dom.host.shadowRoot!;
    const watch = part(root, 'watch') as HTMLButtonElement;
    updateBannerDom(dom, incident(), ctx);
    expect(watch.type).toBe('button');
    expect([watch.textContent, watch.getAttribute('aria-pressed'), watch.title]).toEqual([
      'Notify me',
      'false',
      "Tell me when it's fixed",
    ]);
    updateBannerDom(dom, incident({ watching: true }), ctx);
    expect([watch.textContent, watch.getAttribute('aria-pressed')]).toEqual(['Watching', 'true']);
    // Without the notifications permission the watch still holds: the badge and the banner show the recovery.
    updateBannerDom(dom, incident({ watching: true }), { ...ctx, unnotified: true });
    expect(watch.title).toBe("Notifications are not allowed: the badge and the banner will show when it's fixed.");
    updateBannerDom(dom, sessionBanner({ watching: true }), ctx);
    expect([watch.hidden, watch.getAttribute('aria-pressed')]).toEqual([false, 'true']);
    // Nothing to watch: a banner about components without an incident.
    updateBannerDom(dom, incident({ incidentId: null, title: '' }), ctx);
    expect(watch.hidden).toBe(true);
    expect(watch.hasAttribute('aria-pressed')).toBe(false);
  });

  it('calls back on the watch only for the user’s own click', () => {
    const onWatch = vi.fn();
    const dom = createBannerDom(document, { dismiss: () => {}, watch: onWatch }, ctx.t);
    updateBannerDom(dom, incident(), ctx);
    document.body.append(dom.host);
    const watch = part(dom.host.shadowRoot!, 'watch');
    watch.click();
    expect(onWatch).not.toHaveBeenCalled();
    userClick(watch);
    expect(onWatch).toHaveBeenCalledTimes(1);
  });

  it('says the session works again once its errors are over', () => {
    const dom = createBannerDom(document, noActions, ctx.t);
    const resolved: ResolvedView = {
      kind: 'resolved',
      key: 'session',
      session: true,
      title: '',
      componentNames: [],
      url: null,
      until: ctx.now + 8000,
    };
    updateBannerDom(dom, resolved, ctx);
    const root = dom.host.shadowRoot!;
    expect(part(root, 'level').textContent).toBe('\u2713Resolved');
    expect(part(root, 'title').textContent).toBe('Your claude.ai session works again');
    expect(part(root, 'link').hidden).toBe(true);
  });

  it('puts no test hook or id of ours inside the bar: class names only', () => {
    const dom = createBannerDom(document, noActions, ctx.t);
    updateBannerDom(dom, incident({ session: sessionBanner().facts }), ctx);
    expect(dom.host.shadowRoot!.querySelector('[data-testid], [id]')).toBeNull();
  });
});
