/**
 * Aggregation: when a lane holds more marks than its rows can keep apart, the crowded
 * stretches merge into density cells that give a count. Cells are time bins whose width is
 * a power-of-two number of hours near `targetPx` pixels, aligned to the epoch, so a bin
 * stays put while panning and splits in two as you zoom in.
 */

const HOUR = 3_600_000;

/** The bin width (ms) for a scale of `msPerPx`: a power of two hours, about targetPx wide. */
export function binWidth(msPerPx: number, targetPx = 18): number {
  const hours = (targetPx * msPerPx) / HOUR;
  return HOUR * 2 ** Math.max(0, Math.round(Math.log2(Math.max(1, hours))));
}

/** The bin an instant falls in. */
export const binOf = (t: number, binMs: number) => Math.floor(t / binMs);

export interface Bin {
  bin: number;
  /** Item ids in the bin. */
  items: number[];
}

/** Groups items (ids with an instant each) into bins; returns them sorted by bin. */
export function binItems(
  ids: ArrayLike<number>,
  instantOf: (id: number) => number,
  binMs: number,
): Bin[] {
  const bins = new Map<number, number[]>();
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    const b = binOf(instantOf(id), binMs);
    const list = bins.get(b);
    if (list) list.push(id);
    else bins.set(b, [id]);
  }
  return [...bins].sort((a, b) => a[0] - b[0]).map(([bin, items]) => ({ bin, items }));
}

/** The bins holding more than `capacity` items: too many to keep apart. */
export function denseBins(bins: readonly Bin[], capacity: number): Set<number> {
  return new Set(bins.filter((b) => b.items.length > capacity).map((b) => b.bin));
}
