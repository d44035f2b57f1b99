/**
 * Zoom and pan for the map: the one place d3-zoom is attached, on mount, removed on
 * unmount. During a gesture the transform goes to `onFrame` at most once per animation
 * frame (the caller moves its layers and redraws its canvas outside React); when the
 * gesture ends it goes to `onEnd`, where React renders the settled state, told whether the
 * person moved the map by hand (a drag or wheel that moved it, the zoom buttons or keys)
 * rather than the app (fitting, following the selection).
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface MapZoom {
  zoomBy(k: number): void;
  zoomTo(t: ZoomTransform): void;
  /** The transform now, mid-gesture included. */
  current(): ZoomTransform;
}

export function useMapZoom(
  ref: RefObject<SVGSVGElement | null>,
  size: { width: number; height: number },
  onFrame: (t: ZoomTransform) => void,
  onEnd: (t: ZoomTransform, byHand: boolean) => void,
): MapZoom {
  const handlers = useRef({ onFrame, onEnd });
  useEffect(() => {
    handlers.current = { onFrame, onEnd };
  }, [onFrame, onEnd]);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const transform = useRef<ZoomTransform>(zoomIdentity);
  /** Set while zoomBy runs: the buttons and +/− keys are the person's doing. */
  const stepping = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    let from = zoomIdentity;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 4096])
      .on('start', (e: { transform: ZoomTransform }) => {
        from = e.transform;
      })
      .on('zoom', (e: { transform: ZoomTransform }) => {
        transform.current = e.transform;
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          handlers.current.onFrame(transform.current);
        });
      })
      .on('end', (e: { transform: ZoomTransform; sourceEvent: unknown }) => {
        transform.current = e.transform;
        // A click on a place also starts and ends a gesture, without moving anything.
        const moved = e.sourceEvent != null && e.transform.toString() !== from.toString();
        handlers.current.onEnd(e.transform, stepping.current || moved);
      });
    const selection = select(el);
    selection.call(z).on('dblclick.zoom', null);
    behaviour.current = z;
    return () => {
      cancelAnimationFrame(frame);
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [ref]);

  // Giving d3-zoom the size saves it from reading clientWidth mid-render.
  const { width, height } = size;
  useEffect(() => {
    behaviour.current?.extent([
      [0, 0],
      [width, height],
    ]);
  }, [width, height]);

  const zoomBy = useCallback(
    (k: number) => {
      if (!ref.current || !behaviour.current) return;
      stepping.current = true;
      select(ref.current).call(behaviour.current.scaleBy, k);
      stepping.current = false;
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
  const current = useCallback(() => transform.current, []);
  return { zoomBy, zoomTo, current };
}
