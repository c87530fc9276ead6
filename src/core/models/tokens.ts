// Lexer: text -> flat tokens. One sticky regex walks the string once (linear, no backtracking
// across tokens); all judgement about what the tokens mean happens later, in mentions.ts.

import { parseApiId, type ApiIdModel } from './api-ids';
import { FAMILY_ALIASES } from './vocabulary';

export type Token =
  /** A whole API id ("claude-3-5-sonnet-20241022"), already read. */
  | { kind: 'id'; model: ApiIdModel | null }
  | { kind: 'word'; text: string; lower: string }
  /** A bare number that can be a model version: 1-2 digits, at most one 1-2 digit dot part. */
  | { kind: 'version'; text: string }
  /** "v1.3", "v2", "v2.1.120": meaning depends on neighbours. */
  | { kind: 'vversion'; text: string; dots: number }
  | { kind: 'connector' }
  /** Skipped inside a model phrase: brackets, quotes, hyphens, "1M", dates like 0620 or 20240620. */
  | { kind: 'skip' }
  /** Ends a model phrase: sentence punctuation, times, other numbers. */
  | { kind: 'break' };

// Order matters: ids before words, times and dates before plain numbers.
const LEXEME = new RegExp(
  [
    String.raw`(?<id>claude(?:-[a-z0-9]+(?:\.\d+)*)+(?:@[a-z0-9]+)?)`,
    // An id written without its "claude-" prefix ("opus-4-7", "sonnet-4-20250514").
    String.raw`(?<bareid>(?:opus|sonnet|haiku)(?:-\d{1,2}){1,2}(?:-\d{8})?(?![\d.]))`,
    String.raw`(?<time>\d{1,2}:\d{2}(?::\d{2})?)`,
    String.raw`(?<date>\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})`,
    String.raw`(?<vnum>v\d+(?:\.\d+)*)`,
    // "1M" or "200K" context: one qualifier, so its letter is not a word that ends the model phrase.
    String.raw`(?<size>\d+[mk](?![a-z\d]))`,
    String.raw`(?<num>\d+(?:\.\d+)*)`,
    // Dotted words ("claude.ai", "api.anthropic.com") but not "anthropic.claude-..." ids.
    String.raw`(?<word>[a-z][a-z0-9'’]*(?:\.(?!claude-)[a-z][a-z0-9]*)*)`,
    String.raw`(?<space>[ \t]+)`,
    String.raw`(?<conn>[,&/+])`,
    String.raw`(?<skip>[-()\[\]"'‘’“”\x60])`,
    String.raw`(?<other>[\s\S])`,
  ].join('|'),
  'iy',
);

const VERSION_SHAPE = /^\d{1,2}(?:\.\d{1,2})?$/;
/** 0620, 202406, 20240620: snapshot dates written after a model name. */
const DATE_SHAPE = /^(?:\d{4}|\d{6}|\d{8})$/;
const ALNUM = /[a-z0-9]/i;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  LEXEME.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (LEXEME.lastIndex < text.length && (match = LEXEME.exec(text)) !== null) {
    const g = match.groups ?? {};
    const start = match.index;
    const end = LEXEME.lastIndex;
    const glued = start > 0 && ALNUM.test(text.charAt(start - 1));
    if (g['space'] !== undefined) continue;
    const id = g['id'] ?? (g['bareid'] === undefined ? undefined : `claude-${g['bareid']}`);
    if (id !== undefined) {
      tokens.push(glued ? { kind: 'break' } : { kind: 'id', model: parseApiId(id) });
    } else if (g['time'] !== undefined || g['date'] !== undefined) {
      tokens.push({ kind: 'break' });
    } else if (g['vnum'] !== undefined) {
      const raw = g['vnum'];
      const afterLetter = ALNUM.test(text.charAt(end));
      tokens.push(
        glued || afterLetter
          ? { kind: 'break' }
          : { kind: 'vversion', text: raw.slice(1), dots: raw.split('.').length - 1 },
      );
    } else if (g['num'] !== undefined) {
      tokens.push(classifyNumber(g['num'], text, start, end));
    } else if (g['word'] !== undefined) {
      const word = g['word'];
      const lower = word.toLowerCase();
      tokens.push({ kind: 'word', text: word, lower: FAMILY_ALIASES.get(lower) ?? lower });
    } else if (g['conn'] !== undefined) {
      tokens.push({ kind: 'connector' });
    } else if (g['skip'] !== undefined || g['size'] !== undefined) {
      tokens.push({ kind: 'skip' });
    } else {
      tokens.push({ kind: 'break' });
    }
  }
  return tokens;
}

function classifyNumber(raw: string, text: string, start: number, end: number): Token {
  const before = start > 0 ? text.charAt(start - 1) : '';
  const rest = text.slice(end, end + 2);
  if (before === '$' || /[a-z0-9.]/i.test(before)) return { kind: 'break' };
  // "529s", "500s", "3x" are not versions.
  if (/^[a-z]/i.test(rest)) return { kind: 'break' };
  if (rest.startsWith('%')) return { kind: 'break' };
  if (VERSION_SHAPE.test(raw)) return { kind: 'version', text: raw };
  if (DATE_SHAPE.test(raw)) return { kind: 'skip' };
  return { kind: 'break' };
}
