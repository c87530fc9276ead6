import { describe, expect, it } from 'vitest';
import { firstRecord, readClientHello } from './client-hello';

const u16 = (n: number) => [n >> 8, n & 0xff];
const ext = (type: number, body: number[]) => [...u16(type), ...u16(body.length), ...body];
const keyShare = (entries: [number, number][]) => {
  const list = entries.flatMap(([group, length]) => [...u16(group), ...u16(length), ...Array<number>(length).fill(7)]);
  return ext(51, [...u16(list.length), ...list]);
};

/** A ClientHello record: version, random, empty session id, one cipher suite, null compression, `extensions`. */
function record(extensions: number[]): Uint8Array {
  const body = [
    0x03,
    0x03,
    ...Array<number>(32).fill(1),
    0,
    ...u16(2),
    0x13,
    0x01,
    1,
    0,
    ...u16(extensions.length),
    ...extensions,
  ];
  const handshake = [1, 0, ...u16(body.length), ...body];
  return Uint8Array.from([22, 0x03, 0x01, ...u16(handshake.length), ...handshake]);
}

describe('firstRecord', () => {
  it('waits for the whole record, then cuts it off what follows', () => {
    const whole = record(ext(0, [1, 2, 3]));
    expect(firstRecord(whole.subarray(0, 4))).toBeNull();
    expect(firstRecord(whole.subarray(0, whole.length - 1))).toBeNull();
    expect(firstRecord(Uint8Array.from([...whole, 23, 3, 3]))).toEqual(whole);
  });
});

describe('readClientHello', () => {
  it('gives the size on the wire and each key in the key share', () => {
    const hello = record([
      ...ext(0, [9, 9]),
      ...keyShare([
        [0x11ec, 1216],
        [0x1d, 32],
      ]),
      ...ext(16, [0, 2, 1, 0x68]),
    ]);
    expect(readClientHello(hello)).toEqual({
      bytes: hello.length,
      keyShareBytes: 4 + 2 + (4 + 1216) + (4 + 32),
      keys: [
        { group: 0x11ec, bytes: 1216 },
        { group: 0x1d, bytes: 32 },
      ],
    });
  });

  it('is null for what is not a whole ClientHello', () => {
    const hello = record(keyShare([[0x1d, 32]]));
    expect(readClientHello(hello.subarray(0, hello.length - 3))).toBeNull();
    expect(readClientHello(Uint8Array.from([23, ...hello.subarray(1)]))).toBeNull();
    const serverHello = Uint8Array.from(hello);
    serverHello[5] = 2;
    expect(readClientHello(serverHello)).toBeNull();
    // An extension that claims more bytes than the list holds.
    expect(readClientHello(record([...u16(51), ...u16(400), 0, 0]))).toBeNull();
  });
});
