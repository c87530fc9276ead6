import { incidentHistoryTsv } from './fixtures';
import { parseHistoryTsv, type HistoryRow } from './history-tsv';

let byId: Map<string, HistoryRow> | undefined;

/** A real row of incident-history.tsv by incident id. */
export function historyRow(id: string): HistoryRow {
  byId ??= new Map(parseHistoryTsv(incidentHistoryTsv()).map((row) => [row.id, row]));
  const row = byId.get(id);
  if (!row) throw new Error(`incident-history.tsv has no incident ${id}`);
  return row;
}
