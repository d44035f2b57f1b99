/**
 * Checks the schema cannot express: days that do not exist, offsets that split a character,
 * text that was decoded wrongly, links that are not web links, and fields the schema does
 * not know (with the field most likely meant, found in the schema itself).
 */
import type { z } from 'zod';
import type { PathPart } from './jsonScan';
import { MONTHS } from './utc';

const leap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The first calendar day in an EDTF string that does not exist ("2021-02-29"), as a
 * sentence; null when every full day is real. The edtf package rolls such days over.
 */
export function impossibleDay(edtf: string): string | null {
  for (const m of edtf.matchAll(/(?<![\dX])(-?\d{4})-(\d{2})-(\d{2})(?![\dX])/g)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12) continue; // seasons (21–41) have no days; edtf rejects the rest
    const days = month === 2 && leap(year) ? 29 : MONTH_DAYS[month - 1]!;
    if (day < 1 || day > days) {
      return `"${m[0]}" is not a real day: ${MONTHS[month - 1]} ${year} has ${days} days`;
    }
  }
  return null;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether an offset falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, at: number): boolean {
  return (
    at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))
  );
}

/** A step of a walk: paths are built from parent links only when one is reported. */
interface Step {
  parent: Step | null;
  at: PathPart;
}
const ROOT: Step = { parent: null, at: '' };
function pathOf(step: Step): PathPart[] {
  const path: PathPart[] = [];
  for (let s: Step | null = step; s && s !== ROOT; s = s.parent) path.push(s.at);
  return path.reverse();
}

/** Paths of the strings (anywhere in a value) that contain U+FFFD. Iterative. */
export function replacementCharacters(value: unknown): PathPart[][] {
  const found: PathPart[][] = [];
  // A value's parent step and key ride on their own stacks: a step is only allocated for
  // an object or array (most values are strings, and a step each made the walk GC-bound).
  const values: unknown[] = [value];
  const parents: (Step | null)[] = [null]; // null: the value walked is the root
  const ats: PathPart[] = [''];
  while (values.length > 0) {
    const node = values.pop();
    const parent = parents.pop() ?? null;
    const at = ats.pop()!;
    if (typeof node === 'string') {
      if (node.includes('\uFFFD')) found.push(pathOf(parent ? { parent, at } : ROOT));
    } else if (node && typeof node === 'object') {
      const step: Step = parent ? { parent, at } : ROOT;
      if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--) {
          const child: unknown = node[i];
          if (child === null || (typeof child !== 'string' && typeof child !== 'object')) continue;
          values.push(child);
          parents.push(step);
          ats.push(i);
        }
      } else {
        const keys = Object.keys(node);
        for (let i = keys.length - 1; i >= 0; i--) {
          const child = (node as Record<string, unknown>)[keys[i]!];
          if (child === null || (typeof child !== 'string' && typeof child !== 'object')) continue;
          values.push(child);
          parents.push(step);
          ats.push(keys[i]!);
        }
      }
    }
  }
  return found;
}

/**
 * Evidence that points at a record cell must cite a source that is a record of the same
 * file, and a row that source holds; a sentence when it does not.
 */
export function recordMismatch(
  cell: { file: string; row: number },
  source: { id: string; record?: { file: string; rows: readonly number[] } },
): string | null {
  const r = source.record;
  if (!r) return `the evidence points at a record, but source "${source.id}" is a text`;
  if (r.file !== cell.file) {
    return `the evidence points at file "${cell.file}", but source "${source.id}" is from "${r.file}"`;
  }
  return r.rows.includes(cell.row)
    ? null
    : `the evidence points at row ${cell.row}, which source "${source.id}" does not hold`;
}

/** A link is only ever http or https: a javascript: or data: link must never render. */
export function badLink(url: string): string | null {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return `"${url.slice(0, 60)}" is not a URL`;
  }
  return protocol === 'http:' || protocol === 'https:'
    ? null
    : `a ${protocol} link is refused; only http and https links are allowed`;
}

/** Optimal string alignment distance: edits, with a swap of neighbours as one. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known field a misspelt one most likely means, if any is close enough. */
export function likelyField(unknown: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const u = unknown.toLowerCase();
  for (const k of known) {
    const d = editDistance(u, k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}

type Schema = z.core.$ZodType;
type Def = { type: string; shape?: Record<string, Schema>; element?: Schema };
const WRAPPERS = new Set(['optional', 'default', 'nullable', 'readonly', 'prefault', 'catch']);

/** The schema under optional(), default() and the like. */
function unwrap(s: Schema): Schema {
  let def = s._zod.def as { type: string; innerType?: Schema };
  while (WRAPPERS.has(def.type) && def.innerType) {
    s = def.innerType;
    def = s._zod.def as { type: string; innerType?: Schema };
  }
  return s;
}

/**
 * Fields present in `value` that `schema` does not define (zod drops them silently), each
 * with the known field it most likely means. Only descends where the schema describes the
 * value, so its depth is the schema's.
 */
export function unknownFields(
  schema: Schema,
  value: unknown,
): { path: PathPart[]; likely: string | null }[] {
  const found: { path: PathPart[]; likely: string | null }[] = [];
  const defs = new Map<Schema, Def>();
  const defOf = (s: Schema) => {
    let def = defs.get(s);
    if (!def) defs.set(s, (def = unwrap(s)._zod.def as Def));
    return def;
  };
  // As in replacementCharacters, a step is allocated per object or array only, and values
  // that are not objects are never pushed (no schema finds a field in them).
  const schemas: Schema[] = [schema];
  const values: unknown[] = [value];
  const parents: (Step | null)[] = [null]; // null: the value walked is the root
  const ats: PathPart[] = [''];
  const isObject = (x: unknown) => x !== null && typeof x === 'object';
  while (values.length > 0) {
    const def = defOf(schemas.pop()!);
    const v = values.pop();
    const parent = parents.pop() ?? null;
    const at = ats.pop()!;
    const step: Step = parent ? { parent, at } : ROOT;
    if (def.type === 'object' && def.shape && v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      for (const key of keys) {
        if (!Object.hasOwn(def.shape, key)) {
          const path = [...pathOf(step), key];
          found.push({ path, likely: likelyField(key, Object.keys(def.shape)) });
        }
      }
      // Children go on the stack last first, so problems come in document order.
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        if (!Object.hasOwn(def.shape, key)) continue;
        const child = (v as Record<string, unknown>)[key];
        if (!isObject(child)) continue;
        schemas.push(def.shape[key]!);
        values.push(child);
        parents.push(step);
        ats.push(key);
      }
    } else if (def.type === 'array' && def.element && Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        if (!isObject(v[i])) continue;
        schemas.push(def.element);
        values.push(v[i]);
        parents.push(step);
        ats.push(i);
      }
    }
  }
  return found;
}
