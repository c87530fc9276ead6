import { describe, expect, it } from 'vitest';
import { pageShotHtml, popupShotHtml, PROMO_TILE, promoTileHtml, STORE_SHOT, type Brand } from './store-layout';

const brand: Brand = { name: 'Name <b>', notice: 'Unofficial & "plain"', icon: Uint8Array.of(1, 2, 3) };
const picture = { png: Uint8Array.of(9, 8, 7), width: 380, height: 600, alt: 'a <popup>' };
const caption = { title: 'Title <script>alert(1)</script>', line: "It's one line" };

describe('store layout', () => {
  it('pins the page to the store sizes', () => {
    expect(popupShotHtml(brand, caption, picture, 'light')).toContain(
      `width: ${STORE_SHOT.width}px; height: ${STORE_SHOT.height}px`,
    );
    expect(pageShotHtml(brand, caption, { ...picture, width: 1120 }, 'claude.ai')).toContain(
      `width: ${STORE_SHOT.width}px; height: ${STORE_SHOT.height}px`,
    );
    expect(promoTileHtml(brand, 'line')).toContain(`width: ${PROMO_TILE.width}px; height: ${PROMO_TILE.height}px`);
  });

  it('shows captures at their own pixel size, centred where there is room', () => {
    const html = popupShotHtml(brand, caption, { ...picture, height: 420 }, 'dark');
    expect(html).toContain('width="380" height="420"');
    expect(html).toContain(`top: ${(STORE_SHOT.height - 420) / 2}px`);
    expect(pageShotHtml(brand, caption, { ...picture, width: 1120 }, 'claude.ai')).toContain('left: 80px');
  });

  it('writes every text as text', () => {
    const html = popupShotHtml(brand, caption, picture, 'light') + promoTileHtml(brand, '<i>line</i>');
    expect(html).not.toMatch(/<script>|<b>Name <b>|<i>line/);
    expect(html).toContain('Title &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Unofficial &amp; &quot;plain&quot;');
    expect(html).toContain('alt="a &lt;popup&gt;"');
    expect(html).toContain(`data:image/png;base64,${Buffer.from([9, 8, 7]).toString('base64')}`);
  });
});
