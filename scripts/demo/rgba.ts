// An image as its pixels: what the PNG codec decodes to and encodes from, and what the quantizer reduces.
// Its own module, so neither of the two has to import the other for it.
export interface Rgba {
  width: number;
  height: number;
  /** width × height × 4 bytes, row by row. */
  pixels: Uint8Array;
}
