// The banner on pages less friendly than claude.ai: a Content-Security-Policy stricter than the real site's,
// an iframe of the page inside itself, and a page script that tries to fake the banner or reach the
// extension's state (test/server/claude-page.ts, HOSTILE_SCRIPT). Both browsers.
import type { DriverPage } from './drivers/types';
import { expect, refresh, test } from './fixtures';

const HOST_ID = 'claude-status-indicator-banner';

/** The extension's banner (the host whose open shadow root holds the bar), never a look-alike of the page. */
function readRealBanner(page: DriverPage) {
  return page.evaluate((id) => {
    const host = [...document.querySelectorAll(`#${id}`)].find((h) => h.shadowRoot?.querySelector('.bar'));
    const bar = host?.shadowRoot?.querySelector<HTMLElement>('.bar');
    if (!host || !bar) return null;
    const style = getComputedStyle(bar);
    const box = bar.getBoundingClientRect();
    return {
      hosts: document.querySelectorAll(`#${id}`).length,
      state: bar.dataset.state ?? '',
      title: bar.querySelector('.title')?.textContent ?? '',
      hostPosition: getComputedStyle(host).position,
      radius: style.borderTopLeftRadius,
      display: style.display,
      visible: box.width > 0 && box.height > 0,
    };
  }, HOST_ID);
}

const waitForRealBanner = (page: DriverPage) =>
  page.waitForFunction(
    (id) =>
      [...document.querySelectorAll(`#${id}`)].some(
        (h) => (h.shadowRoot?.querySelector('.bar') as HTMLElement | null)?.dataset.state === 'incident',
      ),
    HOST_ID,
    15_000,
  );

async function openIncident(
  ext: Parameters<typeof refresh>[0],
  server: { setScenario(s: string): void; goTo(n: number): void },
  url: string,
) {
  server.setScenario('p0mgnjv3bj97');
  server.goTo(2);
  await refresh(ext);
  const page = await ext.openPage(url);
  await page.waitForSelector('#composer');
  await waitForRealBanner(page);
  return page;
}

test('under a strict CSP (no inline style or script at all) the banner renders with its own styles', async ({
  ext,
  server,
}) => {
  const page = await openIncident(ext, server, 'https://claude.ai/?csp=strict');
  // The policy is in force: the page's own inline script is refused, its same-origin files are not.
  const inline = await page.evaluate(async () => {
    // The browser reports the refusal: once it has, the script had its chance to run.
    const refused = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
        once: true,
      }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return { refused: await refused, ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false };
  });
  expect(inline.ran).toBe(false);
  expect(inline.refused).toMatch(/^script-src/);
  expect(await page.evaluate(() => getComputedStyle(document.getElementById('app-header')!).position)).toBe('fixed');

  const banner = await readRealBanner(page);
  expect(banner).toMatchObject({
    hosts: 1,
    state: 'incident',
    title: 'Elevated error rate on multiple models',
    hostPosition: 'fixed',
    radius: '12px',
    display: 'flex',
    visible: true,
  });
  await page.screenshot(test.info().outputPath('strict-csp-banner.png'));
});

test('the content script runs in the top frame only', async ({ ext, server }) => {
  const page = await openIncident(ext, server, 'https://claude.ai/?frame=1');
  await page.waitForFunction(
    () =>
      (document.getElementById('self-frame') as HTMLIFrameElement | null)?.contentDocument?.getElementById(
        'composer',
      ) != null,
    undefined,
    10_000,
  );
  // Long enough for a banner in the frame to have appeared, had the script been injected there.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const inFrame = await page.evaluate(() => {
    const doc = (document.getElementById('self-frame') as HTMLIFrameElement).contentDocument!;
    return { hosts: doc.querySelectorAll('claude-status-banner').length, height: doc.documentElement.clientHeight };
  });
  expect(inFrame.height).toBeGreaterThanOrEqual(300);
  expect(inFrame.hosts).toBe(0);
  expect((await readRealBanner(page))?.hosts).toBe(1);
});

test('page script can neither dismiss the banner nor reach the extension’s state; a real click still can', async ({
  ext,
  server,
}) => {
  const page = await openIncident(ext, server, 'https://claude.ai/?hostile=1');
  await page.waitForFunction(
    () => ((window as unknown as { __hostile?: { clicks: number } }).__hostile?.clicks ?? 0) >= 5,
    undefined,
    10_000,
  );
  const tried = await page.evaluate(() => (window as unknown as { __hostile: Record<string, number> }).__hostile);
  expect(tried.events).toBeGreaterThan(0);
  expect(tried.messages).toBeGreaterThan(0);
  expect(tried.attributes).toBeGreaterThan(0);
  expect(tried.lookalikes).toBeGreaterThan(0);

  // Clicked many times by the page, the banner stays, nothing was stored, and no spoofed count arrived.
  const banner = await readRealBanner(page);
  expect(banner).toMatchObject({ state: 'incident', visible: true, title: 'Elevated error rate on multiple models' });
  expect(await ext.storage('dismissed.v1')).toBeFalsy();
  const session = (await ext.storage('session.v1')) as {
    window: { counts: { api: { serverError: number } } }[];
  } | null;
  const errors = (session?.window ?? []).reduce((sum, bucket) => sum + bucket.counts.api.serverError, 0);
  expect(errors).toBe(0);

  // The user's own click goes through: a real mouse click in the middle of the dismiss button.
  const point = await page.evaluate((id) => {
    const host = [...document.querySelectorAll(`#${id}`)].find((h) => h.shadowRoot?.querySelector('.bar'))!;
    const box = host.shadowRoot!.querySelector('.dismiss')!.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, HOST_ID);
  await page.mouseClick(point.x, point.y);
  await page.waitForFunction(
    (id) => ![...document.querySelectorAll(`#${id}`)].some((h) => h.shadowRoot?.querySelector('.bar')),
    HOST_ID,
    10_000,
  );
  expect(Object.keys((await ext.storage('dismissed.v1')) as object)).toEqual(['p0mgnjv3bj97']);
});
