/**
 * Delimited text to rows, with papaparse: quotes, quoted line breaks, CRLF and a byte-order
 * mark are its business. Rows are numbered as a spreadsheet numbers them (the first line is
 * row 1), counting records, not lines, so a note with line breaks is still one row.
 */
import Papa from 'papaparse';
import type { OnProgress } from './progress';
import { RowProblems, type BadRow } from './types';

/** Records between two progress reports. */
const PROGRESS_EVERY = 2000;

export interface Table {
  header: string[];
  /** Records after the header, each with its row number. */
  rows: { row: number; cells: string[] }[];
  /** Records papaparse could not read whole (an unclosed quote…), as bad rows. */
  problems: BadRow[];
}

export function readTable(
  text: string,
  delimiter: string,
  hasHeader: boolean,
  onProgress?: OnProgress,
): Table {
  const body = text.replace(/^\uFEFF/, '');
  const first = hasHeader ? 1 : 0;
  const records: string[][] = [];
  const problems: BadRow[] = [];
  // Record by record (papaparse's streaming interface), so a long file can say how far it is.
  Papa.parse<string[]>(body, {
    delimiter,
    header: false,
    dynamicTyping: false, // codes stay strings: CAMEO 0256 is not 256
    skipEmptyLines: false, // blank lines are skipped below, after numbering, as a spreadsheet counts them
    // GDELT is unquoted: a stray " in a name must not swallow the rows after it.
    quoteChar: delimiter === '\t' ? '\u0000' : '"',
    step: (step) => {
      records.push(step.data);
      const row = records.length;
      for (const e of step.errors) {
        if (e.type !== 'Quotes') continue;
        problems.push({
          row,
          column: '',
          value: '',
          message: `the file cannot be read here: ${e.message.toLowerCase()}`,
        });
      }
      if (onProgress && row % PROGRESS_EVERY === 0) {
        onProgress({ stage: 'parsing', rows: row - first, done: step.meta.cursor / body.length });
      }
    },
  });
  const header = hasHeader ? (records[0] ?? []).map((h) => h.trim()) : [];
  const rows = records
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(first)
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  onProgress?.({ stage: 'parsing', rows: rows.length, done: 1 });
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
  // Adapters ask for the same few names on every row: lower-case each name once.
  const byAsked = new Map<string, number | undefined>();
  const lookup = (name: string) => {
    if (!byAsked.has(name)) byAsked.set(name, index.get(name.toLowerCase()));
    return byAsked.get(name);
  };
  return (cells) => (name) => {
    const i = lookup(name);
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
