/**
 * The place filter drawn on the map: a box on screen (the brush's, or the whole view)
 * brought back to longitudes and latitudes through the zoom and the projection, written to
 * the store's filters; and the filter's box as a path on the map (its edges follow the
 * meridians and parallels, whatever the projection).
 */
import { useCallback, useMemo, useState } from 'react';
import { geoGraticule, geoPath, type GeoProjection } from 'd3-geo';
import { bboxOfPoints, type Bbox } from '../../query/map/bbox';
import { useStore } from '../../store/store';
import type { ScreenBox } from './useMapBrush';
import type { MapZoom } from './useMapZoom';

export function usePlaceFilter(projection: GeoProjection, zoom: MapZoom, bbox: Bbox | null) {
  const [brushing, setBrushing] = useState(false);
  const toFilter = useCallback(
    ([[x0, y0], [x1, y1]]: ScreenBox) => {
      const t = zoom.current();
      const points: [number, number][] = [];
      for (let s = 0; s <= 8; s++) {
        const fx = x0 + ((x1 - x0) * s) / 8;
        const fy = y0 + ((y1 - y0) * s) / 8;
        for (const [x, y] of [
          [fx, y0],
          [fx, y1],
          [x0, fy],
          [x1, fy],
        ] as const) {
          const p = projection.invert?.([(x - t.x) / t.k, (y - t.y) / t.k]);
          if (p) points.push(p);
        }
      }
      const box = bboxOfPoints(points);
      if (box) useStore.getState().setFilters({ bbox: box });
      setBrushing(false);
    },
    [projection, zoom, setBrushing],
  );
  const boxPath = useMemo(() => {
    if (!bbox) return null;
    const [w, s, e, n] = bbox;
    const outline = geoGraticule()
      .extent([
        [w, s],
        [e < w ? e + 360 : e, n],
      ])
      .outline();
    return geoPath(projection)(outline);
  }, [bbox, projection]);
  return { brushing, setBrushing, toFilter, boxPath };
}
