/** Small helpers the adapters share: ids, titles and text clean-up. */
import type { DateClaim, LOCATION_PRECISIONS } from '../../model/schema';

/** A model id (lowercase slug, ≤ 64 characters) from any text; '' when nothing is left. */
export function slug(s: string, max = 64): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** Hands out ids unique within one import: a clash gets -2, -3… */
export class IdPool {
  private readonly used = new Set<string>();
  take(wanted: string, fallback: string): string {
    const base = slug(wanted, 58) || slug(fallback, 58) || 'x';
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** A title within the model's 200 characters. */
export function title(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim() || 'Untitled';
  return t.length > 200 ? t.slice(0, 199) + '…' : t;
}

/** Text as the model keeps it: NFC, no trailing blanks, line breaks as \n. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').normalize('NFC').trim();
}

/** Non-empty values only, so origin codes hold what the file held. */
export function codes(pairs: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(pairs)) if (v !== undefined && v.trim() !== '') out[k] = v;
  return out;
}

/** A finite number from a cell, or null ('' and junk are null). */
export function num(s: string | undefined): number | null {
  if (s === undefined || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A date claim known from outside the text (a coder's date), with how it was read. */
export function external(edtf: string, note: string): DateClaim {
  return { edtf, basis: 'external', note };
}

export type Precision = (typeof LOCATION_PRECISIONS)[number];

/**
 * `{ precision }` for a location from a format's code table, or nothing for a code the
 * table lacks ("constructor" and other inherited names included).
 */
export function precisionOf(
  table: Readonly<Record<string, Precision>>,
  code: string,
): { precision?: Precision } {
  return Object.hasOwn(table, code) ? { precision: table[code]! } : {};
}
