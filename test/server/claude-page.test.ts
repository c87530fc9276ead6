import { Browser, type HTMLElement } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { CLAUDE_PAGE_HTML } from './claude-page';

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

function openPage(url: string) {
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
  page.content = CLAUDE_PAGE_HTML;
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
});
