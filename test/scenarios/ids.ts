import { createHash } from 'node:crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A Statuspage-looking id (12 lowercase base-36 characters) derived from a seed, so synthetic
 * objects keep the same id, ETag and bytes from run to run.
 */
export function statuspageId(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  let id = '';
  for (let i = 0; i < 12; i++) id += ALPHABET[digest[i]! % ALPHABET.length];
  return id;
}
