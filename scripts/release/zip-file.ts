// A deterministic zip: the same files give the same bytes on any machine, at any time, in any folder.
// Entries are sorted by name, every timestamp is 1980-01-01 00:00 (the zip epoch), every file is 0644
// and nothing else (no extra fields, no owner, no comment) is written. Stores reject nothing here:
// deflate or stored, UTF-8 names, no zip64 (an extension is far below 4 GB).
import { deflateAsync } from '@gfx/zopfli';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Forward slashes, relative, no leading slash. */
  name: string;
  data: Uint8Array;
}

const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const UTF8_NAMES = 0x0800;
const UNIX_FILE_0644 = (0o100644 << 16) >>> 0;
const MADE_BY_UNIX = (3 << 8) | 20;

function header(size: number, write: (view: DataView) => void): Buffer {
  const buffer = Buffer.alloc(size);
  write(new DataView(buffer.buffer, buffer.byteOffset, size));
  return buffer;
}

/**
 * `deflated`: each entry's raw deflate stream, made beforehand (storeZip makes them with zopfli); an entry
 * without one is deflated here with zlib.
 */
export function writeZip(entries: readonly ZipEntry[], deflated: ReadonlyMap<string, Uint8Array> = new Map()): Buffer {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [index, entry] of sorted.entries()) {
    if (index > 0 && sorted[index - 1]!.name === entry.name) throw new Error(`zip: ${entry.name} twice`);
    if (!entry.name || entry.name.startsWith('/') || entry.name.includes('\\') || entry.name.split('/').includes('..'))
      throw new Error(`zip: bad entry name ${JSON.stringify(entry.name)}`);
    const name = Buffer.from(entry.name, 'utf8');
    const stream = Buffer.from(deflated.get(entry.name) ?? deflateRawSync(entry.data, { level: 9 }));
    const [method, body] = stream.length < entry.data.length ? [8, stream] : [0, Buffer.from(entry.data)];
    const crc = crc32(entry.data);
    const common = (view: DataView, at: number) => {
      view.setUint16(at, 20, true); // version needed
      view.setUint16(at + 2, UTF8_NAMES, true);
      view.setUint16(at + 4, method, true);
      view.setUint16(at + 6, DOS_TIME, true);
      view.setUint16(at + 8, DOS_DATE, true);
      view.setUint32(at + 10, crc, true);
      view.setUint32(at + 14, body.length, true);
      view.setUint32(at + 18, entry.data.length, true);
      view.setUint16(at + 22, name.length, true);
      view.setUint16(at + 24, 0, true); // extra field length
    };
    const local = header(30, (view) => {
      view.setUint32(0, 0x04034b50, true);
      common(view, 4);
    });
    central.push(
      header(46, (view) => {
        view.setUint32(0, 0x02014b50, true);
        view.setUint16(4, MADE_BY_UNIX, true);
        common(view, 6);
        // comment length, disk, internal attributes: 0
        view.setUint32(38, UNIX_FILE_0644, true);
        view.setUint32(42, offset, true);
      }),
      name,
    );
    parts.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = header(22, (view) => {
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, sorted.length, true);
    view.setUint16(10, sorted.length, true);
    view.setUint32(12, directory.length, true);
    view.setUint32(16, offset, true);
  });
  return Buffer.concat([...parts, directory, end]);
}

/** Reads a zip this module wrote (or any plain deflate/stored zip without zip64), checking each CRC. */
export function readZip(zip: Uint8Array): ZipEntry[] {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const endAt = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('zip: no end of central directory');
  const count = buffer.readUInt16LE(endAt + 10);
  let at = buffer.readUInt32LE(endAt + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('zip: bad central directory');
    const method = buffer.readUInt16LE(at + 10);
    const crc = buffer.readUInt32LE(at + 16);
    const compressed = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buffer.readUInt32LE(at + 42);
    const dataAt = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const body = buffer.subarray(dataAt, dataAt + compressed);
    const data = method === 8 ? inflateRawSync(body) : method === 0 ? Buffer.from(body) : null;
    if (!data) throw new Error(`zip: ${name}: unsupported method ${method}`);
    if (crc32(data) !== crc) throw new Error(`zip: ${name}: CRC mismatch`);
    if (!name.endsWith('/')) entries.push({ name, data });
    at += 46 + skip;
  }
  return entries;
}

/**
 * A store archive: the same zip, with each file deflated by zopfli, which finds a smaller deflate stream than
 * zlib's level 9 (about 3% of the archive here), readable by every unzip. Deterministic like the rest.
 */
export async function storeZip(entries: readonly ZipEntry[]): Promise<Buffer> {
  const deflated = new Map<string, Uint8Array>();
  for (const entry of entries) deflated.set(entry.name, await deflateAsync(entry.data, { numiterations: 15 }));
  return writeZip(entries, deflated);
}
