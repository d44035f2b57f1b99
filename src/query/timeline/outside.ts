/**
 * Events outside the focus window: how many lie wholly before or after it, and the window
 * that brings them in ("1 earlier event (1947) ◀" moves the window to include 1947).
 */
import type { DatasetIndex } from '../indexes';

export interface Outside {
  count: number;
  /** Earliest and latest instants they possibly cover (finite). */
  from: number;
  to: number;
  /** Their years, e.g. "1947" or "1990–2003". */
  years: string;
}

export interface OutsideWindow {
  before: Outside | null;
  after: Outside | null;
}

const yearOf = (t: number) => new Date(t).getUTCFullYear();
const years = (a: number, b: number) =>
  yearOf(a) === yearOf(b) ? String(yearOf(a)) : `${yearOf(a)}–${yearOf(b)}`;

/**
 * Counts events (indexes into index.events) that lie wholly before or after the window, by
 * the period they possibly cover (as the window filter does by default).
 */
export function outsideWindow(
  index: DatasetIndex,
  events: ArrayLike<number>,
  window: readonly [number, number] | null,
): OutsideWindow {
  if (!window) return { before: null, after: null };
  const [from, to] = window;
  let nb = 0;
  let na = 0;
  let b0 = Infinity;
  let b1 = -Infinity;
  let a0 = Infinity;
  let a1 = -Infinity;
  for (let k = 0; k < events.length; k++) {
    const i = events[k]!;
    const s = index.softStart[i]!;
    const e = index.softEnd[i]!;
    if (e < from) {
      nb++;
      if (s < b0) b0 = s;
      if (e > b1) b1 = e;
    } else if (s > to) {
      na++;
      if (s < a0) a0 = s;
      if (e > a1) a1 = e;
    }
  }
  return {
    before: nb ? { count: nb, from: b0, to: b1, years: years(b0, b1) } : null,
    after: na ? { count: na, from: a0, to: a1, years: years(a0, a1) } : null,
  };
}

/** The window widened to take in [from, to], with a little room at the new edge. */
export function includeInWindow(
  window: readonly [number, number],
  from: number,
  to: number,
): [number, number] {
  const lo = Math.min(window[0], from);
  const hi = Math.max(window[1], to);
  const pad = (hi - lo) * 0.03;
  return [lo < window[0] ? lo - pad : lo, hi > window[1] ? hi + pad : hi];
}
