// Text as the rest of the extractor may assume it: compatibility forms folded (NFKC turns
// non-breaking, thin and ideographic spaces into plain spaces, fullwidth "Ｏｐｕｓ ４.７" into ASCII),
// Unicode hyphens into "-", invisible marks removed, and every run of white space into one space,
// or one newline when the run breaks a line (update bodies are read line by line). With runs
// collapsed, no pattern downstream ever sees two spaces in a row, so none can backtrack over them.

/** Invisible marks that join or split nothing a reader sees: soft hyphen, word joiner, BOM. */
const INVISIBLE = /[\u00ad\u2060\ufeff]/g;
/** Zero-width spaces and joiners: a word break to a reader, so a space here. */
const ZERO_WIDTH = /[\u180e\u200b-\u200d]/g;
/** Hyphen, non-breaking hyphen, figure dash, en dash, minus ("claude‑opus‑4‑7"). */
const HYPHENS = /[\u2010-\u2013\u2212]/g;
/** Runs other than a lone ASCII space (which is already what we want, and the common case). */
const SPACE_RUN = /\s{2,}|[^\S ]/g;
const LINE_BREAK = /[\n\r\v\f\u2028\u2029]/;

export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(ZERO_WIDTH, ' ')
    .replace(HYPHENS, '-')
    .replace(SPACE_RUN, (run) => (LINE_BREAK.test(run) ? '\n' : ' '));
}
