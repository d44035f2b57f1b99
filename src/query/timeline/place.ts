/**
 * Where a date falls in pixels, honestly: a point at its instant, a span over the period it
 * names, soft ends over what it possibly covers, and an open end drawn a short way out from
 * its finite end (OPEN_REACH pixels, faded, with an arrow) rather than across the plot.
 * Nothing is placed at the middle of an uncertain span. Pure.
 */
import type { MarkTime } from './extent';

/** How far (px) an open end reaches beyond the finite end it leaves from. */
export const OPEN_REACH = 48;
/** The narrowest a span is drawn (px). */
export const MIN_SPAN_PX = 3;

/** A date's horizontal extent in pixels. */
export interface Placed {
  /** What it possibly covers, open reaches included: the whole drawn extent. */
  s0: number;
  s1: number;
  /** The period it names: its solid part (a point: its x twice). */
  x0: number;
  x1: number;
  point: boolean;
}

const set = (out: Placed, s0: number, s1: number, x0: number, x1: number, point: boolean) => {
  out.s0 = s0;
  out.s1 = s1;
  out.x0 = x0;
  out.x1 = x1;
  out.point = point;
  return out;
};

/**
 * Places a mark time with a time→pixel function (which may clamp far values). With `out`,
 * writes into it rather than allocating (the layout places every mark in view each frame).
 */
export function place(
  t: MarkTime,
  X: (t: number) => number,
  out: Placed = { s0: 0, s1: 0, x0: 0, x1: 0, point: false },
): Placed {
  if (t.shape === 'point') {
    const x = X(t.anchor);
    return set(out, X(t.softStart), X(t.softEnd), x, x, true);
  }
  if (t.openStart && t.openEnd) {
    // Undated both ways (a lasting tie): it holds across the view.
    return set(out, X(-Infinity), X(Infinity), X(-Infinity), X(Infinity), false);
  }
  let x0 = t.openStart ? X(t.coreStart) - OPEN_REACH : X(t.start);
  let x1 = t.openEnd ? X(t.coreEnd) + OPEN_REACH : X(t.end);
  if (x1 - x0 < MIN_SPAN_PX) {
    const mid = (x0 + x1) / 2; // a pixel-level widening of a tiny bar, not a date claim
    x0 = mid - MIN_SPAN_PX / 2;
    x1 = mid + MIN_SPAN_PX / 2;
  }
  const s0 = t.fuzzyStart ? Math.min(x0, X(t.softStart)) : x0;
  const s1 = t.fuzzyEnd ? Math.max(x1, X(t.softEnd)) : x1;
  return set(out, s0, s1, x0, x1, false);
}

/**
 * Where an event's link between two lanes runs: at its instant when the date is a day (or a
 * time), else over the whole extent it possibly covers, clipped to the view [L, R]; null
 * when that is out of view.
 */
export function linkSpan(p: Placed, L: number, R: number): { x0: number; x1: number } | null {
  const x0 = p.point ? p.x0 : Math.max(L, p.s0);
  const x1 = p.point ? p.x1 : Math.min(R, p.s1);
  if (x1 < L || x0 > R) return null;
  return { x0, x1 };
}
