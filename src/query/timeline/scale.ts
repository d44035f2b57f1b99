/**
 * The timeline's time scale. The main view's x-domain is the store's time window
 * (filters.window) or, when that is null, the whole span padded a little. Infinite window
 * ends (a link with from=..) stand for the padded span's ends.
 */
export const DAY = 86_400_000;
export const YEAR = 365.2425 * DAY;
/** The narrowest window the timeline zooms to. */
export const MIN_WINDOW = 2 * DAY;

/** The whole span, padded by 2% of its length (at least 30 days) on each side. */
export function paddedSpan(span: readonly [number, number]): [number, number] {
  let [lo, hi] = span;
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) {
    const now = Date.UTC(2000, 0, 1);
    [lo, hi] = [now - YEAR, now + YEAR];
  }
  const pad = Math.max(30 * DAY, (hi - lo) * 0.02);
  return [lo - pad, hi + pad];
}

/** The domain the main view shows for a window. Never narrower than MIN_WINDOW. */
export function viewDomain(
  window: readonly [number, number] | null,
  span: readonly [number, number],
): [number, number] {
  const whole = paddedSpan(span);
  if (!window) return whole;
  let from = Number.isFinite(window[0]) ? window[0] : whole[0];
  let to = Number.isFinite(window[1]) ? window[1] : whole[1];
  if (to < from) [from, to] = [to, from];
  if (to - from < MIN_WINDOW) {
    const mid = (from + to) / 2;
    from = mid - MIN_WINDOW / 2;
    to = mid + MIN_WINDOW / 2;
  }
  return [from, to];
}

/** The main view's scale: instants (ms, UTC) to pixels, and back. */
export interface TimeScale {
  (t: number): number;
  invert(px: number): number;
}

/**
 * The main view's scale from a domain (ms) to pixels: linear, computed as d3's scaleLinear
 * and scaleUtc compute it (the same pixels to the last bit). Written out because d3-scale
 * brought its tick formatting (d3-format or d3-time-format) into the first download, and the
 * axis makes its own ticks (ticks.ts). An empty domain maps to the middle of the range.
 */
export function timeScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): TimeScale {
  const x = (t: number) => linear(domain, range, t);
  x.invert = (px: number) => linear(range, domain, px);
  return x;
}

/** `v` from [a0, a1] onto [b0, b1], a reversed `a` read from its low end (as d3 does). */
function linear(a: readonly [number, number], b: readonly [number, number], v: number): number {
  const [a0, a1, b0, b1] = a[1] < a[0] ? [a[1], a[0], b[1], b[0]] : [a[0], a[1], b[0], b[1]];
  const u = a1 - a0 === 0 ? 0.5 : (v - a0) / (a1 - a0);
  return b0 * (1 - u) + b1 * u;
}

/** Clamps a window into the whole (padded) span, keeping its width where it can. */
export function clampWindow(
  window: readonly [number, number],
  whole: readonly [number, number],
): [number, number] {
  const [lo, hi] = whole;
  let [from, to] = window;
  const width = Math.min(Math.max(to - from, MIN_WINDOW), hi - lo);
  if (from < lo) [from, to] = [lo, lo + width];
  if (to > hi) [from, to] = [hi - width, hi];
  return [Math.max(lo, from), Math.min(hi, to)];
}

/** Zooms a window about an instant by a factor (> 1 zooms in). */
export function zoomWindow(
  window: readonly [number, number],
  factor: number,
  about = (window[0] + window[1]) / 2,
): [number, number] {
  const [from, to] = window;
  return [about - (about - from) / factor, about + (to - about) / factor];
}

/** Moves a window by a share of its width (negative moves earlier). */
export function panWindow(window: readonly [number, number], share: number): [number, number] {
  const shift = (window[1] - window[0]) * share;
  return [window[0] + shift, window[1] + shift];
}
