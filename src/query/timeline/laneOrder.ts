/**
 * Which lanes come first and how tall they are, for the window shown. Pure.
 *
 * Order: the affiliation tree is kept (children stay under their parent), but siblings are
 * sorted by how much happens in the window in their whole subtree, busiest first (ties keep
 * the tree's order). So the actors a window is about sit at the top without losing who
 * belongs to whom.
 *
 * Height: a lane is as tall as its rows need and no taller; a lane with nothing in the
 * window (no mark, no cell, no link arriving) folds to a thin named line.
 */

/** A lane as the order needs it: its depth in the tree (lanes come in tree pre-order). */
export interface OrderLane {
  depth: number;
}

/**
 * The display order of lanes (indexes into `lanes`), by subtree activity among siblings.
 * `lanes` are in tree pre-order: a lane's parent is the nearest earlier lane less deep.
 */
export function orderLanes(lanes: readonly OrderLane[], activity: ArrayLike<number>): number[] {
  const n = lanes.length;
  const children: number[][] = [];
  const roots: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    children.push([]);
    const d = lanes[i]!.depth;
    while (stack.length && lanes[stack[stack.length - 1]!]!.depth >= d) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent === undefined) roots.push(i);
    else children[parent]!.push(i);
    stack.push(i);
  }
  const total = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    total[i] = (activity[i] ?? 0) + children[i]!.reduce((s, c) => s + total[c]!, 0);
  }
  const busiest = (a: number, b: number) => total[b]! - total[a]! || a - b;
  const out: number[] = [];
  const visit = (i: number) => {
    out.push(i);
    for (const c of [...children[i]!].sort(busiest)) visit(c);
  };
  for (const r of [...roots].sort(busiest)) visit(r);
  return out;
}

/** The inverse of an order: each lane's display position. */
export function positionsOf(order: readonly number[]): Int32Array {
  const pos = new Int32Array(order.length);
  order.forEach((lane, p) => (pos[lane] = p));
  return pos;
}

export interface LaneBox {
  /** Rows of marks (0 for an idle lane). */
  rows: number;
  /** Stripes of relations (folded: at most a few). */
  bands: number;
  /** Strips where links from lanes above / below end. */
  linkTop: boolean;
  linkBottom: boolean;
}

export const LANE_METRICS = {
  /** A folded lane: a thin line that still carries its name. */
  folded: 9,
  pad: 2,
  /** A relation stripe with its label on the line. */
  band: 8,
  linkStrip: 6,
} as const;

/** A lane is idle when nothing of it is in view: it folds. */
export const isIdle = (b: LaneBox) => b.rows === 0 && !b.linkTop && !b.linkBottom;

/** A lane's height: its rows, stripes and link strips; an idle lane folds to a thin line. */
export function laneHeight(b: LaneBox, rowHeight: number): number {
  const m = LANE_METRICS;
  if (isIdle(b)) return m.folded;
  return (
    (b.linkTop ? m.linkStrip : 0) +
    m.pad * 2 +
    b.rows * rowHeight +
    b.bands * m.band +
    (b.linkBottom ? m.linkStrip : 0)
  );
}

/**
 * The lanes' view height on first load: grown to the lanes' content if they do not fit,
 * never past `cap`, never shrunk below what the view already has.
 */
export function fitLanes(content: number, current: number, cap: number): number {
  return Math.max(current, Math.min(cap, content));
}
