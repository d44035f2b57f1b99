/**
 * Following a selection: the window to pan to so a mark is in view, or null when it already
 * is (or has no finite date to go to). The width is kept: following pans, it never zooms. Pure.
 */
import type { MarkTime } from './extent';

/** A point this close (share of the width) to an edge counts as out of view. */
const EDGE = 0.03;

export function followWindow(
  t: MarkTime,
  window: readonly [number, number],
): [number, number] | null {
  const [d0, d1] = window;
  const w = d1 - d0;
  if (t.shape === 'point' && Number.isFinite(t.anchor)) {
    if (t.anchor >= d0 + EDGE * w && t.anchor <= d1 - EDGE * w) return null;
    return [t.anchor - w / 2, t.anchor + w / 2];
  }
  const a = t.coreStart;
  const b = t.coreEnd;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  if (a < d1 && b > d0) return null; // some of its solid part is in view
  // Fits: centre it; too long: show its start, a little in.
  if (b - a <= w * (1 - 2 * EDGE)) {
    const mid = (a + b) / 2;
    return [mid - w / 2, mid + w / 2];
  }
  return [a - EDGE * w, a - EDGE * w + w];
}
