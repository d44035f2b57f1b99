/**
 * CSV out: one row per event, for spreadsheets. Written with papaparse, every cell quoted.
 *
 * Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, so such a cell gets a
 * leading `'`, which spreadsheets show as text. papaparse's own `escapeFormulae: FORMULA_START`
 * pattern (`/^[=+\-@\t\r].*$/`) misses a cell whose text goes on after a line break, so
 * the pattern here tests the first character only.
 */
import Papa from 'papaparse';
import type { Dataset, Event } from '../../model/schema';
import { extentOf } from '../../model/dates';
import { datasetNamer } from './describe';

/** The characters a spreadsheet reads as the start of a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

export const CSV_COLUMNS = [
  'id',
  'date',
  'date_start',
  'date_end',
  'basis',
  'phrase',
  'known_date',
  'known_citation',
  'title',
  'category',
  'actors',
  'summary',
  'quote',
  'source',
  'dataset',
  'offsets',
  'location',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** A day (YYYY-MM-DD) for a finite instant, '' for an open end. */
const day = (t: number) => (Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : '');

/** The names a row is written with: actors and sources by id, and the dataset's own. */
interface Names {
  actors: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, string>;
  /** The dataset an event came from: its part's title in a combination, else the title. */
  datasetOf(e: Event): string;
}

function rowOf(e: Event, { actors: names, sources: titles, datasetOf }: Names): Row {
  let start = '';
  let end = '';
  try {
    const x = extentOf(e.when.edtf);
    start = day(x.start);
    end = day(x.end);
  } catch {
    // A date the validator let through always parses; leave the columns empty otherwise.
  }
  return {
    id: e.id,
    date: e.when.edtf,
    date_start: start,
    date_end: end,
    basis: e.when.basis,
    phrase: e.when.phrase ?? '',
    known_date: e.known?.edtf ?? '',
    known_citation: e.known?.citation ?? '',
    title: e.title,
    category: e.category,
    actors: e.participants.map((p) => `${names.get(p.actor) ?? p.actor} (${p.role})`).join('; '),
    summary: e.summary,
    quote: e.evidence.map((ev) => ev.quote.exact).join('\n'),
    source: [...new Set(e.evidence.map((ev) => titles.get(ev.source) ?? ev.source))].join('; '),
    dataset: datasetOf(e),
    offsets: e.evidence.map((ev) => `${ev.position.start}-${ev.position.end}`).join('; '),
    location: e.location?.name ?? '',
  };
}

/**
 * The events of a dataset as CSV text (a header row, then one row per event). The `dataset`
 * column names where each came from: in a combined view, the part's title.
 */
export function toCsv(dataset: Dataset): string {
  const names: Names = {
    actors: new Map(dataset.actors.map((a) => [a.id, a.name])),
    sources: new Map(dataset.sources.map((s) => [s.id, s.title])),
    datasetOf: datasetNamer(dataset),
  };
  const cells = (e: Event) => {
    const row = rowOf(e, names);
    return CSV_COLUMNS.map((c) => row[c]);
  };
  return Papa.unparse(
    { fields: [...CSV_COLUMNS], data: dataset.events.map(cells) },
    { quotes: true, escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}
