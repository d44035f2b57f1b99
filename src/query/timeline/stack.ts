/**
 * Stacking: overlapping marks in a lane go to separate rows, so none hides another.
 * Works in pixels (marks keep their size when the scale changes), first-fit in time order.
 */

export interface Interval {
  x0: number;
  x1: number;
}

export interface StackResult {
  /** The row of each item of `order`, or -1 when it fits no row below maxRows. */
  rows: Int32Array;
  /** Rows used. */
  rowCount: number;
  /** Items that fit no row, in input order. */
  overflow: number[];
}

/**
 * First-fit stacking. Items (given by their pixel extents x0[i]..x1[i]) are taken in the
 * order of `order` (by x0); each goes to the lowest row whose last item ends at least `gap`
 * pixels before it starts. Blockers (sorted by x0) fill every row over their extent: an item
 * that would overlap one fits no row.
 *
 * `rows` may be a buffer reused across calls (the layout stacks each lane several times a
 * frame; a fresh array the length of every event each time was its largest cost): only the
 * entries of `order` are written.
 */
export function stackRows(
  x0: ArrayLike<number>,
  x1: ArrayLike<number>,
  order: ArrayLike<number>,
  maxRows: number,
  gap = 2,
  blockers: readonly Interval[] = [],
  rows: Int32Array = new Int32Array(x0.length),
): StackResult {
  const ends: number[] = [];
  const overflow: number[] = [];
  let b = 0;
  let rowCount = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const a = x0[i]!;
    const z = x1[i]!;
    // Blockers that start before this item fill every row up to their end.
    while (b < blockers.length && blockers[b]!.x0 <= a) {
      const end = blockers[b]!.x1;
      for (let r = 0; r < maxRows; r++) if ((ends[r] ?? -Infinity) < end) ends[r] = end;
      b++;
    }
    if (b < blockers.length && blockers[b]!.x0 < z + gap) {
      rows[i] = -1;
      overflow.push(i);
      continue;
    }
    let placed = -1;
    for (let r = 0; r < maxRows; r++) {
      const end = ends[r];
      if (end === undefined || end + gap <= a) {
        placed = r;
        break;
      }
    }
    if (placed === -1) {
      rows[i] = -1;
      overflow.push(i);
      continue;
    }
    rows[i] = placed;
    ends[placed] = z;
    if (placed + 1 > rowCount) rowCount = placed + 1;
  }
  return { rows, rowCount, overflow };
}
