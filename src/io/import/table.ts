/**
 * Delimited text to rows, with papaparse: quotes, quoted line breaks, CRLF and a byte-order
 * mark are its business. Rows are numbered as a spreadsheet numbers them (the first line is
 * row 1), counting records, not lines, so a note with line breaks is still one row.
 */
import Papa from 'papaparse';
import { RowProblems, type BadRow } from './types';

export interface Table {
  header: string[];
  /** Records after the header, each with its row number. */
  rows: { row: number; cells: string[] }[];
  /** Records papaparse could not read whole (an unclosed quote…), as bad rows. */
  problems: BadRow[];
}

export function readTable(text: string, delimiter: string, hasHeader: boolean): Table {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter,
    header: false,
    dynamicTyping: false, // codes stay strings: CAMEO 0256 is not 256
    skipEmptyLines: false, // blank lines are skipped below, after numbering, as a spreadsheet counts them
    // GDELT is unquoted: a stray " in a name must not swallow the rows after it.
    quoteChar: delimiter === '\t' ? '\u0000' : '"',
  });
  const records = parsed.data;
  const header = hasHeader ? (records[0] ?? []).map((h) => h.trim()) : [];
  const first = hasHeader ? 1 : 0;
  const rows = records
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(first)
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  const problems: BadRow[] = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({
      row: (e.row ?? 0) + 1,
      column: '',
      value: '',
      message: `the file cannot be read here: ${e.message.toLowerCase()}`,
    }));
  return { header, rows, problems };
}

/**
 * Reads cells by column name (case-insensitive; '' for a missing cell). The header is
 * indexed once, so a row costs no more than its lookups.
 */
export function byName(
  header: readonly string[],
): (cells: readonly string[]) => (name: string) => string {
  const index = new Map(header.map((h, i) => [h.toLowerCase(), i]));
  return (cells) => (name) => {
    const i = index.get(name.toLowerCase());
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
}

/** A row's raw cells by its number, for the bad-rows download. */
export function cellsOf(table: Table): (row: number) => string[] {
  const map = new Map(table.rows.map((r) => [r.row, r.cells]));
  return (row) => map.get(row) ?? [];
}

/**
 * The table's records that have the expected number of fields, each with its cell reader
 * and an empty problem list; a record of another width is set aside in `bad`, its message
 * naming both counts (`expected` says what the count should be).
 */
export function* recordsOf(
  table: Table,
  header: readonly string[],
  bad: BadRow[],
  fields = header.length,
  expected = `the header has ${fields}`,
) {
  const reader = byName(header);
  for (const { row, cells } of table.rows) {
    if (cells.length !== fields) {
      bad.push({
        row,
        column: '',
        value: '',
        message: `the row has ${cells.length} fields; ${expected}`,
      });
      continue;
    }
    yield { row, get: reader(cells), p: new RowProblems(row) };
  }
}
