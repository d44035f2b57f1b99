/**
 * Draws a gesture's frames while the store still holds the window before it (gestureWriter):
 * the marks and density cells of the last layout are moved to the live window (shiftLayout)
 * and drawn on the canvas over the grid and relation bands, the axis is drawn on its own
 * canvas, and their SVG copies step aside (timeline.css, [data-gesture]). Nothing here renders
 * through React, and nothing in the page's SVG changes from frame to frame (canvasGesture.ts
 * says why); when the gesture settles, the store's window is laid out and drawn as usual.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { DatasetIndex } from '../../query/indexes';
import type { TimelineLayout } from '../../query/timeline/layout';
import { pixelMap, shiftLayout } from '../../query/timeline/shiftLayout';
import { timeScale } from '../../query/timeline/scale';
import { timeTicks } from '../../query/timeline/ticks';
import { drawCanvas } from './canvasMarks';
import { drawAxis, drawBands, drawGrid } from './canvasGesture';
import type { LiveWindow } from './liveWindow';
import { useFrame } from './hooks';

export interface GestureLayerOptions {
  live: LiveWindow;
  index: DatasetIndex;
  /** The layout drawn now, and the window it was laid out for. */
  layout: TimelineLayout;
  domain: readonly [number, number];
  range: readonly [number, number];
  width: number;
  scroll: { top: number; height: number };
  selected: ReadonlySet<number>;
  hot: ReadonlySet<number> | null;
  dpr: number;
}

/** Set on the section while this layer draws a gesture (the CSS swaps SVG for canvas). */
export const GESTURE_ATTR = 'data-gesture';
const iso = (t: number) => new Date(t).toISOString();

export function useGestureLayer(
  sectionRef: RefObject<HTMLElement | null>,
  canvasRef: RefObject<HTMLCanvasElement | null>,
  axisRef: RefObject<HTMLCanvasElement | null>,
  o: GestureLayerOptions,
) {
  const latest = useRef(o);
  useEffect(() => {
    latest.current = o;
  });
  // The page's font, read once a gesture (reading styles every frame would force a restyle).
  const font = useRef('sans-serif');

  const draw = useFrame(() => {
    const section = sectionRef.current;
    if (!section) return;
    const { live, layout, domain, range, index, width, scroll, selected, hot, dpr } =
      latest.current;
    const w = live.get();
    if (!w) {
      for (const a of [GESTURE_ATTR, 'data-live-from', 'data-live-to']) section.removeAttribute(a);
      return;
    }
    if (!section.hasAttribute(GESTURE_ATTR)) {
      font.current = getComputedStyle(section).fontFamily || 'sans-serif';
      section.setAttribute(GESTURE_ATTR, '');
    }
    // The window drawn, for tests and tools (no style depends on these attributes).
    section.setAttribute('data-live-from', iso(w[0]));
    section.setAttribute('data-live-to', iso(w[1]));
    const [L, R] = range;
    const map = pixelMap(domain, w, range);
    const ticks = timeTicks(w, R - L);
    const x = timeScale(w, range);
    const axis = axisRef.current?.getContext('2d');
    if (axis) drawAxis(axis, { width, L, R, ticks, x, dpr, font: font.current });
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    const top = scroll.top;
    const bottom = scroll.top + scroll.height;
    drawCanvas(ctx, {
      index,
      layout: shiftLayout(layout, map, range),
      width,
      top,
      bottom,
      L,
      R,
      selected,
      hot,
      dpr,
      under: (c) => {
        drawGrid(
          c,
          ticks.ticks.map((t) => x(t.t)),
          { L, R, top, bottom },
        );
        drawBands(c, layout.bands, map, { L, R, top, bottom });
      },
    });
  });

  const { live } = o;
  useEffect(() => live.subscribe(draw), [live, draw]);
  // A render during a gesture (a scroll, a hover elsewhere) may have redrawn the canvas for
  // the store's window: draw the live one again.
  useEffect(() => {
    if (live.get()) draw();
  });
}
