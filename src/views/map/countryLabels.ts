/**
 * Where the country names go at a view: the largest countries on screen first, each where
 * a reader looks for it, and none overlapping another. A country wholly in view is named at
 * its centroid; one the view cuts is named at the centroid of its part in view (the country
 * clipped to the view's rectangle), so zooming in on Pakistan still says "Pakistan", and
 * a neighbour whose centre is off-screen is still named on its visible part. The name is
 * then kept inside the view. D3 computes; CountryLabels renders.
 */
import { geoClipRectangle, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { CountryFeature } from '../../query/map/atlas';

export interface CountryLabel {
  name: string;
  /** The centroid, in the projection's pixels (zoom 1). */
  x: number;
  y: number;
  area: number;
  bounds: [[number, number], [number, number]];
  feature: CountryFeature;
}

export interface View {
  x: number;
  y: number;
  k: number;
}

/** A country this many square pixels on screen (in view) or more gets its name. */
const MIN_AREA = 2500;
const MAX_LABELS = 60;
/** About half a character's width at 11 px, for the overlap test. */
const HALF_CHAR = 3.3;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export function placeCountryLabels(
  projection: GeoProjection,
  labels: readonly CountryLabel[],
  view: View,
  width: number,
  height: number,
): { name: string; x: number; y: number }[] {
  const { k } = view;
  // The view's rectangle in the projection's pixels.
  const [x0, y0] = [-view.x / k, -view.y / k];
  const [x1, y1] = [(width - view.x) / k, (height - view.y) / k];
  let clipped: GeoPath | null = null;
  const candidates: { name: string; x: number; y: number; area: number }[] = [];
  for (const l of labels) {
    const [[bx0, by0], [bx1, by1]] = l.bounds;
    if (bx1 < x0 || bx0 > x1 || by1 < y0 || by0 > y1) continue;
    if (bx0 >= x0 && bx1 <= x1 && by0 >= y0 && by1 <= y1) {
      if (l.area * k * k >= MIN_AREA)
        candidates.push({ name: l.name, x: l.x, y: l.y, area: l.area });
      continue;
    }
    // Only now, and once per view: clipping is the costly part.
    clipped ??= geoPath({
      stream: (s) => projection.stream(geoClipRectangle(x0, y0, x1, y1)(s)),
    });
    const area = clipped.area(l.feature);
    if (area * k * k < MIN_AREA) continue;
    const [cx, cy] = clipped.centroid(l.feature);
    if (Number.isFinite(cx) && Number.isFinite(cy))
      candidates.push({ name: l.name, x: cx, y: cy, area });
  }
  candidates.sort((a, b) => b.area - a.area);

  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const shown: { name: string; x: number; y: number }[] = [];
  for (const c of candidates) {
    if (shown.length >= MAX_LABELS) break;
    const half = c.name.length * HALF_CHAR;
    // The name sits a little below the point (where a country-level place has its badge),
    // inside the view.
    const x = clamp(view.x + c.x * k, half + 4, width - half - 4);
    const y = clamp(view.y + c.y * k, -8, height - 32);
    const box = { x0: x - half, y0: y + 12, x1: x + half, y1: y + 28 };
    if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1))
      continue;
    placed.push(box);
    shown.push({ name: c.name, x, y });
  }
  return shown;
}
