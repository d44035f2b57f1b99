/**
 * The small date algebra the suggester works in: a date part (year, month or day, maybe
 * approximate) and a span between two parts or open ends, written out as EDTF. Relative
 * phrases are read as functions of a reference day (the publication date); when the
 * publication date is itself an interval, the phrase is read at both ends and, if the
 * readings differ, the result spans both and is marked uncertain.
 */
import { tryExtent } from '../../model/dates';
// What people type may be any EDTF form: the workbench reads dates with the parser.
import '../../model/edtfParser';

export interface Part {
  y: number;
  m?: number;
  d?: number;
  /** `~`: approximate. */
  approx?: boolean;
  /** `?`: uncertain. */
  uncertain?: boolean;
}

/** A point (lo === hi) or an interval; 'open' is an open end (`..`). */
export interface Span {
  lo: Part | 'open';
  hi: Part | 'open';
}

export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function partEdtf(p: Part): string {
  let s = p.y < 0 ? `-${pad(-p.y, 4)}` : pad(p.y, 4);
  if (p.m !== undefined) s += `-${pad(p.m)}`;
  if (p.m !== undefined && p.d !== undefined) s += `-${pad(p.d)}`;
  if (p.approx && p.uncertain) return s + '%';
  if (p.approx) return s + '~';
  if (p.uncertain) return s + '?';
  return s;
}

const samePart = (a: Part, b: Part) => partEdtf(a) === partEdtf(b);

export function spanEdtf(s: Span): string {
  if (s.lo !== 'open' && s.hi !== 'open' && samePart(s.lo, s.hi)) return partEdtf(s.lo);
  const lo = s.lo === 'open' ? '..' : partEdtf(s.lo);
  const hi = s.hi === 'open' ? '..' : partEdtf(s.hi);
  return `${lo}/${hi}`;
}

export const point = (p: Part): Span => ({ lo: p, hi: p });

/** Month arithmetic: (2022, 5) + (-6) → (2021, 11). */
export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + delta;
  return { y: Math.floor(i / 12), m: (((i % 12) + 12) % 12) + 1 };
}

/** Compares parts by their first day: negative when a starts before b. */
export function compareParts(a: Part, b: Part): number {
  return a.y - b.y || (a.m ?? 1) - (b.m ?? 1) || (a.d ?? 1) - (b.d ?? 1);
}

/** What a publication date gives the suggester: the days to read from, and "about publication". */
export interface Publication {
  /** The earliest and latest possible publication days (equal when the day is known). */
  lo: Day;
  hi: Day;
  /** The publication as the end of "up to publication": the date itself, or its first month, approximate. */
  end: Part;
  /** The publication claim, for notes. */
  edtf: string;
}

function dayOf(ms: number): Day {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

/** Reads a publication EDTF; null when it does not parse or has an open end. */
export function readPublication(edtf: string): Publication | null {
  const x = tryExtent(edtf);
  if (typeof x === 'string' || !Number.isFinite(x.start) || !Number.isFinite(x.end)) return null;
  const lo = dayOf(x.start);
  const hi = dayOf(x.end);
  const exact = x.kind === 'point' && !x.fuzzy;
  const end: Part = !exact
    ? { y: lo.y, m: lo.m, approx: true }
    : x.precision === 'day'
      ? { ...lo }
      : x.precision === 'month'
        ? { y: lo.y, m: lo.m }
        : { y: lo.y };
  return { lo, hi, end, edtf };
}

/** A reading of a phrase at a reference day, with a note saying how it was read. */
export interface Reading {
  span: Span;
  note: string;
}

/**
 * Reads a relative phrase against a publication: at its earliest and latest day. When the
 * two readings agree, that is the answer; when they differ (an uncertain publication date),
 * the answer runs from the earlier to the later reading, both ends uncertain.
 */
export function resolveAgainst(pub: Publication, read: (ref: Day) => Reading): Reading {
  const a = read(pub.lo);
  const b = read(pub.hi);
  if (spanEdtf(a.span) === spanEdtf(b.span)) return a;
  const ends = (s: Span) => [s.lo, s.hi].filter((p): p is Part => p !== 'open');
  const parts = [...ends(a.span), ...ends(b.span)].sort(compareParts);
  const open = (side: 'lo' | 'hi') => a.span[side] === 'open' || b.span[side] === 'open';
  const first = parts[0]!;
  const last = parts.at(-1)!;
  return {
    span: {
      lo: open('lo') ? 'open' : { ...first, uncertain: true },
      hi: open('hi') ? 'open' : { ...last, uncertain: true },
    },
    note: `${a.note} The publication date is uncertain (${pub.edtf}): read against its latest day it gives ${spanEdtf(b.span)}, so both readings are kept.`,
  };
}
