/**
 * d3-zoom on the main view, attached in this one hook. The store's window is the truth:
 * gestures (wheel, drag, pinch, double-click) turn d3's transform into a window and write it
 * to the live window (gestureWriter.ts: drawn every frame, given to the store when the
 * gesture pauses or ends); every window change from elsewhere (buttons, keys, brush, links)
 * moves d3's transform to match, so the next gesture starts from what is shown. Zooming
 * changes the scale, never the size of marks.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { MIN_WINDOW, clampWindow, timeScale } from '../../query/timeline/scale';
import type { WindowWriter } from './hooks';

export interface ZoomOptions {
  /** The whole span (padded): zoom factor 1. */
  whole: readonly [number, number];
  /** The plot's pixel range. */
  range: readonly [number, number];
  /** The window shown now. */
  domain: readonly [number, number];
  writer: WindowWriter;
}

const isControl = (t: EventTarget | null) =>
  t instanceof Element && t.closest('button, input, select, label, a, .tl-no-zoom') !== null;

/** Whether a pointer event is over the lane names (left of the plot). */
export const overGutter = (e: MouseEvent, el: Element, L: number) =>
  e.clientX - el.getBoundingClientRect().left < L;

export function useTimelineZoom(ref: RefObject<HTMLElement | null>, opts: ZoomOptions) {
  const { whole, range, domain } = opts;
  const behaviorRef = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const latest = useRef(opts);
  useEffect(() => {
    latest.current = opts;
  });

  // Attach once.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const sel = select(el);
    const behavior = zoom<HTMLElement, unknown>()
      .filter((e: Event) => {
        if (e.type === 'wheel') {
          const w = e as WheelEvent;
          // Shift+wheel, and a wheel over the lane names, scroll the lanes (useLaneScroll).
          if (!w.ctrlKey && (w.shiftKey || overGutter(w, el, latest.current.range[0]))) {
            return false;
          }
          return Math.abs(w.deltaY) >= Math.abs(w.deltaX);
        }
        const m = e as MouseEvent;
        if (isControl(e.target)) return false;
        return (!m.ctrlKey || e.type === 'wheel') && !m.button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!event.sourceEvent) return; // our own sync below
        const { whole, range } = latest.current;
        // The window the gesture shows: the view's ends, back through the zoom, into time
        // (whole milliseconds, as d3's time scale read it).
        const x = timeScale(whole, range);
        const at = (px: number) => Math.round(x.invert(event.transform.invertX(px)));
        latest.current.writer.write([at(range[0]), at(range[1])]);
      })
      // A drag ends on release; a wheel 150 ms after its last step: the store gets it now.
      .on('end', () => latest.current.writer.settle());
    sel.call(behavior);
    // A sideways wheel (a trackpad swipe) pans.
    const onWheel = (e: WheelEvent) => {
      if (e.shiftKey || Math.abs(e.deltaX) <= Math.abs(e.deltaY)) return;
      e.preventDefault();
      const { range, whole, writer } = latest.current;
      // A swipe continues from what is shown, which may be ahead of the store.
      const domain = writer.live.get() ?? latest.current.domain;
      const msPerPx = (domain[1] - domain[0]) / Math.max(1, range[1] - range[0]);
      const shift = e.deltaX * (e.deltaMode === 1 ? 16 : 1) * msPerPx;
      writer.write(clampWindow([domain[0] + shift, domain[1] + shift], whole));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    behaviorRef.current = behavior;
    return () => {
      sel.on('.zoom', null);
      el.removeEventListener('wheel', onWheel);
      behaviorRef.current = null;
    };
  }, [ref]);

  // Keep d3's extents and transform in step with the window.
  const [w0, w1] = whole;
  const [L, R] = range;
  const [d0, d1] = domain;
  useEffect(() => {
    const behavior = behaviorRef.current;
    const el = ref.current;
    if (!behavior || !el || R <= L) return;
    behavior
      .extent([
        [L, 0],
        [R, 1],
      ])
      .translateExtent([
        [L, -Infinity],
        [R, Infinity],
      ])
      .scaleExtent([1, Math.max(1, (w1 - w0) / MIN_WINDOW)]);
    if (latest.current.writer.pending()) return; // a gesture is ahead of the store
    const base = timeScale([w0, w1], [L, R]);
    const k = (w1 - w0) / Math.max(1, d1 - d0);
    const t = zoomIdentity.translate(L - k * base(d0), 0).scale(k);
    behavior.transform(select(el), t);
  }, [ref, w0, w1, L, R, d0, d1]);
}
