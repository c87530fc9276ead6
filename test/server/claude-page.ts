// A stand-in for https://claude.ai/ with the layout the banner must respect: a fixed header, a
// scrolling main area and a composer fixed at the bottom. Stable ids and data-testid let e2e tests
// check that nothing covers them. Its script handles SPA navigation (history.pushState) and talks to
// the same-origin /api/ the way the chat does: a bootstrap on load, a telemetry batch every 10 s, and on
// each send a POST .../completion retried twice on 5xx (1 s apart here, about 8 s in the real app),
// then a reload of the conversation. How the API answers is set on the server (claude-api.ts).

//
// Query switches for the banner's robustness tests (claude.ai itself runs none of this):
// - ?csp=strict  serves the page under `default-src 'none'; script-src 'self'; style-src 'self'`, stricter than
//                the real site: its own style and script come from same-origin files, nothing inline.
// - ?frame=1     embeds the page in itself (an iframe of /?framed=1): the content script runs in the top frame only.
// - ?hostile=1   adds a page script that tries to reach the extension's state or fake the banner (hostile.js).
// - ?leftover=1  starts with the banner host an earlier instance of the extension left behind, which the content
//                script removes as it starts (the sign it ran), and logs on window.__domLog every element anyone
//                else adds to or removes from the document, with what a banner host showed as it came.

const filler = Array.from(
  { length: 24 },
  (_, i) =>
    `<div class="msg ${i % 2 ? 'assistant' : 'user'}" data-testid="message">${
      i % 2
        ? 'Here is a longer answer so the conversation overflows the viewport and the main area has to scroll. '.repeat(
            3,
          )
        : `Question number ${i / 2 + 1}?`
    }</div>`,
).join('\n');

export const CLAUDE_PAGE_CSS = `:root { --bg: #faf9f5; --fg: #141413; --muted: #73726c; --border: #e8e6dc; --surface: #ffffff; --accent: #c6613f; --header-h: 56px; --composer-h: 112px; }
@media (prefers-color-scheme: dark) { :root { --bg: #262624; --fg: #faf9f5; --muted: #a6a39a; --border: #3d3d3a; --surface: #30302e; } }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--fg); }
#app-header { position: fixed; top: 0; left: 0; right: 0; height: var(--header-h); z-index: 20; display: flex; align-items: center; gap: 16px; padding: 0 16px; background: var(--bg); border-bottom: 1px solid var(--border); }
#app-header .logo { font-weight: 600; color: var(--fg); text-decoration: none; }
#app-nav { display: flex; gap: 12px; flex: 1; }
#app-nav a { color: var(--muted); text-decoration: none; }
#app-nav a[aria-current="page"] { color: var(--fg); }
#user-menu { width: 32px; height: 32px; border-radius: 50%; border: 0; background: var(--accent); color: #fff; }
#main-content { position: fixed; top: var(--header-h); bottom: var(--composer-h); left: 0; right: 0; overflow-y: auto; padding: 24px 16px; }
#conversation { max-width: 768px; margin: 0 auto; display: flex; flex-direction: column; gap: 16px; }
.msg { padding: 12px 16px; border-radius: 12px; }
.msg.user { align-self: flex-end; background: var(--border); }
#composer { position: fixed; left: 0; right: 0; bottom: 0; height: var(--composer-h); z-index: 20; padding: 12px 16px 20px; background: var(--bg); }
#composer form { max-width: 768px; margin: 0 auto; display: flex; gap: 8px; align-items: flex-end; padding: 8px; border: 1px solid var(--border); border-radius: 16px; background: var(--surface); }
#prompt-input { flex: 1; resize: none; border: 0; outline: none; background: transparent; color: inherit; font: inherit; height: 56px; }
#self-frame { position: fixed; right: 8px; top: 120px; width: 480px; height: 400px; border: 1px solid var(--border); z-index: 10; }
#chat-status { position: absolute; left: 16px; right: 16px; bottom: 1px; max-width: 768px; margin: 0 auto; padding: 0 8px; font-size: 12px; line-height: 18px; color: var(--muted); }
#send-button { border: 0; border-radius: 10px; padding: 8px 14px; background: var(--accent); color: #fff; font: inherit; }
`;

export const CLAUDE_PAGE_SCRIPT = `(() => {
  const title = document.getElementById('route-title');
  const path = document.getElementById('route-path');
  const render = () => {
    const p = location.pathname;
    path.textContent = p;
    title.textContent = p.startsWith('/chat/') ? 'Chat ' + p.slice('/chat/'.length) : 'How can I help you today?';
    document.title = p.startsWith('/chat/') ? 'Chat - Claude' : 'Claude';
    for (const a of document.querySelectorAll('#app-nav a')) {
      if (a.getAttribute('href') === p) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  };
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-spa]') : null;
    if (!link) return;
    event.preventDefault();
    history.pushState({}, '', link.getAttribute('href'));
    render();
  });
  addEventListener('popstate', render);
  const chatStatus = document.getElementById('chat-status');
  const conv = '/api/organizations/org-4f2a/chat_conversations/conv-9b1c';
  // The app reads every answer; a body never read leaves no resource-timing entry in Chromium.
  const call = (path, init) => fetch(path, init).then((r) => r.text().then(() => r.status, () => r.status), () => 0);
  const bump = (name) => (chatStatus.dataset[name] = String(Number(chatStatus.dataset[name]) + 1));
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  async function sendMessage() {
    bump('sends');
    let status = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0) await wait(1000);
      status = await call(conv + (attempt ? '/retry_completion' : '/completion'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ prompt: document.getElementById('prompt-input').value }),
      });
      if (status < 500) break;
    }
    if (status >= 200 && status < 300) await call(conv + '?tree=True&rendering_mode=messages');
    chatStatus.textContent = status >= 200 && status < 300 ? '' : 'Claude could not answer (' + status + ')';
    bump('done');
  }
  document.getElementById('composer-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void sendMessage();
  });
  void call('/api/bootstrap');
  setInterval(() => void call('/api/event_logging/batch', { method: 'POST', body: '{"events":[]}' }), 10000);
  render();
})();
`;

/**
 * ?hostile=1: what a page script can try against the banner. Every 200 ms it dispatches events named like the
 * extension's messages, posts them to the window, defines look-alike globals, sets attributes on the banner's
 * host and bar, inserts look-alike nodes with the banner's ids, and, while the banner's shadow root is open,
 * calls click() on its dismiss button. What it tried is counted on window.__hostile for the test to check.
 */
export const HOSTILE_SCRIPT = `(() => {
  const HOST_ID = 'claude-status-indicator-banner';
  const tried = { events: 0, messages: 0, clicks: 0, attributes: 0, lookalikes: 0 };
  window.__hostile = tried;
  const fake = { type: 'sessionCounts', payload: { counts: { api: { success: 0, serverError: 999, rateLimited: 0, other: 0 }, send: { success: 0, serverError: 999, rateLimited: 0, other: 0 } } } };
  window.chrome = { runtime: { id: 'fake', sendMessage() {} }, storage: { local: { get: async () => ({}), set: async () => {} } } };
  window.browser = window.chrome;
  const attack = () => {
    for (const name of ['sessionCounts', 'claude-status-dismiss', 'dismiss', 'click']) {
      document.dispatchEvent(new CustomEvent(name, { detail: fake, bubbles: true, composed: true }));
      window.dispatchEvent(new CustomEvent(name, { detail: fake }));
      tried.events++;
    }
    window.postMessage(fake, '*');
    tried.messages++;
    const hosts = document.querySelectorAll('#' + HOST_ID);
    for (const host of hosts) {
      host.setAttribute('data-state', 'none');
      host.setAttribute('hidden', '');
      tried.attributes++;
      const root = host.shadowRoot;
      const bar = root && root.querySelector('.bar');
      if (bar) {
        bar.setAttribute('data-level', 'operational');
        tried.attributes++;
      }
      const dismiss = root && root.querySelector('.dismiss');
      if (dismiss) {
        dismiss.click();
        dismiss.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        tried.clicks++;
      }
    }
    if (!document.querySelector('[data-hostile-lookalike]')) {
      const lookalike = document.createElement('claude-status-banner');
      lookalike.id = HOST_ID;
      lookalike.dataset.hostileLookalike = '';
      lookalike.textContent = 'All good, nothing to see';
      document.body.prepend(lookalike);
      tried.lookalikes++;
    }
  };
  attack();
  setInterval(attack, 200);
})();
`;

/**
 * ?leftover=1: the page's log of elements added and removed, from before any content script runs (document_idle
 * comes after this inline script). A mutation observer's records are delivered right after the task that made
 * them, so a banner host is logged as the content script drew it, before its next storage change is applied.
 */
export const DOM_LOG_SCRIPT = `(() => {
  const log = [];
  window.__domLog = log;
  const entry = (op, node) => {
    const bar = node.shadowRoot && node.shadowRoot.querySelector('.bar');
    const status = bar && node.shadowRoot.querySelector('.status');
    return Object.assign(
      { op, tag: node.localName, id: node.id },
      bar ? { state: bar.dataset.state, level: bar.dataset.level, status: status ? status.textContent : '' } : {},
    );
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === 1) log.push(entry('added', node));
      for (const node of record.removedNodes) if (node.nodeType === 1) log.push(entry('removed', node));
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
`;

/** The strict policy of ?csp=strict. */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'";

/** Same-origin files of the strict variant, and the hostile script. */
export const CLAUDE_PAGE_FILES: Record<string, { type: string; body: string }> = {
  '/_page/app.css': { type: 'text/css; charset=utf-8', body: CLAUDE_PAGE_CSS },
  '/_page/app.js': { type: 'text/javascript; charset=utf-8', body: CLAUDE_PAGE_SCRIPT },
  '/_page/hostile.js': { type: 'text/javascript; charset=utf-8', body: HOSTILE_SCRIPT },
};

export interface ClaudePage {
  html: string;
  headers: Record<string, string>;
}

/** The page for a request's query string; with no switch, exactly the page every other test uses. */
export function claudePage(query: URLSearchParams): ClaudePage {
  const strict = query.get('csp') === 'strict';
  const style = strict ? '<link rel="stylesheet" href="/_page/app.css">' : `<style>\n${CLAUDE_PAGE_CSS}</style>`;
  const script = strict ? '<script src="/_page/app.js"></script>' : `<script>\n${CLAUDE_PAGE_SCRIPT}</script>`;
  const frame =
    query.get('frame') === '1'
      ? '<iframe id="self-frame" data-testid="self-frame" src="/?framed=1" title="Embedded copy"></iframe>\n'
      : '';
  const hostile = query.get('hostile') === '1' ? '<script src="/_page/hostile.js"></script>\n' : '';
  const leftover =
    query.get('leftover') === '1'
      ? `<claude-status-banner id="claude-status-indicator-banner"></claude-status-banner>\n<script>\n${DOM_LOG_SCRIPT}</script>\n`
      : '';
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Claude</title>
${style}
</head>
<body>
<header id="app-header" data-testid="app-header">
  <a class="logo" href="/new" data-spa>Claude</a>
  <nav id="app-nav" aria-label="Main" data-testid="app-nav">
    <a href="/new" data-spa>New chat</a>
    <a href="/recents" data-spa>Chats</a>
    <a id="spa-link" href="/chat/abc" data-spa data-testid="spa-link">Open chat abc</a>
  </nav>
  <button id="user-menu" type="button" aria-label="Account menu" data-testid="user-menu">A</button>
</header>
<main id="main-content" data-testid="main-content">
  <div id="conversation" data-testid="conversation">
    <h1 id="route-title" data-testid="route-title">How can I help you today?</h1>
    <p id="route-path" data-testid="route-path">/</p>
${filler}
  </div>
</main>
<footer id="composer" data-testid="composer">
  <form id="composer-form" aria-label="Message Claude">
    <textarea id="prompt-input" data-testid="chat-input" aria-label="Write your prompt to Claude" placeholder="How can I help you today?"></textarea>
    <button id="send-button" type="submit" aria-label="Send message" data-testid="send-button">Send</button>
  </form>
  <p id="chat-status" data-testid="chat-status" data-sends="0" data-done="0" aria-live="polite"></p>
</footer>
${frame}${script}
${hostile}${leftover}</body>
</html>
`;
  return { html, headers: strict ? { 'content-security-policy': STRICT_CSP } : {} };
}

export const CLAUDE_PAGE_HTML = claudePage(new URLSearchParams()).html;
