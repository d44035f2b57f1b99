/** Pure window maths over a set of events: fitting them, and finding the next one outside. */
import type { DatasetIndex } from '../../query/indexes';
import type { DateBasis } from '../../query/dateBasis';

/** The window that holds all the events, padded 3% each side; null if they span no time. */
export function fitWindow(
  index: DatasetIndex,
  events: Uint32Array,
  basis: DateBasis = 'best',
): [number, number] | null {
  const { softStart, softEnd } = index.dates[basis];
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of events) {
    const s = softStart[i]!;
    const e = softEnd[i]!;
    if (Number.isFinite(s) && s < lo) lo = s;
    if (Number.isFinite(e) && e > hi) hi = e;
    // Open-ended events count by their one finite end.
    if (!Number.isFinite(s) && Number.isFinite(e) && e < lo) lo = e;
    if (!Number.isFinite(e) && Number.isFinite(s) && s > hi) hi = s;
  }
  if (!(hi > lo)) return null;
  const pad = (hi - lo) * 0.03;
  return [lo - pad, hi + pad];
}

/**
 * The nearest event wholly after (dir 1) or before (dir -1) the window, and a window of the
 * same width that shows it a quarter in from the side it came from; null if there is none.
 */
export function nextOutside(
  index: DatasetIndex,
  events: Uint32Array,
  domain: readonly [number, number],
  dir: 1 | -1,
  basis: DateBasis = 'best',
): { event: number; window: [number, number] } | null {
  const { softStart, softEnd } = index.dates[basis];
  let best = -1;
  for (const i of events) {
    if (dir === 1 && softStart[i]! > domain[1]) {
      if (best < 0 || softStart[i]! < softStart[best]!) best = i;
    } else if (dir === -1 && softEnd[i]! < domain[0]) {
      if (best < 0 || softEnd[i]! > softEnd[best]!) best = i;
    }
  }
  if (best < 0) return null;
  const w = domain[1] - domain[0];
  const at = dir === 1 ? softStart[best]! : softEnd[best]!;
  const from = dir === 1 ? at - 0.75 * w : at - 0.25 * w;
  return { event: best, window: [from, from + w] };
}
