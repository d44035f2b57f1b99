/**
 * Which items of a lane can be in view, found without placing them all: an interval index
 * over each item's reach in time, built once per model (model.ts) and asked each layout.
 *
 * An item's reach [from, to] is a time range such that its drawn extent (place.ts: soft
 * ends, an open end's reach, the narrowest span's widening, a point's radius) lies within
 * [X(from) − REACH_PX, X(to) + REACH_PX] for any time→pixel scale X. So at msPerPx, an item
 * in the window [d0, d1] has to ≥ d0 − REACH_PX·msPerPx and from ≤ d1 + REACH_PX·msPerPx.
 * The layout still tests each candidate exactly; the index only skips what cannot pass.
 *
 * Items are grouped by the length of their reach (powers of two), each group sorted by
 * from: in a group whose reaches are at most `longest` long, an item reaching the window
 * starts in [lo − longest, hi], found by two binary searches. Long items (a year-long span
 * among days) thus do not make every later item a candidate. Pure.
 */
import type { MarkTime } from './extent';
import { MIN_SPAN_PX, OPEN_REACH } from './place';

/**
 * The most pixels a drawn extent reaches beyond X of its reach: an open end's reach plus
 * half the narrowest span (a point's radius is less), and slack for rounding. It must stay
 * below the layout's clamp margin (far times clamp there, see the proof in reachOf).
 */
export const REACH_PX = OPEN_REACH + MIN_SPAN_PX + 4;

/**
 * An item's reach in time. Every time place() maps to pixels for it is finite here, and X is
 * monotone over finite times, so its extent is within REACH_PX of [X(from), X(to)]: the
 * clamp (at 60 px beyond the plot) never pulls a pixel inside the plot. When a time it uses
 * is not finite (an open end with no finite side, a missing date), X maps it next to the
 * plot's edge, wherever the window is: such an item reaches everything.
 */
export function reachOf(t: MarkTime): [number, number] {
  const out = new Float64Array(2);
  reachInto(t, out, 0, out, 1);
  return [out[0]!, out[1]!];
}

/** reachOf, written to from[i] and to[j] (the index is built for every event of a model). */
function reachInto(t: MarkTime, from: Float64Array, i: number, to: Float64Array, j: number) {
  let a: number;
  let z: number;
  if (t.shape === 'point') {
    a = Math.min(t.anchor, t.softStart, t.softEnd);
    z = Math.max(t.anchor, t.softStart, t.softEnd);
  } else if (t.openStart && t.openEnd) {
    a = NaN;
    z = NaN;
  } else {
    const s = t.openStart ? t.coreStart : t.start;
    const e = t.openEnd ? t.coreEnd : t.end;
    const fs = t.fuzzyStart ? t.softStart : s;
    const fe = t.fuzzyEnd ? t.softEnd : e;
    a = Math.min(s, e, fs, fe);
    z = Math.max(s, e, fs, fe);
  }
  // Math.min/max pass NaN on; any infinite term leaves an infinite bound.
  const finite = Number.isFinite(a) && Number.isFinite(z);
  from[i] = finite ? a : -Infinity;
  to[j] = finite ? z : Infinity;
}

/** Items of one length class, sorted by the start of their reach. */
interface ReachGroup {
  from: Float64Array;
  to: Float64Array;
  /** Each item's position in the lane's list. */
  at: Int32Array;
  /** The longest reach in the group (Infinity for those that reach everything). */
  longest: number;
}

export interface LaneReach {
  /** Items in the lane. */
  size: number;
  groups: ReachGroup[];
}

const lengthClass = (len: number) =>
  !Number.isFinite(len) ? 2048 : len < 1 ? 0 : 1 + Math.ceil(Math.log2(len));

/** The index of one lane, whose items are `list` (positions into `times`). */
export function laneReach(times: readonly MarkTime[], list: ArrayLike<number>): LaneReach {
  const n = list.length;
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  const byClass = new Map<number, number[]>();
  for (let c = 0; c < n; c++) {
    reachInto(times[list[c]!]!, from, c, to, c);
    const cls = lengthClass(to[c]! - from[c]!);
    const items = byClass.get(cls);
    if (items) items.push(c);
    else byClass.set(cls, [c]);
  }
  const groups = [...byClass.values()].map((items) => {
    // Nearly in order already (the list is by start), which the sort is quick on.
    items.sort((a, b) => from[a]! - from[b]! || a - b);
    const g: ReachGroup = {
      from: new Float64Array(items.length),
      to: new Float64Array(items.length),
      at: new Int32Array(items.length),
      longest: 0,
    };
    for (let i = 0; i < items.length; i++) {
      const c = items[i]!;
      g.from[i] = from[c]!;
      g.to[i] = to[c]!;
      g.at[i] = c;
      // The longest reach, and a millisecond of slack for rounding in lo − longest.
      g.longest = Math.max(g.longest, to[c]! - from[c]! + 1);
    }
    return g;
  });
  return { size: n, groups };
}

/** The first index in sorted `xs` whose value is ≥ v (or > v when `after`). */
function search(xs: Float64Array, v: number, after: boolean): number {
  let a = 0;
  let b = xs.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (xs[m]! < v || (after && xs[m] === v)) a = m + 1;
    else b = m;
  }
  return a;
}

/**
 * Writes into `out` the positions (in the lane's list) of the items whose reach meets
 * [lo, hi], in list order, and returns how many. `out` must hold the lane's size, and
 * `mask` too, all zeros (it is left so).
 */
export function reaching(
  index: LaneReach,
  lo: number,
  hi: number,
  out: Int32Array,
  mask: Uint8Array,
): number {
  let count = 0;
  for (const g of index.groups) {
    const first = search(g.from, lo - g.longest, false);
    const end = search(g.from, hi, true);
    for (let i = first; i < end; i++) if (g.to[i]! >= lo) out[count++] = g.at[i]!;
  }
  // The finds are by reach, group after group; the layout takes them in list order.
  inOrder(out, count, mask, index.size);
  return count;
}

/**
 * Sorts out[0…count) (distinct integers below `size`): a few by sorting, many (a wide
 * window) by marking them in `mask` (all zeros, left so) and reading it in order.
 */
export function inOrder(out: Int32Array, count: number, mask: Uint8Array, size: number) {
  if (count * 16 < size) {
    if (count > 1) out.subarray(0, count).sort();
    return;
  }
  for (let i = 0; i < count; i++) mask[out[i]!] = 1;
  let j = 0;
  for (let c = 0; c < size; c++) {
    if (mask[c] === 1) {
      mask[c] = 0;
      out[j++] = c;
    }
  }
}
