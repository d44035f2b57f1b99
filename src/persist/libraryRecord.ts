/**
 * A library record: a dataset as the library keeps it (its JSON text, read back through the
 * validator like any file) with what the Library lists about it. Pure.
 */
import type { Dataset } from '../model/schema';
import { validator } from '../model/validator';
import { tryExtent } from '../model/dates';
import { shortHash } from '../model/combine';

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
  json: string;
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const FORMAT = /^[a-z0-9][a-z0-9-]{0,23}$/;

/** A stable id for a dataset's content: the same file added twice is one entry. */
export function libraryId(format: string, json: string): string {
  const prefix = FORMAT.test(format) ? format.replace(/-+$/, '') : 'dataset';
  return `${prefix.slice(0, 16)}-${shortHash(json)}`;
}

/** The first and last day of the events' dates; open ends do not count. */
export function dateRange(dataset: Dataset): { from: string | null; to: string | null } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of dataset.events) {
    const x = tryExtent(e.when.edtf);
    if (typeof x === 'string') continue;
    if (Number.isFinite(x.start)) lo = Math.min(lo, x.start);
    if (Number.isFinite(x.end)) hi = Math.max(hi, x.end);
  }
  return { from: Number.isFinite(lo) ? day(lo) : null, to: Number.isFinite(hi) ? day(hi) : null };
}

/** A record for a dataset, as the library will keep it. */
export function toRecord(
  dataset: Dataset,
  meta: { format: string; added: Date; id?: string },
): LibraryRecord {
  const json = JSON.stringify(dataset);
  return {
    id: meta.id ?? libraryId(meta.format, json),
    title: dataset.title,
    format: meta.format,
    events: dataset.events.length,
    ...dateRange(dataset),
    size: new TextEncoder().encode(json).length,
    added: meta.added.toISOString(),
    json,
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

/** Checks a stored record's shape (a summary and the JSON); a sentence when it is not one. */
export function asRecord(value: unknown): LibraryRecord | string {
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
  const { dataset, problems } = validator().validateJsonText(record.json);
  if (!dataset) {
    const first = problems.find((p) => p.severity === 'error')?.message ?? 'it is not valid';
    return `the stored dataset "${record.title}" no longer validates: ${first}`;
  }
  return { dataset: { ...dataset, title: record.title }, entry: entryOf(record) };
}

/** "1.2 MB", "840 kB", "512 B": sizes as the Library shows them. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}
