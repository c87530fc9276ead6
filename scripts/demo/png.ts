// PNG re-encoder for the committed README screenshots. Chromium already writes opaque RGB well
// compressed; what makes a UI screenshot small is an indexed image (at most 256 colours), written
// here with maximum deflate.
import { constants, deflateSync, inflateSync } from 'node:zlib';
import { quantizeColours } from './quantize';
import type { Rgba } from './rgba';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 2: 3, 3: 1, 6: 4 };

/**
 * Decodes the PNGs Chromium writes and the ones this project ships: 8 bits per channel or palette index,
 * RGB, RGBA or indexed (PLTE, with tRNS for translucent entries), not interlaced.
 */
export function decodePng(file: Uint8Array): Rgba {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (!buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  let palette: Buffer | null = null;
  let alphas: Buffer | null = null;
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colorType, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      channels = CHANNELS[colorType ?? -1] ?? 0;
      if (depth !== 8 || !channels || interlace !== 0) {
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colorType}, interlace ${interlace})`);
      }
    } else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') alphas = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = unfilter(raw, stride, height, channels);
  const pixels = new Uint8Array(width * height * 4);
  if (channels === 1) {
    if (!palette) throw new Error('indexed PNG without a palette');
    for (let i = 0; i < rows.length; i++) {
      const index = rows[i]!;
      if (index * 3 >= palette.length) throw new Error(`palette index ${index} out of range`);
      pixels.set(palette.subarray(index * 3, index * 3 + 3), i * 4);
      pixels[i * 4 + 3] = alphas && index < alphas.length ? alphas[index]! : 255;
    }
    return { width, height, pixels };
  }
  for (let i = 0, o = 0; i < rows.length; i += channels, o += 4) {
    pixels[o] = rows[i]!;
    pixels[o + 1] = rows[i + 1]!;
    pixels[o + 2] = rows[i + 2]!;
    pixels[o + 3] = channels === 4 ? rows[i + 3]! : 255;
  }
  return { width, height, pixels };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function unfilter(raw: Buffer, stride: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[prev + x]! : 0;
      const c = x >= bpp && y > 0 ? out[prev + x - bpp]! : 0;
      const value = raw[src + x]!;
      const predicted =
        filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      if (filter! > 4) throw new Error(`bad PNG filter ${filter} on row ${y}`);
      out[row + x] = (value + predicted) & 0xff;
    }
  }
  return out;
}

/** Each row with the filter whose output has the smallest sum of absolute values (the libpng heuristic). */
function filterRows(data: Uint8Array, stride: number, height: number, bpp: number, adaptive: boolean): Buffer {
  const out = Buffer.alloc((stride + 1) * height);
  const candidate = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    const prev = row - stride;
    const dest = y * (stride + 1);
    let best = 0;
    let bestScore = Infinity;
    for (let filter = 0; filter <= (adaptive ? 4 : 0); filter++) {
      let score = 0;
      for (let x = 0; x < stride; x++) {
        const a = x >= bpp ? data[row + x - bpp]! : 0;
        const b = y > 0 ? data[prev + x]! : 0;
        const c = x >= bpp && y > 0 ? data[prev + x - bpp]! : 0;
        const predicted =
          filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
        const value = (data[row + x]! - predicted) & 0xff;
        candidate[x] = value;
        score += value < 128 ? value : 256 - value;
      }
      if (score < bestScore) {
        bestScore = score;
        best = filter;
        out[dest] = filter;
        out.set(candidate, dest + 1);
      }
    }
    out[dest] = best;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The smallest of a few deflate strategies: which wins depends on the image. */
function smallestDeflate(data: Buffer): Buffer {
  const strategies = [constants.Z_DEFAULT_STRATEGY, constants.Z_FILTERED];
  return strategies
    .map((strategy) => deflateSync(data, { level: 9, memLevel: 9, strategy }))
    .reduce((a, b) => (b.length < a.length ? b : a));
}

/**
 * Encodes pixels as the smallest of: an indexed image (when at most 256 colours are used), RGB (when
 * every pixel is opaque) or RGBA. Lossless: decoding gives back exactly `image.pixels`.
 */
export function encodePng({ width, height, pixels }: Rgba): Buffer {
  const count = width * height;
  const opaque = pixels.every((value, i) => i % 4 !== 3 || value === 255);
  const palette = new Map<number, number>();
  const indices = new Uint8Array(count);
  for (let i = 0; i < count && palette.size <= 256; i++) {
    const o = i * 4;
    const key = ((pixels[o]! << 24) | (pixels[o + 1]! << 16) | (pixels[o + 2]! << 8) | pixels[o + 3]!) >>> 0;
    let index = palette.get(key);
    if (index === undefined) {
      index = palette.size;
      palette.set(key, index);
    }
    indices[i] = index;
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  const chunks: Buffer[] = [];
  let body: Buffer;
  if (palette.size <= 256) {
    header[9] = 3;
    const colours = [...palette.keys()];
    chunks.push(
      chunk('PLTE', Uint8Array.from(colours.flatMap((k) => [k >>> 24, (k >>> 16) & 0xff, (k >>> 8) & 0xff]))),
    );
    if (!opaque) chunks.push(chunk('tRNS', Uint8Array.from(colours.map((k) => k & 0xff))));
    // Filters rarely help indexed images: neighbouring indices are not numerically related.
    body = filterRows(indices, width, height, 1, false);
  } else {
    const channels = opaque ? 3 : 4;
    header[9] = opaque ? 2 : 6;
    const data = new Uint8Array(count * channels);
    for (let i = 0; i < count; i++) data.set(pixels.subarray(i * 4, i * 4 + channels), i * channels);
    body = filterRows(data, width * channels, height, channels, true);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    ...chunks,
    chunk('IDAT', smallestDeflate(body)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * Re-encodes a PNG file smaller. Lossless by default; with `quantize` the colours are first reduced to
 * 256 (quantizeColours), which is what makes a screenshot with anti-aliased text several times smaller.
 * Keeps the original when it is already smaller.
 */
export function optimizePng(file: Uint8Array, { quantize = false } = {}): Buffer {
  const image = decodePng(file);
  const smaller = encodePng(quantize ? quantizeColours(image) : image);
  return smaller.length < file.length ? smaller : Buffer.from(file);
}
