// API model ids: claude-opus-4-1-20250805 (family first), claude-3-5-sonnet-20241022 (version
// first), claude-instant-1.2, claude-2.1, claude-v1.0, claude-instant-v1.1, Vertex's
// claude-3-5-sonnet-v2@20241022, Bedrock's anthropic.claude-3-haiku-20240307-v1:0.

import { isNotFamily, QUALIFIER_WORDS } from './vocabulary';

export interface ApiIdModel {
  /** Lower case as written ("sonnet", "mythos"); null for a pre-family id ("claude-2.1"). */
  family: string | null;
  /** Dotted ("3.5", "4.1", "2.1"); null for "claude-instant". */
  version: string | null;
}

const DATE_PART = /^\d{6,8}$/;
const NUMBER_PART = /^\d{1,2}(?:\.\d{1,2})?$/;
const V_PART = /^v(\d{1,2}(?:\.\d{1,2})?)$/;
const WORD_PART = /^[a-z]{2,}$/;

/** Null when the id names no model (claude-code, claude-ai). */
export function parseApiId(raw: string): ApiIdModel | null {
  const parts = (raw.toLowerCase().split('@')[0] ?? '').split('-').slice(1);
  let family: string | null = null;
  const numbers: string[] = [];
  // Once anything follows the version (family, date, revision), later numbers are not version.
  let closed = false;
  for (const part of parts) {
    const v = V_PART.exec(part);
    if (NUMBER_PART.test(part)) {
      if (!closed) numbers.push(part);
    } else if (v) {
      // "claude-v1.0", "claude-instant-v1.1" carry the version; "3-5-sonnet-v2" is a revision.
      if (numbers.length === 0 && !closed) numbers.push(v[1] ?? '');
      else closed = true;
    } else if (WORD_PART.test(part) && family === null && !QUALIFIER_WORDS.has(part)) {
      if (isNotFamily(part)) return null;
      family = part;
      if (numbers.length > 0) closed = true;
    } else if (DATE_PART.test(part) || numbers.length > 0) {
      closed = true;
    }
  }
  const version = numbers.length > 0 ? numbers.join('.') : null;
  if (version !== null && version.split('.').length > 2) return null;
  if (family === null && version === null) return null;
  return { family, version };
}
