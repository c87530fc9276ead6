// The toolbar button and its tooltip, drawn as HTML from what the extension set (badge text, colour and
// title, read back from the browser): a headless browser has no toolbar to capture. Pure: data in, HTML out.

export interface ToolbarState {
  /** What the moment is, above the drawing ("Before the status page posts"). */
  heading: string;
  text: string;
  /** Badge background and text, [r, g, b, a] as the browser reports them. */
  color: number[];
  textColor: number[];
  /** The tooltip, one line per line. */
  title: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const hex = (color: number[]) =>
  `#${color
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;

function panel(state: ToolbarState, icon: string): string {
  const lines = state.title
    .split('\n')
    .map((line) => `<div>${escapeHtml(line)}</div>`)
    .join('');
  const badge = state.text
    ? `<span class="badge" style="background:${hex(state.color)};color:${hex(state.textColor)}">${escapeHtml(state.text)}</span>`
    : '';
  return `<section><h2>${escapeHtml(state.heading)}</h2>
<div class="toolbar"><span class="address">claude.ai</span><span class="button"><img src="${icon}" alt="">${badge}</span></div>
<div class="tooltip">${lines}</div></section>`;
}

/** Side by side, one panel per moment; `width` in CSS pixels. */
export function toolbarHtml(states: ToolbarState[], iconDataUrl: string, width: number): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
* { box-sizing: border-box; margin: 0; }
body { width: ${width}px; font-family: "DejaVu Sans", system-ui, sans-serif; background: #ffffff; color: #141413; }
main { display: flex; gap: 16px; padding: 16px; align-items: flex-start; }
section { flex: 1; min-width: 0; }
h2 { font-size: 14px; margin-bottom: 8px; }
.toolbar { display: flex; align-items: center; gap: 10px; height: 40px; padding: 0 8px 0 12px; background: #dee1e6; border-radius: 8px 8px 0 0; }
.address { flex: 1; height: 28px; line-height: 28px; padding: 0 12px; border-radius: 14px; background: #ffffff; font-size: 13px; color: #5e5d59; }
.button { position: relative; width: 32px; height: 32px; border-radius: 50%; background: #c9ccd1; display: grid; place-items: center; }
.button img { width: 16px; height: 16px; }
.badge { position: absolute; right: -3px; bottom: 1px; min-width: 14px; height: 14px; padding: 0 3px; border-radius: 4px; font: bold 10px/14px "DejaVu Sans", sans-serif; text-align: center; }
.tooltip { margin: 6px 0 0 auto; width: fit-content; max-width: 100%; padding: 6px 9px; background: #ffffff; border: 1px solid #9a9a9a; box-shadow: 0 2px 6px rgba(0, 0, 0, 0.2); font-size: 12px; line-height: 1.45; }
</style></head><body><main>${states.map((state) => panel(state, iconDataUrl)).join('')}</main></body></html>`;
}
