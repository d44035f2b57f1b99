/**
 * EDTF dates as time extents, in UTC.
 *
 * The `edtf` package parses the strings; its min/max ignore the `~` (approximate) and `?`
 * (uncertain) qualifiers, so we pad qualified endpoints ourselves: by one unit of their
 * precision (a day, a month or a year) on the outer side. The result has two ranges:
 *
 *   - `start`/`end`: the period the date certainly names (August 2021 = 1–31 Aug);
 *   - `softStart`/`softEnd`: the period it possibly covers, padding included.
 *
 * Open ends (`..`) are ±Infinity in both. Unknown ends (`/2021-08`) are treated as open.
 *
 * The common forms take a fast path that needs no grammar. The edtf package's parser (its
 * grammar is a large download) is registered by edtfParser.ts: the validator imports it,
 * and the page loads it with `ensureEdtfFor` before it shows a dataset with other forms.
 */
import type { default as Edtf, EdtfDate, EdtfInterval } from 'edtf';
import type { Dataset } from './schema';
import { addUtcDays, addUtcMonths } from './utc';

export type Precision = 'day' | 'month' | 'season' | 'year' | 'decade' | 'century' | 'time';

export interface Endpoint {
  /** First instant (ms, UTC) of the period; -Infinity for an open start. */
  min: number;
  /** Last instant (ms, UTC) of the period; Infinity for an open end. */
  max: number;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  open: boolean;
}

export interface Extent {
  edtf: string;
  kind: 'point' | 'interval';
  start: number;
  end: number;
  softStart: number;
  softEnd: number;
  openStart: boolean;
  openEnd: boolean;
  /** Precision of the date (or of its coarser endpoint, for an interval). */
  precision: Precision;
  /** Any endpoint is approximate (`~`) or uncertain (`?`). */
  fuzzy: boolean;
  lower: Endpoint;
  upper: Endpoint;
}

export class EdtfError extends Error {}

/** A string only the edtf parser reads came before the parser was loaded (a bug). */
export class EdtfParserMissing extends Error {
  constructor(input: string) {
    super(`"${input}" needs the EDTF parser, which has not loaded`);
  }
}

let edtf: typeof Edtf | null = null;

/** Registers the edtf package's parser (edtfParser.ts does, when it loads). */
export function setEdtfParser(parse: typeof Edtf): void {
  edtf = parse;
}

/** Whether the string is read without the edtf parser (the fast path, or read before). */
export function readsWithoutParser(input: string): boolean {
  return cache.has(input) || simpleInterval(input) !== null;
}

/** Every EDTF string a dataset holds: events' dates and known dates, relations', sources'. */
export function* datasetDates(dataset: Dataset): Generator<string> {
  for (const s of dataset.sources) yield s.published.edtf;
  for (const e of dataset.events) {
    yield e.when.edtf;
    if (e.known) yield e.known.edtf;
  }
  for (const r of dataset.relations) if (r.when) yield r.when.edtf;
}

/**
 * Whether any of these strings is beyond the fast path (so that a page reading them needs the
 * edtf parser). Reads the strings only, not what was parsed before: a worker that validated
 * them with the parser answers for the page.
 */
export function needsEdtfParser(inputs: Iterable<string>): boolean {
  // Datasets repeat dates a great deal: each distinct string is read once.
  const seen = new Set<string>();
  for (const input of inputs) {
    if (seen.has(input)) continue;
    seen.add(input);
    if (simpleInterval(input) === null) return true;
  }
  return false;
}

/** Loads the edtf parser (once). */
export async function loadEdtfParser(): Promise<void> {
  if (!edtf) await import('./edtfParser');
}

/** Loads the edtf parser when any of these strings needs it; at once when none does. */
export async function ensureEdtfFor(inputs: Iterable<string>): Promise<void> {
  if (!edtf && needsEdtfParser(inputs)) await loadEdtfParser();
}

const OPEN_START: Endpoint = {
  min: -Infinity,
  max: -Infinity,
  precision: 'year',
  approximate: false,
  uncertain: false,
  open: true,
};
const OPEN_END: Endpoint = { ...OPEN_START, min: Infinity, max: Infinity };

function precisionOf(d: EdtfDate): Precision {
  switch (d.type) {
    case 'Season':
      return 'season';
    case 'Decade':
      return 'decade';
    case 'Century':
      return 'century';
    default:
      break;
  }
  if (d.precision === 3) return 'day';
  if (d.precision === 2) return 'month';
  if (d.precision === 1) {
    // "198X": an unspecified year digit widens a year to a decade.
    return d.max - d.min > 400 * 86_400_000 ? 'decade' : 'year';
  }
  return 'time';
}

function endpointOf(d: EdtfDate): Endpoint {
  return {
    min: d.min,
    max: d.max,
    precision: precisionOf(d),
    approximate: Boolean(d.approximate?.value),
    uncertain: Boolean(d.uncertain?.value),
    open: false,
  };
}

/** Pads an instant by one unit of a precision; `sign` -1 moves earlier, +1 later. */
export function padBy(ms: number, precision: Precision, sign: 1 | -1): number {
  if (!Number.isFinite(ms)) return ms;
  switch (precision) {
    case 'time':
    case 'day':
      return addUtcDays(ms, sign);
    case 'month':
      return addUtcMonths(ms, sign);
    case 'season':
      return addUtcMonths(ms, 3 * sign);
    case 'year':
      return addUtcMonths(ms, 12 * sign);
    case 'decade':
      return addUtcMonths(ms, 120 * sign);
    case 'century':
      return addUtcMonths(ms, 1200 * sign);
  }
}

const ORDER: Precision[] = ['time', 'day', 'month', 'season', 'year', 'decade', 'century'];
const coarser = (a: Precision, b: Precision) => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

const SIMPLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

/**
 * A fast path for the common forms (YYYY, YYYY-MM, YYYY-MM-DD, each with an optional
 * ~ ? or % qualifier): the edtf parser takes about 0.2 ms a date, too slow for a million
 * events. The results equal the parser's (a property test checks this); anything else,
 * including impossible days, falls through to the parser and its error messages.
 */
function simpleEndpoint(input: string): Endpoint | null {
  const m = SIMPLE.exec(input);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  const q = m[4];
  const flags = {
    approximate: q === '~' || q === '%',
    uncertain: q === '?' || q === '%',
    open: false,
  };
  if (month === undefined) {
    return {
      min: utcMs(year, 0, 1),
      max: utcMs(year + 1, 0, 1) - 1,
      precision: 'year',
      ...flags,
    };
  }
  if (day === undefined) {
    return {
      min: utcMs(year, month - 1, 1),
      max: utcMs(year, month, 1) - 1,
      precision: 'month',
      ...flags,
    };
  }
  const min = utcMs(year, month - 1, day);
  if (day < 1 || new Date(min).getUTCMonth() !== month - 1) return null;
  return { min, max: min + 86_399_999, precision: 'day', ...flags };
}

/**
 * Midnight UTC of a day, for any year: Date.UTC reads the years 0–99 as 1900–1999, which
 * put "0087" in 1987.
 */
export function utcMs(year: number, month0: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  return d.getTime();
}

function parse(input: string) {
  if (!edtf) throw new EdtfParserMissing(input);
  try {
    return edtf(input);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new EdtfError(`"${input}" is not a valid EDTF date (${why})`);
  }
}

function intervalEndpoint(
  value: EdtfInterval['lower'],
  whole: string,
  part: string,
  side: 'start' | 'end',
): Endpoint {
  if (value && typeof value === 'object') return endpointOf(value);
  if (part !== '' && part !== '..') {
    throw new EdtfError(`"${whole}" has an unreadable ${side} "${part}"`);
  }
  return side === 'start' ? OPEN_START : OPEN_END;
}

const cache = new Map<string, Extent | EdtfError>();

/**
 * Parses an EDTF date or interval into its time extent. Throws EdtfError when invalid.
 * Results are cached by string: datasets repeat dates a great deal.
 */
export function extentOf(input: string): Extent {
  let hit = cache.get(input);
  if (hit === undefined) {
    try {
      hit = computeExtent(input);
    } catch (e) {
      // Not an answer about the string: it is read again once the parser has loaded.
      if (e instanceof EdtfParserMissing) throw e;
      hit = e instanceof EdtfError ? e : new EdtfError(String(e));
    }
    if (cache.size > 200_000) cache.clear();
    cache.set(input, hit);
  }
  if (hit instanceof EdtfError) throw hit;
  return hit;
}

function simpleInterval(input: string): [Endpoint, Endpoint] | null {
  const slash = input.indexOf('/');
  if (slash === -1) {
    const p = simpleEndpoint(input);
    return p ? [p, p] : null;
  }
  const a = input.slice(0, slash);
  const b = input.slice(slash + 1);
  const lo = a === '..' ? OPEN_START : simpleEndpoint(a);
  const hi = b === '..' ? OPEN_END : simpleEndpoint(b);
  if (!lo || !hi || (lo.open && hi.open)) return null;
  if (lo.open || hi.open) return [lo, hi];
  // Only clearly ordered ends take the fast path; the parser judges the rest.
  return hi.min > lo.max ? [lo, hi] : null;
}

function computeExtent(input: string): Extent {
  const simple = simpleInterval(input);
  if (simple) return toExtent(input, simple[0], simple[1], input.includes('/'));
  if (input.includes('/')) {
    const [a = '', b = ''] = input.split('/');
    // The edtf package rejects reversed intervals with a terse message; say it plainly.
    if (a && b && a !== '..' && b !== '..') {
      const lo = parse(a);
      const hi = parse(b);
      if (hi.max < lo.min) {
        throw new EdtfError(`"${input}" is a reversed interval: its end comes before its start`);
      }
    }
  }
  const parsed = parse(input);
  let lower: Endpoint;
  let upper: Endpoint;
  if (parsed.type === 'Interval') {
    const iv = parsed as EdtfInterval;
    const [a = '', b = ''] = input.split('/');
    lower = intervalEndpoint(iv.lower, input, a, 'start');
    upper = intervalEndpoint(iv.upper, input, b, 'end');
  } else if (parsed.type === 'List' || parsed.type === 'Set') {
    throw new EdtfError(`"${input}" is an EDTF set or list; use a single date or an interval`);
  } else {
    lower = upper = endpointOf(parsed as EdtfDate);
  }
  return toExtent(input, lower, upper, parsed.type === 'Interval');
}

function toExtent(input: string, lower: Endpoint, upper: Endpoint, interval: boolean): Extent {
  const fuzzyLow = lower.approximate || lower.uncertain;
  const fuzzyHigh = upper.approximate || upper.uncertain;
  return {
    edtf: input,
    kind: interval ? 'interval' : 'point',
    start: lower.min,
    end: upper.max,
    softStart: fuzzyLow ? padBy(lower.min, lower.precision, -1) : lower.min,
    softEnd: fuzzyHigh ? padBy(upper.max, upper.precision, 1) : upper.max,
    openStart: lower.open,
    openEnd: upper.open,
    precision: lower.open
      ? upper.precision
      : upper.open
        ? lower.precision
        : coarser(lower.precision, upper.precision),
    fuzzy: fuzzyLow || fuzzyHigh,
    lower,
    upper,
  };
}

/** Like extentOf, but returns an error message instead of throwing. */
export function tryExtent(input: string): Extent | string {
  try {
    return extentOf(input);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
