// Draws the toolbar icons (a rounded tile with a pulse line) into public/icons at every size the
// manifest names. Drawn per size rather than scaled down, so the 16 px icon keeps a thick stroke.
// Run once after changing the design: `node scripts/make-icons.mjs` (a minute: zopfli tries every filter).
// Output is committed; it ships in every store zip, so each byte counts against the zip budget.
import { mkdirSync, writeFileSync } from 'node:fs';
import { zlibAsync } from '@gfx/zopfli';

const TILE = [0x1f, 0x2a, 0x37]; // slate: reads on light and dark toolbars
const LINE = [0xf0, 0x9a, 0x6e]; // warm orange pulse
const PULSE = [
  [0.1, 0.55],
  [0.32, 0.55],
  [0.42, 0.28],
  [0.55, 0.8],
  [0.65, 0.45],
  [0.72, 0.55],
  [0.9, 0.55],
];

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius),
    cy = Math.min(Math.max(y, radius), 1 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

function draw(size) {
  const stroke = size <= 16 ? 0.075 : size <= 32 ? 0.06 : 0.05;
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let tile = 0,
        line = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (x + (sx + 0.5) / samples) / size,
            v = (y + (sy + 0.5) / samples) / size;
          if (!insideRoundedSquare(u, v, 0.22)) continue;
          tile++;
          const d = Math.min(...PULSE.slice(1).map((p, i) => distanceToSegment(u, v, PULSE[i], p)));
          if (d <= stroke) line++;
        }
      }
      const n = samples * samples,
        o = (y * size + x) * 4;
      const mix = tile ? line / tile : 0;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(TILE[c] * (1 - mix) + LINE[c] * mix);
      rgba[o + 3] = Math.round((255 * tile) / n);
    }
  }
  return rgba;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4),
    crc = Buffer.alloc(4),
    body = Buffer.concat([Buffer.from(type), data]);
  len.writeUInt32BE(data.length);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** One row with PNG filter `type`: 0 none, 1 left, 2 up, 3 average, 4 Paeth (RFC 2083, 6.6). */
function filterRow(type, row, prior, bpp) {
  const out = Buffer.alloc(row.length + 1);
  out[0] = type;
  for (let i = 0; i < row.length; i++) {
    const a = i >= bpp ? row[i - bpp] : 0,
      b = prior ? prior[i] : 0,
      c = prior && i >= bpp ? prior[i - bpp] : 0;
    const p = a + b - c,
      pa = Math.abs(p - a),
      pb = Math.abs(p - b),
      pc = Math.abs(p - c);
    const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][type];
    out[i + 1] = (row[i] - predictor) & 0xff;
  }
  return out;
}

/**
 * The image data that zopfli packs smallest, of: one filter for every row (each of the five), or per row
 * the filter with the smallest sum of absolute values (the libpng heuristic). Lossless either way.
 * `bpp`: bytes per pixel (4 for RGBA, 1 for a palette index).
 */
async function smallestIdat(size, pixels, bpp) {
  const stride = size * bpp;
  const rowAt = (y) => pixels.subarray(y * stride, (y + 1) * stride);
  const filter = (type, y) => filterRow(type, rowAt(y), y ? rowAt(y - 1) : null, bpp);
  const cost = (bytes) => bytes.subarray(1).reduce((sum, v) => sum + (v < 128 ? v : 256 - v), 0);
  const TYPES = [0, 1, 2, 3, 4];
  const perRow = (y) => TYPES.reduce((best, type) => (cost(filter(type, y)) < cost(filter(best, y)) ? type : best));
  const rows = (choose) => Buffer.concat(Array.from({ length: size }, (_, y) => filter(choose(y), y)));
  const candidates = [...TYPES.map((type) => rows(() => type)), rows(perRow)];
  const packed = await Promise.all(candidates.map((data) => zlibAsync(data, { numiterations: 50 })));
  return Buffer.from(packed.reduce((best, next) => (next.length < best.length ? next : best)));
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ihdr = (size, colorType) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, colorType, 0, 0, 0], 8); // 8 bits per sample (or per index)
  return chunk('IHDR', header);
};

async function rgbaPng(size, rgba) {
  return Buffer.concat([
    SIGNATURE,
    ihdr(size, 6),
    chunk('IDAT', await smallestIdat(size, rgba, 4)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The same pixels as a palette image (colour type 3 with a tRNS chunk), when they have 256 colours or fewer:
 * the antialiased tile and line make only a few dozen, and one byte per pixel packs far smaller than four.
 * Translucent entries come first, so tRNS ends at the last of them (entries after it are opaque).
 */
async function palettePng(size, rgba) {
  const colours = [...new Set(Array.from({ length: size * size }, (_, i) => rgba.readUInt32BE(i * 4)))];
  if (colours.length > 256) return null;
  colours.sort((a, b) => (a & 0xff) - (b & 0xff) || a - b);
  const index = new Map(colours.map((c, i) => [c, i]));
  const pixels = Buffer.from(Array.from({ length: size * size }, (_, i) => index.get(rgba.readUInt32BE(i * 4))));
  const plte = Buffer.from(colours.flatMap((c) => [c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff]));
  const alphas = colours.map((c) => c & 0xff);
  const translucent = alphas.findLastIndex((a) => a < 255) + 1;
  return Buffer.concat([
    SIGNATURE,
    ihdr(size, 3),
    chunk('PLTE', plte),
    ...(translucent > 0 ? [chunk('tRNS', Buffer.from(alphas.slice(0, translucent)))] : []),
    chunk('IDAT', await smallestIdat(size, pixels, 1)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The smaller of the two encodings; both decode to exactly the pixels drawn. */
async function png(size, rgba) {
  const [direct, palette] = await Promise.all([rgbaPng(size, rgba), palettePng(size, rgba)]);
  return palette && palette.length < direct.length ? palette : direct;
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(`public/icons/icon-${size}.png`, await png(size, draw(size)));
  console.log(`public/icons/icon-${size}.png`);
}
