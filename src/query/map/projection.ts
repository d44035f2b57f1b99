/**
 * The map's projection, fitted to the places shown. A regional extent gets a Mercator
 * centred on it (shapes as analysts know them from atlases and ACLED's maps); a wide one,
 * and the whole world when there is nothing to fit, an Equal Earth centred on the data, so
 * that areas compare truly. Pure (d3-geo computes; nothing is drawn here).
 */
import { geoEqualEarth, geoMercator, type GeoProjection } from 'd3-geo';
import type { Bbox } from './bbox';

/** A fitted extent is at least this many degrees wide and tall (one place is not a map). */
const MIN_SPAN = 8;
/** Wider than this (degrees of longitude), the extent is drawn on Equal Earth. */
const REGIONAL = 70;

export function fitProjection(
  bounds: Bbox | null,
  width: number,
  height: number,
  margin = 28,
): GeoProjection {
  const extent: [[number, number], [number, number]] = [
    [margin, margin],
    [Math.max(margin + 1, width - margin), Math.max(margin + 1, height - margin)],
  ];
  if (!bounds) return geoEqualEarth().fitExtent(extent, { type: 'Sphere' });
  let [w, s, e, n] = bounds;
  if (e < w) e += 360; // across the antimeridian
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const half = Math.max(MIN_SPAN, e - w) / 2;
  const halfY = Math.max(MIN_SPAN * 0.75, n - s) / 2;
  [w, e] = [cx - half, cx + half];
  [s, n] = [Math.max(-80, cy - halfY), Math.min(80, cy + halfY)];
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [w, s],
      [w, n],
      [e, s],
      [e, n],
      [cx, s],
      [cx, n],
      [w, cy],
      [e, cy],
    ],
  };
  const wide = e - w > REGIONAL;
  const projection = (wide ? geoEqualEarth() : geoMercator()).rotate([-cx, 0]);
  return projection.fitExtent(extent, e - w > 180 ? { type: 'Sphere' } : corners);
}

/** Kilometres per degree of latitude. */
const KM_PER_DEGREE = 111.32;

/** How many pixels (at zoom 1) a ground distance covers at a place. */
export function groundPixels(
  projection: GeoProjection,
  lon: number,
  lat: number,
  km: number,
): number {
  const a = projection([lon, lat]);
  const b = projection([lon, Math.min(89.9, lat + km / KM_PER_DEGREE)]);
  if (!a || !b) return 0;
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}
