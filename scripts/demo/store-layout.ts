// The store listing's pictures as small HTML pages the browser renders at an exact size: a caption
// beside (or above) a real screenshot, and the promo tile. Pure: text in, HTML out.

/** Chrome Web Store screenshots: 1280×800 (or 640×400); the small promo tile: 440×280. */
export const STORE_SHOT = { width: 1280, height: 800 };
export const PROMO_TILE = { width: 440, height: 280 };

export interface Caption {
  title: string;
  line: string;
}

/** A PNG to show at its own pixel size (no scaling: text stays as sharp as the capture). */
export interface Picture {
  png: Uint8Array;
  width: number;
  height: number;
  alt: string;
}

export interface Brand {
  name: string;
  /** "Unofficial: not affiliated with Anthropic", shown on every picture. */
  notice: string;
  icon: Uint8Array;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const dataUrl = (png: Uint8Array) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;

const img = (picture: Picture, className: string) =>
  `<img class="${className}" src="${dataUrl(picture.png)}" width="${picture.width}" height="${picture.height}" alt="${escapeHtml(picture.alt)}">`;

const THEMES = {
  light: { bg: '#f0eee6', fg: '#141413', muted: '#5e5d59', frame: '#ffffff', border: '#dedcd1' },
  dark: { bg: '#1f1e1d', fg: '#faf9f5', muted: '#b8b5a9', frame: '#30302e', border: '#3d3d3a' },
} as const;
export type Theme = keyof typeof THEMES;

function page(size: { width: number; height: number }, theme: Theme, style: string, body: string): string {
  const t = THEMES[theme];
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
* { box-sizing: border-box; margin: 0; }
html, body { width: ${size.width}px; height: ${size.height}px; overflow: hidden; }
body { font-family: "DejaVu Sans", system-ui, sans-serif; background: ${t.bg}; color: ${t.fg}; position: relative; }
.brand { display: flex; align-items: center; gap: 14px; }
.brand img { width: 48px; height: 48px; }
.brand b { display: block; font-size: 20px; }
.brand small { display: block; font-size: 14px; color: ${t.muted}; }
h1 { font-size: 44px; line-height: 1.18; letter-spacing: -0.5px; }
p { font-size: 21px; line-height: 1.45; color: ${t.muted}; }
.shot { display: block; border-radius: 12px; border: 1px solid ${t.border}; box-shadow: 0 18px 48px rgba(0, 0, 0, 0.18); }
${style}
</style></head><body>${body}</body></html>`;
}

const brandRow = (brand: Brand) =>
  `<div class="brand"><img src="${dataUrl(brand.icon)}" alt=""><div><b>${escapeHtml(brand.name)}</b><small>${escapeHtml(brand.notice)}</small></div></div>`;

/** A popup screenshot on the right, the caption on the left, vertically centred. */
export function popupShotHtml(brand: Brand, caption: Caption, popup: Picture, theme: Theme): string {
  const { width, height } = STORE_SHOT;
  const top = Math.max(40, Math.round((height - popup.height) / 2));
  const style = `
.text { position: absolute; left: 96px; width: 600px; top: 0; bottom: 0; display: flex; flex-direction: column; justify-content: center; gap: 28px; }
.popup { position: absolute; right: 120px; top: ${top}px; }`;
  const body = `<div class="text">${brandRow(brand)}<h1>${escapeHtml(caption.title)}</h1><p>${escapeHtml(caption.line)}</p></div>${img(popup, 'shot popup')}`;
  return page({ width, height }, theme, style, body);
}

/** A page screenshot in a plain browser frame under the caption. */
export function pageShotHtml(brand: Brand, caption: Caption, shot: Picture, address: string): string {
  const { width } = STORE_SHOT;
  const left = Math.round((width - shot.width) / 2);
  const t = THEMES.light;
  const style = `
.head { position: absolute; left: ${left}px; right: ${left}px; top: 34px; display: flex; align-items: center; justify-content: space-between; gap: 32px; }
.head h1 { font-size: 34px; }
.head .brand { flex-shrink: 0; white-space: nowrap; }
.head p { font-size: 19px; margin-top: 6px; }
.window { position: absolute; left: ${left}px; top: 164px; border-radius: 12px; overflow: hidden; border: 1px solid ${t.border}; box-shadow: 0 18px 48px rgba(0, 0, 0, 0.18); background: ${t.frame}; }
.bar { height: 36px; display: flex; align-items: center; gap: 8px; padding: 0 14px; border-bottom: 1px solid ${t.border}; }
.bar i { width: 12px; height: 12px; border-radius: 50%; background: ${t.border}; }
.bar span { margin-left: 16px; padding: 3px 16px; border-radius: 12px; background: ${t.bg}; font-size: 14px; color: ${t.muted}; }
.window img { display: block; }`;
  const body = `<div class="head"><div><h1>${escapeHtml(caption.title)}</h1><p>${escapeHtml(caption.line)}</p></div>${brandRow(brand)}</div>
<div class="window"><div class="bar"><i></i><i></i><i></i><span>${escapeHtml(address)}</span></div>${img(shot, 'page')}</div>`;
  return page(STORE_SHOT, 'light', style, body);
}

/** The small promo tile: icon, name, one line. */
export function promoTileHtml(brand: Brand, line: string): string {
  const style = `
.tile { position: absolute; inset: 0; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 12px; padding: 0 24px; text-align: center; }
.tile img { width: 96px; height: 96px; }
.tile b { font-size: 25px; }
.tile span { font-size: 16px; line-height: 1.35; color: ${THEMES.light.muted}; }
.tile small { font-size: 12px; color: ${THEMES.light.muted}; }`;
  const body = `<div class="tile"><img src="${dataUrl(brand.icon)}" alt=""><b>${escapeHtml(brand.name)}</b><span>${escapeHtml(line)}</span><small>${escapeHtml(brand.notice)}</small></div>`;
  return page(PROMO_TILE, 'light', style, body);
}
