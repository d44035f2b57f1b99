/**
 * Moves a laid-out timeline to another window without laying it out again: time is linear in
 * x, so every x of the old layout maps to the new window by x' = a·x + b. Sizes (radii, row
 * heights, the label font) stay; only positions and widths along time change. Used while a
 * gesture runs ahead of the store: rows, density cells and lane order stay those of the last
 * layout until the gesture settles and the real layout takes over.
 */
import { CLAMP_MARGIN, type CellLayout, type MarkLayout, type TimelineLayout } from './layout';
import type { BarEnds } from './segments';

export interface PixelMap {
  a: number;
  b: number;
}

/** The map from pixels laid out for `from` to pixels for `to`, over the plot's range. */
export function pixelMap(
  from: readonly [number, number],
  to: readonly [number, number],
  range: readonly [number, number],
): PixelMap {
  const [L, R] = range;
  const span = Math.max(1, to[1] - to[0]);
  const a = (from[1] - from[0]) / span;
  // x at `from` is a time t = from0 + (x − L)·(from span)/(R − L); at `to` it sits at
  // L + (t − to0)·(R − L)/(to span).
  const b = L - a * L + ((from[0] - to[0]) * (R - L)) / span;
  return { a, b };
}

export const isIdentity = (m: PixelMap) => m.a === 1 && m.b === 0;

/**
 * The map as a function of x, for a layout over `range`. An x the layout clamped at an edge
 * (an open or undated end, L − 1 / R + 1, or a time beyond the margin) is not a time: it
 * stays beyond that edge, so a lasting tie still runs to the edge while zooming out.
 */
export function shiftX(map: PixelMap, range: readonly [number, number]): (x: number) => number {
  const [L, R] = range;
  return (x) =>
    x === L - 1 || x <= L - CLAMP_MARGIN || x === R + 1 || x >= R + CLAMP_MARGIN
      ? x
      : map.a * x + map.b;
}

function shiftEnds<T extends BarEnds>(e: T, X: (x: number) => number): T {
  return { ...e, x0: X(e.x0), x1: X(e.x1), s0: X(e.s0), s1: X(e.s1) };
}

function shiftMark(m: MarkLayout, map: PixelMap, X: (x: number) => number): MarkLayout {
  return {
    ...shiftEnds(m, X),
    cx: X(m.cx),
    labelX: X(m.labelX),
    // The gap before the next mark in the row scales with the zoom.
    labelRoom: m.labelRoom * map.a,
    link: m.link && { ...m.link, x0: X(m.link.x0), x1: X(m.link.x1) },
    known: m.known && { ...m.known, x0: X(m.known.x0), x1: X(m.known.x1) },
    whisker: m.whisker && shiftEnds(m.whisker, X),
  };
}

const shiftCell = (c: CellLayout, X: (x: number) => number): CellLayout => ({
  ...c,
  x0: X(c.x0),
  x1: X(c.x1),
});

/**
 * The layout's marks and cells moved by `map`; its relation bands too with `bands` (a
 * gesture draws them moved on its own canvas). Lanes and rows are left as they are.
 */
export function shiftLayout(
  layout: TimelineLayout,
  map: PixelMap,
  range: readonly [number, number],
  { bands = false }: { bands?: boolean } = {},
): TimelineLayout {
  if (isIdentity(map)) return layout;
  const X = shiftX(map, range);
  return {
    ...layout,
    marks: layout.marks.map((m) => shiftMark(m, map, X)),
    cells: layout.cells.map((c) => shiftCell(c, X)),
    bands: bands ? layout.bands.map((b) => shiftEnds(b, X)) : layout.bands,
  };
}
