/**
 * A library record: a dataset as the library keeps it (its JSON text, read back through the
 * validator like any file) with what the Library lists about it. Pure.
 */
import type { Dataset } from '../model/schema';
import type { ValidationResult } from '../model/problems';
import { validator } from '../model/validator';
import { tryExtent } from '../model/dates';
import { FNV_START, hashText, shortHash } from '../model/hash';
import { jsonPieces } from '../io/jsonPieces';

/** The bundled report's id: always in the library, never stored, renamed or deleted. */
export const SEED_ID = 'seed';

/** What the Library lists about a dataset. */
export interface LibraryEntry {
  id: string;
  title: string;
  /** acled, ucdp-ged, gdelt, timelinejs-json, timelinejs-csv or traceline. */
  format: string;
  events: number;
  /** The first and last day the events cover (UTC, YYYY-MM-DD); null without dated events. */
  from: string | null;
  to: string | null;
  /** The dataset's size as UTF-8 JSON, in bytes. */
  size: number;
  /** When it was added (ISO 8601). */
  added: string;
}

export interface LibraryRecord extends LibraryEntry {
  /** The dataset's JSON: a string, or a Blob of it (recordInSlices; persist/library.ts reads it back). */
  json: string | Blob;
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const FORMAT = /^[a-z0-9][a-z0-9-]{0,23}$/;

/** A stable id for a dataset's content: the same file added twice is one entry. */
export function libraryId(format: string, json: string): string {
  return idOf(format, shortHash(json));
}

function idOf(format: string, hash: string): string {
  const prefix = FORMAT.test(format) ? format.replace(/-+$/, '') : 'dataset';
  return `${prefix.slice(0, 16)}-${hash}`;
}

/** The first and last day of the events' dates; open ends do not count. */
export function dateRange(dataset: Dataset): { from: string | null; to: string | null } {
  const range = new DayRange();
  for (const e of dataset.events) range.add(e.when.edtf);
  return range.days();
}

/** The first and last day of the dates added so far. */
class DayRange {
  private lo = Infinity;
  private hi = -Infinity;
  add(edtf: string): void {
    const x = tryExtent(edtf);
    if (typeof x === 'string') return;
    if (Number.isFinite(x.start)) this.lo = Math.min(this.lo, x.start);
    if (Number.isFinite(x.end)) this.hi = Math.max(this.hi, x.end);
  }
  days(): { from: string | null; to: string | null } {
    const { lo, hi } = this;
    return { from: Number.isFinite(lo) ? day(lo) : null, to: Number.isFinite(hi) ? day(hi) : null };
  }
}

/**
 * The length of a string in UTF-8 bytes, as TextEncoder would encode it (a lone surrogate as
 * U+FFFD, three bytes), without encoding it: for a 180 MB dataset, encoding only to count
 * took seconds of the page's time.
 */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A record for a dataset, as the library will keep it. */
export function toRecord(
  dataset: Dataset,
  meta: { format: string; added: Date; id?: string },
): LibraryRecord & { json: string } {
  const json = JSON.stringify(dataset);
  return {
    id: meta.id ?? libraryId(meta.format, json),
    title: dataset.title,
    format: meta.format,
    events: dataset.events.length,
    ...dateRange(dataset),
    size: utf8Length(json),
    added: meta.added.toISOString(),
    json,
  };
}

/**
 * The same record as toRecord, made a slice at a time with `pause()` between slices of about
 * `budgetMs`, so that keeping a big dataset never holds the page for long: the JSON is
 * written in pieces (io/jsonPieces.ts) into a Blob, hashed and counted as it goes, never
 * made one string (a million events would not fit in one).
 */
export async function recordInSlices(
  dataset: Dataset,
  meta: { format: string; added: Date },
  pause: () => Promise<void>,
  budgetMs = 8,
): Promise<LibraryRecord> {
  let sliceStart = performance.now();
  const goOn = async () => {
    if (performance.now() - sliceStart < budgetMs) return;
    await pause();
    sliceStart = performance.now();
  };
  let hash = FNV_START;
  let size = 0;
  let blob = new Blob([], { type: 'application/json' });
  let pending: string[] = [];
  // Pieces of 200 events: a few milliseconds each.
  for (const piece of jsonPieces(dataset, 200)) {
    hash = hashText(hash, piece);
    size += utf8Length(piece);
    pending.push(piece);
    if (performance.now() - sliceStart >= budgetMs) {
      // A Blob of Blobs refers to its parts: each slice encodes only its own pieces.
      blob = new Blob([blob, ...pending], { type: 'application/json' });
      pending = [];
      await goOn();
    }
  }
  blob = new Blob([blob, ...pending], { type: 'application/json' });
  const range = new DayRange();
  for (let i = 0; i < dataset.events.length; i++) {
    range.add(dataset.events[i]!.when.edtf);
    if (i % 1000 === 999) await goOn();
  }
  return {
    id: idOf(meta.format, hash.toString(36)),
    title: dataset.title,
    format: meta.format,
    events: dataset.events.length,
    ...range.days(),
    size,
    added: meta.added.toISOString(),
    json: blob,
  };
}

const isString = (x: unknown): x is string => typeof x === 'string';

/** What the Library lists, without the (possibly large) JSON. */
export function entryOf(record: LibraryRecord): LibraryEntry {
  const { id, title, format, events, from, to, size, added } = record;
  return { id, title, format, events, from, to, size, added };
}

/** Checks a stored summary's shape (the Library's list); a sentence when it is not one. */
export function asEntry(value: unknown): LibraryEntry | string {
  if (typeof value !== 'object' || value === null) return 'the stored entry is not a record';
  const r = value as Record<string, unknown>;
  const strings = ['id', 'title', 'format', 'added'] as const;
  const bad = strings.find((k) => !isString(r[k]));
  if (bad) return `the stored entry has no ${bad}`;
  if (typeof r.events !== 'number' || typeof r.size !== 'number') {
    return 'the stored entry has no counts';
  }
  return {
    id: r.id as string,
    title: r.title as string,
    format: r.format as string,
    events: r.events,
    from: isString(r.from) ? r.from : null,
    to: isString(r.to) ? r.to : null,
    size: r.size,
    added: r.added as string,
  };
}

/**
 * Checks a stored record's shape (a summary and the JSON, read back from a Blob already: see
 * persist/library.ts getRecord); a sentence when it is not one.
 */
export function asRecord(value: unknown): (LibraryRecord & { json: string }) | string {
  const entry = asEntry(value);
  if (typeof entry === 'string') return entry;
  const json = (value as Record<string, unknown>).json;
  return isString(json) ? { ...entry, json } : 'the stored entry has no json';
}

/**
 * The dataset a stored value holds, validated as a file is (it may have been written by an
 * older version), titled as the Library names it. The validator must have loaded.
 */
export function fromRecord(value: unknown): { dataset: Dataset; entry: LibraryEntry } | string {
  const record = asRecord(value);
  if (typeof record === 'string') return record;
  return storedDataset(entryOf(record), validator().validateJsonText(record.json));
}

/** A stored record's JSON as kept: a string, or a Blob (not read yet). */
export function storedJson(value: unknown): string | Blob | null {
  const json = (value as { json?: unknown } | null | undefined)?.json;
  return typeof json === 'string' || isBlob(json) ? json : null;
}

/**
 * Whether a value is a Blob. Told by its shape, not `instanceof`: a value read back from
 * IndexedDB may come from another realm's Blob (so it does under the tests' fake database).
 */
export function isBlob(x: unknown): x is Blob {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as Blob).size === 'number' &&
    typeof (x as Blob).text === 'function'
  );
}

/** The dataset of a stored entry once its JSON was validated, titled as the Library names it. */
export function storedDataset(
  entry: LibraryEntry,
  { dataset, problems }: ValidationResult,
): { dataset: Dataset; entry: LibraryEntry } | string {
  if (!dataset) {
    const first = problems.find((p) => p.severity === 'error')?.message ?? 'it is not valid';
    return `the stored dataset "${entry.title}" no longer validates: ${first}`;
  }
  return { dataset: { ...dataset, title: entry.title }, entry };
}

/** "1.2 MB", "840 kB", "512 B": sizes as the Library shows them. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}
