// Colour reduction for UI screenshots. Flat colours (backgrounds, borders, text) cover most pixels and
// must stay exact, or a white page turns faintly grey; the anti-aliasing ramps around glyphs can share
// approximate colours without anyone seeing it.
import type { Rgba } from './rgba';

const MAX_COLOURS = 256;
/** A colour covering at least this share of the pixels keeps its exact value. */
const EXACT_SHARE = 1 / 2000;
const MAX_EXACT = 96;

type Colour = [r: number, g: number, b: number, a: number];
interface Entry {
  colour: Colour;
  count: number;
}

const keyOf = (p: Uint8Array, o: number) => ((p[o]! << 24) | (p[o + 1]! << 16) | (p[o + 2]! << 8) | p[o + 3]!) >>> 0;
const colourOf = (key: number): Colour => [key >>> 24, (key >>> 16) & 0xff, (key >>> 8) & 0xff, key & 0xff];

function histogram(pixels: Uint8Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (let o = 0; o < pixels.length; o += 4) {
    const key = keyOf(pixels, o);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Channel with the widest spread in the box, and that spread. */
function widest(box: Entry[]): { channel: number; range: number } {
  let best = { channel: 0, range: -1 };
  for (let channel = 0; channel < 4; channel++) {
    let min = 255;
    let max = 0;
    for (const { colour } of box) {
      min = Math.min(min, colour[channel]!);
      max = Math.max(max, colour[channel]!);
    }
    if (max - min > best.range) best = { channel, range: max - min };
  }
  return best;
}

/** Median cut weighted by pixel count: split the box whose widest channel spans most, at its median pixel. */
function medianCut(entries: Entry[], slots: number): Colour[] {
  if (entries.length === 0 || slots <= 0) return [];
  const boxes: Entry[][] = [entries];
  while (boxes.length < slots) {
    let pick = -1;
    let pickScore = 0;
    boxes.forEach((box, i) => {
      const score = box.length > 1 ? widest(box).range * Math.sqrt(box.reduce((n, e) => n + e.count, 0)) : 0;
      if (score > pickScore) {
        pickScore = score;
        pick = i;
      }
    });
    if (pick < 0) break;
    const box = boxes[pick]!;
    const { channel } = widest(box);
    box.sort((a, b) => a.colour[channel]! - b.colour[channel]!);
    const half = box.reduce((n, e) => n + e.count, 0) / 2;
    let seen = 0;
    let cut = 1;
    for (; cut < box.length - 1; cut++) {
      seen += box[cut - 1]!.count;
      if (seen >= half) break;
    }
    boxes.splice(pick, 1, box.slice(0, cut), box.slice(cut));
  }
  return boxes.map((box) => {
    const total = box.reduce((n, e) => n + e.count, 0);
    const mean = [0, 1, 2, 3].map((c) => Math.round(box.reduce((n, e) => n + e.colour[c]! * e.count, 0) / total));
    return mean as Colour;
  });
}

function nearest(palette: Colour[], colour: Colour): Colour {
  let best = palette[0]!;
  let bestDistance = Infinity;
  for (const candidate of palette) {
    // Green weighs most and blue least, roughly as the eye does.
    const dr = candidate[0] - colour[0];
    const dg = candidate[1] - colour[1];
    const db = candidate[2] - colour[2];
    const da = candidate[3] - colour[3];
    const distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db + 3 * da * da;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best;
}

/** The image with at most 256 colours: frequent ones exact, the rest by median cut, no dithering (flat UI). */
export function quantizeColours(image: Rgba, maxColours: number = MAX_COLOURS): Rgba {
  const counts = histogram(image.pixels);
  if (counts.size <= maxColours) return image;
  const byCount = [...counts].sort((a, b) => b[1] - a[1]);
  const total = image.width * image.height;
  const exact = byCount.filter(([, count]) => count >= total * EXACT_SHARE).slice(0, Math.min(MAX_EXACT, maxColours));
  const exactKeys = new Set(exact.map(([key]) => key));
  const rest = byCount.filter(([key]) => !exactKeys.has(key)).map(([key, count]) => ({ colour: colourOf(key), count }));
  const palette = [...exact.map(([key]) => colourOf(key)), ...medianCut(rest, maxColours - exact.length)];

  const mapped = new Map<number, Colour>();
  const pixels = new Uint8Array(image.pixels.length);
  for (let o = 0; o < pixels.length; o += 4) {
    const key = keyOf(image.pixels, o);
    let colour = mapped.get(key);
    if (!colour) {
      colour = exactKeys.has(key) ? colourOf(key) : nearest(palette, colourOf(key));
      mapped.set(key, colour);
    }
    pixels.set(colour, o);
  }
  return { width: image.width, height: image.height, pixels };
}
