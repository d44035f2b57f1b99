/**
 * The timeline's time scale. The main view's x-domain is the store's time window
 * (filters.window) or, when that is null, the whole span padded a little. Infinite window
 * ends (a link with from=..) stand for the padded span's ends.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';

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

/** A UTC time scale from a domain to pixels. */
export function timeScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([range[0], range[1]]);
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
