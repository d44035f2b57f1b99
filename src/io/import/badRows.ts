/**
 * The rows an import set aside, as CSV to download, fix and import again: the file's own
 * columns first, then the row number and every problem. Cells that a spreadsheet would run
 * as formulas are neutralised as in the CSV export (OWASP, "CSV Injection").
 */
import Papa from 'papaparse';
import { FORMULA_START } from '../export/csv';
import type { BadRow, ImportResult } from './types';

/** "row 17, event_date: '31/02/2022' is not a date" */
export function formatBadRow(b: BadRow): string {
  const where = b.row > 0 ? `row ${b.row}` : 'the file';
  const column = b.column ? `, ${b.column}` : '';
  const value = b.value !== '' || b.column ? `'${b.value}' ` : '';
  return `${where}${column}: ${value}${b.message}`;
}

export function badRowsCsv(
  result: Pick<ImportResult, 'header' | 'badRows' | 'badRecords'>,
): string {
  const width = Math.max(result.header.length, ...result.badRecords.map((r) => r.cells.length));
  const header = Array.from({ length: width }, (_, i) => result.header[i] ?? `column_${i + 1}`);
  const data = result.badRecords.map(({ row, cells }) => [
    ...header.map((_, i) => cells[i] ?? ''),
    String(row),
    result.badRows
      .filter((b) => b.row === row)
      .map(formatBadRow)
      .join('; '),
  ]);
  const whole = result.badRows.filter((b) => b.row <= 0).map(formatBadRow);
  for (const message of whole) data.push([...header.map(() => ''), '', message]);
  return Papa.unparse(
    { fields: [...header, 'import_row', 'import_problems'], data },
    { quotes: true, escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}
