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
  let terms: number[];
  if (t.shape === 'point') terms = [t.anchor, t.softStart, t.softEnd];
  else if (t.openStart && t.openEnd) return [-Infinity, Infinity];
  else {
    terms = [t.openStart ? t.coreStart : t.start, t.openEnd ? t.coreEnd : t.end];
    if (t.fuzzyStart) terms.push(t.softStart);
    if (t.fuzzyEnd) terms.push(t.softEnd);
  }
  if (!terms.every(Number.isFinite)) return [-Infinity, Infinity];
  return [Math.min(...terms), Math.max(...terms)];
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
  groups: ReachGroup[];
}

const lengthClass = (len: number) =>
  !Number.isFinite(len) ? 2048 : len < 1 ? 0 : 1 + Math.ceil(Math.log2(len));

/** The index of one lane, whose items are `list` (positions into `times`). */
export function laneReach(times: readonly MarkTime[], list: ArrayLike<number>): LaneReach {
  const byClass = new Map<number, { from: number; to: number; at: number }[]>();
  for (let c = 0; c < list.length; c++) {
    const [from, to] = reachOf(times[list[c]!]!);
    const cls = lengthClass(to - from);
    const items = byClass.get(cls);
    const item = { from, to, at: c };
    if (items) items.push(item);
    else byClass.set(cls, [item]);
  }
  const groups = [...byClass.values()].map((items) => {
    items.sort((a, b) => a.from - b.from || a.at - b.at);
    // The longest reach, and a millisecond of slack for rounding in lo − longest.
    let longest = 0;
    for (const i of items) longest = Math.max(longest, i.to - i.from + 1);
    return {
      from: Float64Array.from(items, (i) => i.from),
      to: Float64Array.from(items, (i) => i.to),
      at: Int32Array.from(items, (i) => i.at),
      longest,
    };
  });
  return { groups };
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
 * [lo, hi], in list order, and returns how many. `out` must hold the lane's length.
 */
export function reaching(index: LaneReach, lo: number, hi: number, out: Int32Array): number {
  let count = 0;
  for (const g of index.groups) {
    const first = search(g.from, lo - g.longest, false);
    const end = search(g.from, hi, true);
    for (let i = first; i < end; i++) if (g.to[i]! >= lo) out[count++] = g.at[i]!;
  }
  // The finds are by reach, group after group; the layout takes them in list order.
  if (count > 1) out.subarray(0, count).sort();
  return count;
}
