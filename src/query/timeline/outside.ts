/**
 * Events outside the focus window: how many lie wholly before or after it, and the window
 * that brings them in ("1 earlier event (1947) ◀" moves the window to include 1947).
 */
import type { DatasetIndex } from '../indexes';
import type { DateBasis } from '../dateBasis';

export interface Outside {
  count: number;
  /** Earliest and latest finite instants they possibly cover: the window that takes them in. */
  from: number;
  to: number;
  /** Their years, e.g. "1947", "1990–2003", "2022 onward" or "until 1947". */
  years: string;
}

export interface OutsideWindow {
  before: Outside | null;
  after: Outside | null;
}

const yearOf = (t: number) => new Date(t).getUTCFullYear();

/** Years from a to b (finite), open on a side when some event runs on without an end there. */
function years(a: number, b: number, openBefore: boolean, openAfter: boolean): string {
  if (openBefore) return `until ${yearOf(b)}`;
  if (openAfter) return `${yearOf(a)} onward`;
  return yearOf(a) === yearOf(b) ? String(yearOf(a)) : `${yearOf(a)}–${yearOf(b)}`;
}

/**
 * Counts events (indexes into index.events) that lie wholly before or after the window, by
 * the period they possibly cover under the date basis (as the window filter does by
 * default). An event wholly after the window has a finite start; one wholly before, a
 * finite end; the other end may be open, and the label says so.
 */
export function outsideWindow(
  index: DatasetIndex,
  events: ArrayLike<number>,
  window: readonly [number, number] | null,
  basis: DateBasis = 'best',
): OutsideWindow {
  if (!window) return { before: null, after: null };
  const [from, to] = window;
  const { softStart, softEnd } = index.dates[basis];
  let openBefore = false;
  let openAfter = false;
  let nb = 0;
  let na = 0;
  let b0 = Infinity;
  let b1 = -Infinity;
  let a0 = Infinity;
  let a1 = -Infinity;
  for (let k = 0; k < events.length; k++) {
    const i = events[k]!;
    const s = softStart[i]!;
    const e = softEnd[i]!;
    if (e < from) {
      nb++;
      if (Number.isFinite(s)) b0 = Math.min(b0, s);
      else openBefore = true;
      b0 = Math.min(b0, e);
      b1 = Math.max(b1, e);
    } else if (s > to) {
      na++;
      if (Number.isFinite(e)) a1 = Math.max(a1, e);
      else openAfter = true;
      a0 = Math.min(a0, s);
      a1 = Math.max(a1, s);
    }
  }
  return {
    before: nb ? { count: nb, from: b0, to: b1, years: years(b0, b1, openBefore, false) } : null,
    after: na ? { count: na, from: a0, to: a1, years: years(a0, a1, false, openAfter) } : null,
  };
}

const plural = (n: number, word: string) =>
  `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** The edge button's words: ["◀ 1 earlier event", "(1947)"], ["5 later events", "(2022 onward) ▶"]. */
export function edgeLabel(o: Outside, side: 'before' | 'after'): [string, string] {
  return side === 'before'
    ? [`◀ ${plural(o.count, 'earlier event')}`, `(${o.years})`]
    : [plural(o.count, 'later event'), `(${o.years}) ▶`];
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
