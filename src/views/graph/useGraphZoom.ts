/**
 * Zoom and pan for the graph: the one place d3-zoom is attached. Created on mount,
 * removed on unmount. The transform is handed to `onZoom`; the caller decides whether to
 * re-render (SVG) or redraw (canvas).
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface GraphZoom {
  zoomBy(k: number): void;
  zoomTo(t: ZoomTransform): void;
}

export function useGraphZoom<E extends Element>(
  ref: RefObject<E | null>,
  size: { width: number; height: number },
  onZoom: (t: ZoomTransform) => void,
  scaleExtent: [number, number] = [0.05, 8],
): GraphZoom {
  const onZoomRef = useRef(onZoom);
  const behaviour = useRef<ZoomBehavior<E, unknown> | null>(null);
  useEffect(() => {
    onZoomRef.current = onZoom;
  }, [onZoom]);

  const [lo, hi] = scaleExtent;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const z = zoom<E, unknown>()
      .scaleExtent([lo, hi])
      .on('zoom', (e: { transform: ZoomTransform }) => onZoomRef.current(e.transform));
    const selection = select(el);
    selection.call(z).on('dblclick.zoom', null);
    behaviour.current = z;
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [ref, lo, hi]);

  // The viewport's size is known: giving it saves d3-zoom from reading clientWidth, which
  // would force a layout of the whole page in the middle of a render.
  const { width, height } = size;
  useEffect(() => {
    behaviour.current?.extent([
      [0, 0],
      [width, height],
    ]);
  }, [width, height, lo, hi, ref]);

  const zoomBy = useCallback(
    (k: number) => {
      if (ref.current && behaviour.current) select(ref.current).call(behaviour.current.scaleBy, k);
    },
    [ref],
  );
  const zoomTo = useCallback(
    (t: ZoomTransform) => {
      if (ref.current && behaviour.current)
        select(ref.current).call(behaviour.current.transform, t);
    },
    [ref],
  );
  return { zoomBy, zoomTo };
}

/** The transform that shows every point with a margin, never zooming in past 1. */
export function fitTransform(
  points: Iterable<readonly [number, number]>,
  width: number,
  height: number,
  margin = 24,
): ZoomTransform {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (!Number.isFinite(x0)) return zoomIdentity;
  // Inside the view already: leave it be, so a small graph is shown at its true size.
  if (x0 >= 0 && y0 >= 0 && x1 <= width && y1 <= height) return zoomIdentity;
  const k = Math.min(
    1,
    (width - 2 * margin) / Math.max(1, x1 - x0),
    (height - 2 * margin) / Math.max(1, y1 - y0),
  );
  return zoomIdentity
    .translate(width / 2 - (k * (x0 + x1)) / 2, height / 2 - (k * (y0 + y1)) / 2)
    .scale(k);
}

/**
 * Fits the view to the first layout that lands after mount (the drawing is remounted for
 * each dataset). Later layouts, after filter changes, keep the reader's zoom and pan unless
 * part of the drawing would fall outside the view (collapsing to top-level actors, say):
 * then the view fits again, so every mark and edge stays in sight.
 */
export function useFitLayout(
  zoom: GraphZoom,
  generation: number,
  /** What must stay in view: every mark's box and every edge's midpoint. */
  content: () => (readonly [number, number])[],
  current: () => ZoomTransform,
  width: number,
  height: number,
) {
  // The generation showing at mount belongs to the previous graph (or to none).
  const [mountedAt] = useState(generation);
  const fitted = useRef(-1);
  useEffect(() => {
    if (fitted.current === generation || generation === mountedAt) return;
    const first = fitted.current < 0;
    fitted.current = generation;
    const points = content();
    const t = current();
    const outside = points.some(([x, y]) => {
      const [sx, sy] = t.apply([x, y]);
      return sx < 0 || sy < 0 || sx > width || sy > height;
    });
    if (first || outside) zoom.zoomTo(fitTransform(points, width, height));
  }, [generation, mountedAt, content, current, width, height, zoom]);
}
