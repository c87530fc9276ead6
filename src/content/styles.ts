// All of the banner's CSS, inside its shadow root: the page's styles cannot reach in (`all: initial` on the
// host stops inheritance), and these cannot leak out. !important on :host beats page rules aimed at the host.
import { LEVEL_COLORS, SESSION_COLORS } from '../core/level-colors';
import type { KnownLevel } from '../core/level';
import {
  BANNER_HEIGHT_PX,
  BANNER_MAX_HEIGHT_PX,
  BANNER_MAX_WIDTH_PX,
  BANNER_SIDE_MARGIN_PX,
  BANNER_TOP_PX,
  BANNER_Z_INDEX,
  MIN_VIEWPORT_HEIGHT_PX,
} from './geometry';

const LEVELS: readonly KnownLevel[] = ['operational', 'maintenance', 'minor', 'major', 'critical'];

/** The level pill in each level's colours, and in the session signal's own (its badge's violet). */
const levelRules =
  LEVELS.map(
    (level) =>
      `.bar[data-level=${level}] .level{background:${LEVEL_COLORS[level].background};color:${LEVEL_COLORS[level].text}}`,
  ).join('') + `.bar[data-level=session] .level{background:${SESSION_COLORS.background};color:${SESSION_COLORS.text}}`;

const DARK = '--bg:#30302e;--fg:#faf9f5;--muted:#c3c0b6;--border:#4a4a46;--hover:#45453f;--focus:#9ab8ff;';

export const BANNER_CSS = `
:host{all:initial!important;position:fixed!important;inset:${BANNER_TOP_PX}px 0 auto!important;margin:auto!important;width:min(${BANNER_MAX_WIDTH_PX}px,calc(100vw - ${2 * BANNER_SIDE_MARGIN_PX}px))!important;z-index:${BANNER_Z_INDEX}!important}
@media (max-height:${MIN_VIEWPORT_HEIGHT_PX - 1}px){:host{display:none!important}}
*{box-sizing:border-box}
[hidden]{display:none!important}
.bar{--bg:#fff;--fg:#141413;--muted:#5e5d59;--border:#d9d7cc;--hover:#f0eee6;--focus:#1d4ed8;display:flex;align-items:center;gap:10px;min-height:${BANNER_HEIGHT_PX}px;max-height:${BANNER_MAX_HEIGHT_PX}px;overflow:hidden;padding:2px 4px 2px 6px;border:1px solid var(--border);border-radius:12px;background:var(--bg);color:var(--fg);font:13px/1.3 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.14);text-align:start}
@media (prefers-color-scheme:dark){.bar:not([data-theme=light]){${DARK}}}
.bar[data-theme=dark]{${DARK}}
.level{flex:none;display:inline-flex;align-items:center;gap:4px;padding:4px 8px;border-radius:8px;font-weight:600;white-space:nowrap}
${levelRules}
.text{flex:1;min-width:0;display:flex;flex-direction:column}
.title,.meta,.session{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.title{font-weight:600}
.meta,.session{color:var(--muted);font-size:12px}
.meta>span:not([hidden])~span:not([hidden])::before{content:"\\B7";margin:0 .4em}
a,button{flex:none;font:inherit;color:inherit;border-radius:8px}
a,.watch{padding:6px;text-decoration:underline;white-space:nowrap}
button{border:0;background:transparent;cursor:pointer}
.dismiss{width:32px;height:32px;font-size:18px;line-height:1}
a:hover,button:hover{background:var(--hover)}
a:focus-visible,button:focus-visible{outline:2px solid var(--focus);outline-offset:1px}
`;
