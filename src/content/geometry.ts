// Where the banner sits on claude.ai. The page has a fixed header with the navigation at the top (56 px in
// its current layout) and the composer fixed at the bottom (about 120 px with its padding). The banner must
// cover neither and must not shift the page's layout, so it floats: a compact bar centred just below the
// header, far above the composer, and gone entirely when the window is too short to keep both clear.

/** Height of claude.ai's fixed header plus a small gap. */
export const BANNER_TOP_PX = 64;
/** The bar is this tall with two short lines (title and details)... */
export const BANNER_HEIGHT_PX = 48;
/** ...and never taller than this, with the session's counts as a third line during an incident. */
export const BANNER_MAX_HEIGHT_PX = 60;
/** Wide enough for title, models, status and age on claude.ai's desktop layout, narrow enough to stay a bar. */
export const BANNER_MAX_WIDTH_PX = 760;
/** Space kept free on each side on narrow windows. */
export const BANNER_SIDE_MARGIN_PX = 16;
/** What the bottom composer needs, with its padding and a margin. */
export const COMPOSER_RESERVE_PX = 128;
/** Shorter windows have no room between header and composer: no banner there. */
export const MIN_VIEWPORT_HEIGHT_PX = BANNER_TOP_PX + BANNER_MAX_HEIGHT_PX + COMPOSER_RESERVE_PX;
/** Above the page's own layers (its header uses small values), below the browser's maximum. */
export const BANNER_Z_INDEX = 2147483000;
