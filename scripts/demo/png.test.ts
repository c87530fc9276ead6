import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng, encodePng, optimizePng } from './png';
import { quantizeColours } from './quantize';

// An independent decoder to check ours against: pngjs, as bundled by playwright-core.
const { PNG } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as {
  PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } };
};
const reference = (file: Uint8Array) => PNG.sync.read(Buffer.from(file));

/** A real PNG the project ships (drawn by scripts/make-icons.mjs): indexed, with translucent entries. */
const icon = readFileSync(new URL('../../public/icons/icon-128.png', import.meta.url));

/** The same pixels as a plain RGBA PNG (rows unfiltered, zlib's default deflate), written here by hand. */
function rgbaPng({ width, height, pixels }: { width: number; height: number; pixels: Uint8Array }): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + body.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 4 + body.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.concat(
    Array.from({ length: height }, (_, y) =>
      Buffer.concat([Buffer.from([0]), pixels.subarray(y * width * 4, (y + 1) * width * 4)]),
    ),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const rgbaIcon = (({ width, height, data }) => rgbaPng({ width, height, pixels: data }))(reference(icon));

/** A UI-like opaque image: flat areas, a gradient (more than 256 colours) and some noise. */
function uiImage(width: number, height: number) {
  const pixels = new Uint8Array(width * height * 4);
  let seed = 7;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      seed = (seed * 1103515245 + 12345) >>> 0;
      const flat = y < height / 2;
      pixels[o] = flat ? 255 : x % 256;
      pixels[o + 1] = flat ? 255 : (x * 3 + y) % 256;
      pixels[o + 2] = flat ? (x < 10 ? 0 : 255) : seed >>> 24;
      pixels[o + 3] = 255;
    }
  }
  return { width, height, pixels };
}

describe('decodePng', () => {
  it('reads a real PNG exactly as pngjs does', () => {
    expect(icon[25]).toBe(3); // colour type 3: indexed
    const ours = decodePng(icon);
    const theirs = reference(icon);
    expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
    expect(Buffer.from(ours.pixels).equals(theirs.data)).toBe(true);
  });

  it('reads an RGBA PNG exactly as pngjs does', () => {
    expect(rgbaIcon[25]).toBe(6); // colour type 6: RGBA
    const ours = decodePng(rgbaIcon);
    const theirs = reference(rgbaIcon);
    expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
    expect(Buffer.from(ours.pixels).equals(theirs.data)).toBe(true);
  });

  it('refuses what it does not handle rather than misreading it', () => {
    expect(() => decodePng(Buffer.from('not a png at all'))).toThrow(/not a PNG/);
    const header = Buffer.alloc(13);
    header.writeUInt32BE(1, 0);
    header.writeUInt32BE(1, 4);
    header[8] = 16; // 16 bits per channel
    header[9] = 6;
    const chunk = (type: string, data: Buffer) => {
      const out = Buffer.alloc(12 + data.length);
      out.writeUInt32BE(data.length, 0);
      out.write(type, 4, 'latin1');
      data.copy(out, 8);
      return out;
    };
    const sixteenBit = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.alloc(9))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect(() => decodePng(sixteenBit)).toThrow(/unsupported PNG \(depth 16/);
  });
});

describe('encodePng', () => {
  it('is lossless for an image with transparency and few colours (indexed)', () => {
    const image = decodePng(icon);
    const file = encodePng(image);
    expect(file[25]).toBe(3); // colour type 3: indexed
    expect(Buffer.from(reference(file).data).equals(Buffer.from(image.pixels))).toBe(true);
  });

  it('is lossless for an opaque image with many colours (RGB, filtered rows)', () => {
    const image = uiImage(300, 80);
    const file = encodePng(image);
    expect(file[25]).toBe(2); // colour type 2: RGB, alpha dropped because every pixel is opaque
    expect(Buffer.from(reference(file).data).equals(Buffer.from(image.pixels))).toBe(true);
  });
});

describe('quantizeColours', () => {
  it('keeps at most 256 colours, frequent colours exact, and every pixel close to the original', () => {
    const image = uiImage(400, 120);
    const reduced = quantizeColours(image);
    const colours = new Set<number>();
    let worst = 0;
    for (let o = 0; o < image.pixels.length; o += 4) {
      colours.add(Buffer.from(reduced.pixels.subarray(o, o + 4)).readUInt32BE(0));
      for (let c = 0; c < 3; c++) worst = Math.max(worst, Math.abs(reduced.pixels[o + c]! - image.pixels[o + c]!));
    }
    expect(colours.size).toBeLessThanOrEqual(256);
    // The flat white top half is the most frequent colour: it must stay pure white.
    expect([...reduced.pixels.subarray(40, 44)]).toEqual([255, 255, 255, 255]);
    // Median cut over a gradient plus noise: no channel off by more than a visible step.
    expect(worst).toBeLessThan(48);
  });

  it('leaves an image that already has few colours untouched', () => {
    const image = decodePng(icon);
    expect(quantizeColours(image)).toBe(image);
  });
});

describe('optimizePng', () => {
  it('makes an RGBA icon smaller, pixel for pixel the same', () => {
    const smaller = optimizePng(rgbaIcon);
    expect(smaller.length).toBeLessThan(rgbaIcon.length);
    expect(reference(smaller).data.equals(reference(rgbaIcon).data)).toBe(true);
  });

  it('never returns a larger file than it was given', () => {
    const already = encodePng(uiImage(120, 40));
    expect(optimizePng(already).length).toBeLessThanOrEqual(already.length);
  });
});
