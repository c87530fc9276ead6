/** One row of test/fixtures/incident-history.tsv: a real incident, its latest update body verbatim. */
export interface HistoryRow {
  date: string;
  /** ISO minute precision as in the file ("2026-05-30T22:58Z"). */
  start: string;
  end: string;
  id: string;
  title: string;
  impact: string;
  latestBody: string;
  url: string;
}

export function parseHistoryTsv(text: string): HistoryRow[] {
  const [header, ...lines] = text.split('\n').filter((line) => line.length > 0);
  if (header?.split('\t')[3] !== 'incident_id') throw new Error('incident-history.tsv: unexpected header');
  return lines.map((line, index) => {
    const cells = line.split('\t');
    if (cells.length !== 8) throw new Error(`incident-history.tsv line ${index + 2}: ${cells.length} cells`);
    const [date, start, end, id, title, impact, latestBody, url] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    return { date, start, end, id, title, impact, latestBody: unescapeCell(latestBody), url };
  });
}

// The file escapes newlines inside a cell as a backslash and "n".
const unescapeCell = (cell: string) => cell.replace(/\\n/g, '\n');

/** "2026-05-30T22:58Z" → "2026-05-30T22:58:00.000Z", the precision Statuspage serves. */
export const isoFromMinute = (minute: string) => new Date(minute).toISOString();
