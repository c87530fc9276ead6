// Names of the demo's output folder and screenshot files: sortable, and readable in a file list.

/** 2026-11-23T10-00-00 (UTC): sorts by time and is a valid folder name everywhere. */
export function runFolderName(at: Date): string {
  return at.toISOString().slice(0, 19).replace(/:/g, '-');
}

const MAX_SLUG = 48;

/**
 * "2/7 identified 2026-05-22T04:40:56.763Z: We have identified an issue…" → "identified-we-have-identified-an-issue".
 * The step counter and the timestamp are dropped: the file name already starts with the step number.
 */
export function slugOf(label: string): string {
  const words = label
    .replace(/^\d+\/\d+\s+/, '')
    .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z:?/g, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents, split off by NFKD: "é" → "e"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  return slug || (words[0] ?? 'step').slice(0, MAX_SLUG);
}

/** "03-identified-we-have-identified-an-issue-popup.png" */
export function shotFileName(stepNumber: number, label: string, view: string): string {
  return `${String(stepNumber).padStart(2, '0')}-${slugOf(label)}-${view}.png`;
}
