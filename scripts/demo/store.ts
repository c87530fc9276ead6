// `npm run demo -- --store`: the store listing's screenshots (exactly 1280×800) and small promo tile
// (440×280), made from the same real replay as the README pictures: each a real capture of the popup or
// of claude.ai with the banner, placed at its own pixel size beside a short caption.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { playwrightPageOf } from '../../test/e2e/drivers/chromium';
import { buildScenario } from '../../test/server';
import { bannerSignature, popupSignature, settle } from './capture';
import { optimizePng } from './png';
import { INCIDENT, INCIDENT_STEP, pollAndSettle, SESSION_SCENARIO, SESSION_STEP, showStep } from './readme';
import { raiseSessionBanner } from './session-signal';
import { POPUP_SIZE, shootCommitted, type Session, type WriteShots } from './session';
import {
  pageShotHtml,
  popupShotHtml,
  PROMO_TILE,
  promoTileHtml,
  STORE_SHOT,
  type Brand,
  type Picture,
} from './store-layout';

export const STORE_FILES = [
  '01-incident.png',
  '02-banner.png',
  '03-healthy.png',
  '04-dark.png',
  '05-session.png',
  'promo-tile-440x280.png',
] as const;

/** claude.ai as shown inside the frame: the canvas minus the caption and the frame's bar. */
const CLAUDE_VIEW = { width: 1120, height: 580 };

/** Width and height from the PNG header (IHDR comes first), whatever the colour type. */
const sizeOf = (png: Uint8Array) => {
  const header = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (header.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
};

/** The popup as Chrome shows it: 380 wide, cut at its content or at the 600 px Chrome allows. */
async function popupPicture(popup: Page, alt: string): Promise<Picture> {
  const height = await popup.evaluate(() => {
    const margin = parseFloat(getComputedStyle(document.body).marginBottom) || 0;
    return Math.ceil(document.body.getBoundingClientRect().bottom + scrollY + margin);
  });
  const clip = { x: 0, y: 0, width: POPUP_SIZE.width, height: Math.min(height, POPUP_SIZE.height) };
  const png = await popup.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  return { png, ...sizeOf(png), alt };
}

/** Renders `html` at exactly `size` and returns the PNG, checked to be that size. */
async function render(canvas: Page, html: string, size: { width: number; height: number }): Promise<Buffer> {
  await canvas.setViewportSize(size);
  await canvas.setContent(html, { waitUntil: 'load' });
  const png = optimizePng(await canvas.screenshot({ animations: 'disabled', caret: 'hide' }), { quantize: true });
  const got = sizeOf(png);
  if (got.width !== size.width || got.height !== size.height) {
    throw new Error(`store picture is ${got.width}×${got.height}, not ${size.width}×${size.height}`);
  }
  return png;
}

/** claude.ai at the size the frame shows it, once `ready` has brought up the banner it should show. */
async function claudePicture(session: Session, alt: string, ready: (claude: Page) => Promise<void>): Promise<Picture> {
  const claude = await session.openClaude();
  await claude.setViewportSize(CLAUDE_VIEW);
  await claude.emulateMedia({ colorScheme: 'light' });
  await ready(claude);
  const png = await claude.screenshot({ animations: 'disabled', caret: 'hide' });
  return { png, ...sizeOf(png), alt };
}

/** The session variant needs a browser of its own: in the first one, the incident's banner came before. */
async function sessionPicture(session: Session): Promise<Picture> {
  showStep(session, buildScenario(SESSION_SCENARIO), SESSION_STEP);
  await session.refresh();
  return claudePicture(session, 'claude.ai with the banner of the session signal', (claude) =>
    raiseSessionBanner(session, claude),
  );
}

async function shoot(
  root: string,
  session: Session,
  sessionBanner: Picture,
  out: string,
  say: (line: string) => void,
): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(root, 'src/locales/en/extension.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  const brand: Brand = {
    name: manifest.extName!.message.replace(/\s*\(unofficial\)$/, ''),
    notice: 'Unofficial · not affiliated with Anthropic',
    icon: readFileSync(join(root, 'public/icons/icon-128.png')),
  };

  const popup = await session.openPopup();
  await popup.emulateMedia({ colorScheme: 'light' });
  showStep(session, buildScenario('healthy'), 0);
  await pollAndSettle(session, popup, popupSignature);
  const healthy = await popupPicture(popup, 'The popup while all is well');
  showStep(session, buildScenario(INCIDENT), INCIDENT_STEP);
  await pollAndSettle(session, popup, popupSignature);
  const incident = await popupPicture(popup, 'The popup during an incident');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await settle(() => popupSignature(popup), '', 0);
  const dark = await popupPicture(popup, 'The popup during an incident, dark theme');

  const banner = await claudePicture(session, 'claude.ai with the banner', (claude) =>
    settle(() => bannerSignature(claude), 'none'),
  );

  const canvas = playwrightPageOf(await session.ext.openPage('about:blank'));
  const pictures: [string, string, { width: number; height: number }][] = [
    [
      STORE_FILES[0],
      popupShotHtml(
        brand,
        {
          title: 'Know when Claude has an incident',
          line: 'The toolbar popup shows each open incident, its latest update, the affected components and the Claude models it names.',
        },
        incident,
        'light',
      ),
      STORE_SHOT,
    ],
    [
      STORE_FILES[1],
      pageShotHtml(
        brand,
        {
          title: 'A banner on claude.ai during incidents',
          line: 'Shown only while Claude has an incident or outage; dismiss it once per incident.',
        },
        banner,
        'claude.ai',
      ),
      STORE_SHOT,
    ],
    [
      STORE_FILES[2],
      popupShotHtml(
        brand,
        {
          title: 'All clear, at a glance',
          line: 'Every component of status.claude.com, checked on the schedule you choose. Grey, never green, when the page cannot be read.',
        },
        healthy,
        'light',
      ),
      STORE_SHOT,
    ],
    [
      STORE_FILES[3],
      popupShotHtml(
        brand,
        {
          title: 'Light and dark, in eight languages',
          line: 'Follows your system theme. Works with the keyboard and screen readers.',
        },
        dark,
        'dark',
      ),
      STORE_SHOT,
    ],
    [
      STORE_FILES[4],
      pageShotHtml(
        brand,
        {
          title: 'Earlier than the status page',
          line: 'When your own claude.ai requests start failing before an incident is posted, a quieter banner says so. Counted on this device, never sent.',
        },
        sessionBanner,
        'claude.ai',
      ),
      STORE_SHOT,
    ],
    [STORE_FILES[5], promoTileHtml(brand, 'Claude’s status in your toolbar'), PROMO_TILE],
  ];
  for (const [name, html, size] of pictures) {
    writeFileSync(join(out, name), await render(canvas, html, size));
    say(`  ${name}: ${size.width}×${size.height}`);
  }
}

/** Writes STORE_FILES into `out`; returns their sizes in bytes. */
export const writeStoreShots: WriteShots = (root, out, headless, say, track) =>
  shootCommitted({ root, out, headless, track }, STORE_FILES, async (open) => {
    // Scale 1: each capture is drawn pixel for pixel on a canvas of exactly the store's size.
    const first = await open(1);
    const sessionBanner = await sessionPicture(first);
    await first.close();
    const session = await open(1);
    await shoot(root, session, sessionBanner, out, say);
    await session.close();
  });
