// Reads the first TLS record a client sends, its ClientHello (RFC 8446 §4.1.2), for the two figures the
// bench reports: the record's size on the wire and how much of it is the key share.

/** A whole record (type, version, length, body) at the start of `bytes`, or null while more must arrive. */
export function firstRecord(bytes: Uint8Array): Uint8Array | null {
  if (bytes.length < 5) return null;
  const length = 5 + ((bytes[3]! << 8) | bytes[4]!);
  return bytes.length < length ? null : bytes.subarray(0, length);
}

export interface ClientHello {
  /** The record on the wire, its 5-byte header included. */
  bytes: number;
  /** The key_share extension (type 51), header included: the client's key for each group it offers. */
  keyShareBytes: number;
  /** Each offered key: the group's IANA number and the key's length (GREASE groups included, as sent). */
  keys: { group: number; bytes: number }[];
}

const HANDSHAKE = 22;
const CLIENT_HELLO = 1;
const KEY_SHARE = 51;

/** null unless `record` is a well-formed TLS handshake record holding a ClientHello. */
export function readClientHello(record: Uint8Array): ClientHello | null {
  if (record.length < 9 || record[0] !== HANDSHAKE || record[5] !== CLIENT_HELLO) return null;
  const u16 = (at: number) => (at + 2 <= record.length ? (record[at]! << 8) | record[at + 1]! : NaN);
  // Record header (5), handshake type and length (4), version (2), random (32): then the variable fields.
  let at = 5 + 4 + 2 + 32;
  at += 1 + (record[at] ?? NaN); // session id
  at += 2 + u16(at); // cipher suites
  at += 1 + (record[at] ?? NaN); // compression methods
  const end = at + 2 + u16(at);
  at += 2;
  if (!(end <= record.length)) return null;
  let keyShareBytes = 0;
  const keys: ClientHello['keys'] = [];
  while (at + 4 <= end) {
    const type = u16(at);
    const length = u16(at + 2);
    if (at + 4 + length > end) return null;
    if (type === KEY_SHARE) {
      keyShareBytes = 4 + length;
      // The extension's own 2-byte list length, then (group, key length, key) entries.
      for (let k = at + 6; k + 4 <= at + 4 + length; k += 4 + u16(k + 2))
        keys.push({ group: u16(k), bytes: u16(k + 2) });
    }
    at += 4 + length;
  }
  return at === end ? { bytes: record.length, keyShareBytes, keys } : null;
}
