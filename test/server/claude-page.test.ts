import { Browser, type HTMLElement } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLAUDE_PAGE_HTML, claudePage } from './claude-page';

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

function openPage(url: string, html = CLAUDE_PAGE_HTML) {
  // The page's one inline script is ours and static: evaluating it is what this test is about.
  browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  const page = browser.newPage();
  page.url = url;
  page.content = html;
  return page.mainFrame;
}

describe('fake claude.ai page', () => {
  it('has the fixed header, the scrolling main area and the fixed composer a banner must not cover', () => {
    const { document } = openPage('https://claude.ai/');
    for (const [id, testId] of [
      ['app-header', 'app-header'],
      ['main-content', 'main-content'],
      ['composer', 'composer'],
      ['prompt-input', 'chat-input'],
      ['send-button', 'send-button'],
    ]) {
      expect(document.getElementById(id!)?.getAttribute('data-testid')).toBe(testId);
    }
    const css = document.querySelector('style')!.textContent;
    expect(css).toMatch(/#app-header \{ position: fixed; top: 0;/);
    expect(css).toMatch(/#composer \{ position: fixed; left: 0; right: 0; bottom: 0;/);
    expect(css).toMatch(/#main-content \{[^}]*overflow-y: auto/);
    expect(document.querySelectorAll('[data-testid="message"]').length).toBeGreaterThan(10);
  });

  it('navigates to /chat/abc with history.pushState, without a page load', () => {
    const frame = openPage('https://claude.ai/');
    const { document, window } = frame;
    const marker = {};
    (window as unknown as { marker: object }).marker = marker;
    (document.getElementById('spa-link') as HTMLElement).click();
    expect(window.location.pathname).toBe('/chat/abc');
    expect(document.getElementById('route-title')!.textContent).toBe('Chat abc');
    expect(document.getElementById('route-path')!.textContent).toBe('/chat/abc');
    expect((window as unknown as { marker: object }).marker).toBe(marker);
  });

  it('shows the path it was loaded at', () => {
    const { document } = openPage('https://claude.ai/chat/xyz');
    expect(document.getElementById('route-title')!.textContent).toBe('Chat xyz');
  });

  it('?leftover=1: a banner host left behind, and a log of what others add and remove, with a banner as it came', async () => {
    const { document, window } = openPage(
      'https://claude.ai/?leftover=1',
      claudePage(new URLSearchParams('leftover=1')).html,
    );
    const log = () => (window as unknown as { __domLog: { tag: string }[] }).__domLog;
    const leftover = document.getElementById('claude-status-indicator-banner')!;
    expect(leftover.localName).toBe('claude-status-banner');
    leftover.remove();
    const host = document.createElement('claude-status-banner');
    host.id = 'claude-status-indicator-banner';
    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.dataset.state = 'incident';
    bar.dataset.level = 'major';
    const status = document.createElement('span');
    status.className = 'status';
    status.textContent = 'Monitoring';
    host.attachShadow({ mode: 'open' }).append(bar, status);
    document.body.append(host);
    // happy-dom also logs its parser's insertion of the page's last script, which a browser runs once inserted.
    const banners = () => log().filter((entry) => entry.tag === 'claude-status-banner');
    await vi.waitFor(() => expect(banners()).toHaveLength(2));
    expect(banners()).toEqual([
      { op: 'removed', tag: 'claude-status-banner', id: 'claude-status-indicator-banner' },
      {
        op: 'added',
        tag: 'claude-status-banner',
        id: 'claude-status-indicator-banner',
        state: 'incident',
        level: 'major',
        status: 'Monitoring',
      },
    ]);
  });

  it('has no leftover host and no log without the switch', () => {
    const { document, window } = openPage('https://claude.ai/');
    expect(document.getElementById('claude-status-indicator-banner')).toBeNull();
    expect((window as unknown as { __domLog?: unknown }).__domLog).toBeUndefined();
  });
});
