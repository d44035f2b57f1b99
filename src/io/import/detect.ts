/**
 * Which format a file is, from its content (never from its name: GDELT files are named .CSV
 * and are tab-separated). JSON is told by its shape; delimited text by its first row's
 * column names, or, for GDELT, which has no header, by its 61 tab-separated fields that start
 * with an event id and a YYYYMMDD date.
 */
import type { ImportFormat } from './types';

export interface Detected {
  format: ImportFormat;
  delimiter: string;
  hasHeader: boolean;
  /** Why, in a few words, for the preview. */
  reason: string;
}

export const GDELT_FIELDS = 61;

const has = (names: Set<string>, ...want: string[]) => want.every((w) => names.has(w));

/** The first record's cells; a header has no quoted line breaks, so the first line will do. */
function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end < 0 ? text : text.slice(0, end);
}

function splitHeader(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim()
      .toLowerCase(),
  );
}

function detectJson(text: string): Detected | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return `the file starts like JSON but is not valid JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  const o =
    json && typeof json === 'object' && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : null;
  // Anything shaped like a Traceline dataset (a format, sources or actors) goes to its
  // validator, which says what is wrong with it, even when the format line is missing.
  if (o && ['format', 'sources', 'actors'].some((k) => Object.hasOwn(o, k))) {
    return { format: 'traceline', delimiter: '', hasHeader: false, reason: 'a Traceline dataset' };
  }
  const slides = o && Array.isArray(o.events) ? (o.events as unknown[]) : null;
  const slide = (v: unknown) => v !== null && typeof v === 'object' && 'start_date' in v;
  if (slides && (slides.length === 0 || slides.some(slide))) {
    return {
      format: 'timelinejs-json',
      delimiter: '',
      hasHeader: false,
      reason: 'a JSON object with an "events" list of slides',
    };
  }
  return 'the JSON is neither a Traceline dataset (format "traceline/1") nor a TimelineJS timeline (an "events" list)';
}

/** The format of a file's text, or a sentence saying why none fits. */
export function detectFormat(raw: string): Detected | string {
  const text = raw.replace(/^\uFEFF/, '');
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') return detectJson(text);
  const line = firstLine(text);
  const tabs = line.split('\t').length - 1;
  const commas = line.split(',').length - 1;
  const delimiter = tabs > commas ? '\t' : ',';
  const cells = splitHeader(line, delimiter);
  const names = new Set(cells);
  if (
    delimiter === '\t' &&
    cells.length === GDELT_FIELDS &&
    /^\d+$/.test(cells[0]!) &&
    /^\d{8}$/.test(cells[1]!)
  ) {
    return {
      format: 'gdelt',
      delimiter,
      hasHeader: false,
      reason: '61 tab-separated fields, no header',
    };
  }
  if (has(names, 'globaleventid', 'sqldate', 'eventcode', 'sourceurl')) {
    return { format: 'gdelt', delimiter, hasHeader: true, reason: 'GDELT column names' };
  }
  if (has(names, 'event_id_cnty', 'event_date', 'event_type', 'actor1', 'notes')) {
    return {
      format: 'acled',
      delimiter,
      hasHeader: true,
      reason: 'ACLED column names (event_id_cnty…)',
    };
  }
  if (has(names, 'id', 'date_start', 'date_end', 'date_prec', 'side_a', 'type_of_violence')) {
    return {
      format: 'ucdp-ged',
      delimiter,
      hasHeader: true,
      reason: 'UCDP GED column names (date_prec…)',
    };
  }
  if (has(names, 'year', 'month', 'day', 'headline', 'text')) {
    return {
      format: 'timelinejs-csv',
      delimiter,
      hasHeader: true,
      reason: 'the TimelineJS spreadsheet header',
    };
  }
  if (text.trim() === '') return 'the file is empty';
  return (
    'the format is not recognised: the first row is not the header of an ACLED, UCDP GED or ' +
    'TimelineJS sheet, nor a GDELT record (61 tab-separated fields)'
  );
}
