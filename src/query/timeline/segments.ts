/**
 * A bar's segments: the solid core and the faded ends. A fuzzy end fades over its soft part
 * (the period it possibly covers); an open end fades out over the last FADE pixels before
 * the view's edge. Shared by the SVG and canvas renderers.
 */

export const FADE = 40;

/** Where a bar's ends fall, in pixels, and how each end is drawn. */
export interface BarEnds {
  /** The period the date names, clamped to the view (a point: cx, cx). */
  x0: number;
  x1: number;
  /** What it possibly covers (soft edges), clamped to the view. */
  s0: number;
  s1: number;
  /** Open ends, drawn fading toward the view's edge. */
  openStart: boolean;
  openEnd: boolean;
  fuzzyStart: boolean;
  fuzzyEnd: boolean;
}

export interface Segment {
  x: number;
  w: number;
  /** 'in': opacity rises left to right; 'out': it falls; null: solid. */
  fade: 'in' | 'out' | null;
}

export function barSegments(b: BarEnds): Segment[] {
  let a = b.x0;
  let z = b.x1;
  const out: Segment[] = [];
  if (b.openStart) {
    const w = Math.min(FADE, (z - a) / (b.openEnd ? 2 : 1));
    out.push({ x: a, w, fade: 'in' });
    a += w;
  } else if (b.fuzzyStart && b.s0 < a) {
    out.push({ x: b.s0, w: a - b.s0, fade: 'in' });
  }
  let right: Segment | null = null;
  if (b.openEnd) {
    const w = Math.min(FADE, z - a);
    right = { x: z - w, w, fade: 'out' };
    z -= w;
  } else if (b.fuzzyEnd && b.s1 > z) {
    right = { x: z, w: b.s1 - z, fade: 'out' };
  }
  if (z > a) out.push({ x: a, w: z - a, fade: null });
  if (right && right.w > 0) out.push(right);
  return out;
}
