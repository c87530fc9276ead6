// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBannerDom, HOST_ID, updateBannerDom, type RenderContext } from '../../../src/content/render';
import type { IncidentView, ResolvedView } from '../../../src/content/view';
import { englishTranslator, userClick } from './support';

const START = Date.parse('2026-05-22T04:16:42.159Z');
const ctx: RenderContext = { t: englishTranslator(), now: START + 42 * 60_000, theme: 'system' };

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
  ...over,
});

const byTestId = (root: ShadowRoot, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;

describe('banner DOM', () => {
  beforeEach(() => document.body.replaceChildren());

  it('keeps everything inside an open shadow root on one host', () => {
    const dom = createBannerDom(document, () => {});
    expect(dom.host.id).toBe(HOST_ID);
    expect(dom.host.shadowRoot).not.toBeNull();
    expect(dom.host.childNodes.length).toBe(0);
    expect(dom.host.shadowRoot!.querySelector('style')!.textContent).toContain(':host{all:initial!important');
  });

  it('renders an incident as text: level word and glyph, title, models, status, age, more, link', () => {
    const dom = createBannerDom(document, () => {});
    updateBannerDom(dom, incident(), ctx);
    const root = dom.host.shadowRoot!;
    const bar = byTestId(root, 'banner');
    expect(bar.getAttribute('role')).toBe('status');
    expect(bar.getAttribute('aria-live')).toBe('polite');
    expect(bar.getAttribute('aria-label')).toBe('Claude status (unofficial)');
    expect(bar.dataset.level).toBe('major');
    expect(byTestId(root, 'banner-level').textContent).toBe('\u25C6Partial outage');
    expect(byTestId(root, 'banner-title').textContent).toBe('Elevated error rate on multiple models');
    expect(byTestId(root, 'banner-models').textContent).toBe('Opus 4.7, Sonnet 4.6');
    expect(byTestId(root, 'banner-status').textContent).toBe('Identified');
    expect(byTestId(root, 'banner-started').textContent).toBe('Started 42 min ago');
    expect(byTestId(root, 'banner-more').textContent).toBe('+2 more');
    const link = byTestId(root, 'banner-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://status.claude.com/incidents/p0mgnjv3bj97');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Details');
    const dismiss = byTestId(root, 'banner-dismiss') as HTMLButtonElement;
    expect(dismiss.type).toBe('button');
    expect(dismiss.getAttribute('aria-label')).toBe('Dismiss');
  });

  it('never parses remote text as markup', () => {
    const dom = createBannerDom(document, () => {});
    const evil = '<img src=x onerror="alert(1)"><b>bold</b>';
    updateBannerDom(dom, incident({ title: evil }), ctx);
    const root = dom.host.shadowRoot!;
    expect(byTestId(root, 'banner-title').textContent).toBe(evil);
    expect(root.querySelector('img, b')).toBeNull();
  });

  it('hides empty parts and drops a missing link', () => {
    const dom = createBannerDom(document, () => {});
    updateBannerDom(
      dom,
      incident({ models: { models: [], scope: 'none' }, more: 0, status: 'unknown', url: null }),
      ctx,
    );
    const root = dom.host.shadowRoot!;
    for (const id of ['banner-models', 'banner-more', 'banner-status', 'banner-link'])
      expect(byTestId(root, id).hidden).toBe(true);
    expect(byTestId(root, 'banner-link').hasAttribute('href')).toBe(false);
    expect(byTestId(root, 'banner-started').hidden).toBe(false);
  });

  it('names the components when there is no incident', () => {
    const dom = createBannerDom(document, () => {});
    updateBannerDom(
      dom,
      incident({ incidentId: null, title: '', models: null, status: null, startedAt: null, url: null, more: 0 }),
      ctx,
    );
    expect(byTestId(dom.host.shadowRoot!, 'banner-title').textContent).toBe('Problems with claude.ai');
  });

  it('shows a resolved state in green with the title', () => {
    const dom = createBannerDom(document, () => {});
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
    expect(byTestId(root, 'banner').dataset.state).toBe('resolved');
    expect(byTestId(root, 'banner').dataset.level).toBe('operational');
    expect(byTestId(root, 'banner-level').textContent).toBe('\u2713Resolved');
    expect(byTestId(root, 'banner-title').textContent).toBe('Elevated error rate on multiple models');
    for (const id of ['banner-models', 'banner-status', 'banner-started', 'banner-more'])
      expect(byTestId(root, id).hidden).toBe(true);
  });

  it('leaves unchanged text nodes alone so the live region only announces changes', () => {
    const dom = createBannerDom(document, () => {});
    updateBannerDom(dom, incident(), ctx);
    const title = byTestId(dom.host.shadowRoot!, 'banner-title').firstChild;
    const models = byTestId(dom.host.shadowRoot!, 'banner-models').firstChild;
    updateBannerDom(dom, incident({ status: 'monitoring' }), { ...ctx, now: ctx.now + 60_000 });
    expect(byTestId(dom.host.shadowRoot!, 'banner-title').firstChild).toBe(title);
    expect(byTestId(dom.host.shadowRoot!, 'banner-models').firstChild).toBe(models);
    expect(byTestId(dom.host.shadowRoot!, 'banner-status').textContent).toBe('Monitoring');
    expect(byTestId(dom.host.shadowRoot!, 'banner-started').getAttribute('aria-live')).toBe('off');
  });

  it('follows the theme setting, else the system', () => {
    const dom = createBannerDom(document, () => {});
    updateBannerDom(dom, incident(), { ...ctx, theme: 'dark' });
    expect(byTestId(dom.host.shadowRoot!, 'banner').dataset.theme).toBe('dark');
    updateBannerDom(dom, incident(), ctx);
    expect(byTestId(dom.host.shadowRoot!, 'banner').hasAttribute('data-theme')).toBe(false);
  });

  it('calls back on dismiss, by click and by keyboard activation of a real button', () => {
    const onDismiss = vi.fn();
    const dom = createBannerDom(document, onDismiss);
    updateBannerDom(dom, incident(), ctx);
    document.body.append(dom.host);
    const dismiss = byTestId(dom.host.shadowRoot!, 'banner-dismiss') as HTMLButtonElement;
    expect(dismiss.tabIndex).toBe(0);
    userClick(dismiss);
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('ignores a click the page makes: element.click() and synthetic events are not the user', () => {
    const onDismiss = vi.fn();
    const dom = createBannerDom(document, onDismiss);
    updateBannerDom(dom, incident(), ctx);
    document.body.append(dom.host);
    const dismiss = byTestId(dom.host.shadowRoot!, 'banner-dismiss') as HTMLButtonElement;
    dismiss.click();
    dismiss.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onDismiss).not.toHaveBeenCalled();
  });
});
