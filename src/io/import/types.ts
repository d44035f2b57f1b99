/**
 * What every adapter hands the pipeline, and what the pipeline hands a preview: the dataset
 * of the good rows, and each bad row with the column and value at fault and why.
 */
import type { Actor, Dataset, Event, Source } from '../../model/schema';

export type ImportFormat =
  'traceline' | 'acled' | 'ucdp-ged' | 'gdelt' | 'timelinejs-json' | 'timelinejs-csv';

/** One problem with one row. Rows are counted as a spreadsheet counts them (header = 1). */
export interface BadRow {
  row: number;
  column: string;
  value: string;
  message: string;
}

export interface ImportResult {
  format: ImportFormat | null;
  /** The good rows as a validated dataset; null when none is left or the file is unreadable. */
  dataset: Dataset | null;
  rowsRead: number;
  goodRows: number;
  badRows: BadRow[];
  warnings: string[];
  /** The header and the cells of each bad row, so they can be downloaded and fixed. */
  header: string[];
  badRecords: { row: number; cells: string[] }[];
}

/** A row (by number) or slide that became an event. */
export interface Mapped {
  events: Event[];
  /** For each event, the rows it stands on (a grouped GDELT event has several). */
  rowsOf: number[][];
  sources: Source[];
  actors: Actor[];
  badRows: BadRow[];
  warnings: string[];
  rowsRead: number;
  title: string;
  description?: string;
  header: string[];
  /** The raw cells of every row, by row number, for the bad-rows download. */
  cells: (row: number) => string[];
  /** The file column a model field came from, for validator problems ('when' → 'event_date'). */
  columnOf: Partial<Record<string, string>>;
}

/** Collects a row's problems; an adapter skips the row when it has any. */
export class RowProblems {
  readonly list: BadRow[] = [];
  constructor(readonly row: number) {}
  add(column: string, value: string, message: string): void {
    this.list.push({ row: this.row, column, value, message });
  }
  get ok(): boolean {
    return this.list.length === 0;
  }
}
