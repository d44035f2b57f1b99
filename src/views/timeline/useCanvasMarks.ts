/** Draws the marks on the canvas when there are too many for SVG. */
import { useEffect, useRef, type RefObject } from 'react';
import type { DatasetIndex } from '../../query/indexes';
import type { TimelineLayout } from '../../query/timeline/layout';
import { drawCanvas } from './canvasMarks';
import { cancelRaf, raf } from './hooks';

export function useCanvasMarks(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  o: {
    canvasMode: boolean;
    index: DatasetIndex;
    layout: TimelineLayout;
    width: number;
    scroll: { top: number; height: number };
    L: number;
    R: number;
    selected: ReadonlySet<number>;
    hot: ReadonlySet<number> | null;
  },
): number {
  const { canvasMode, index, layout, width, scroll, L, R, selected, hot } = o;
  const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
  const drawn = useRef(false);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvasMode || !canvas) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const draw = () => {
      drawn.current = true;
      drawCanvas(ctx, {
        index,
        layout,
        width,
        top: scroll.top,
        bottom: scroll.top + scroll.height,
        L,
        R,
        selected,
        hot,
        dpr,
      });
    };
    if (drawn.current) {
      draw();
      return;
    }
    // The plot's first drawing waits for the next frame (still before it paints): a big
    // dataset's first render, commit and canvas are then not one long task. (A gesture
    // begun within that frame is drawn again by useGestureLayer on its next change.)
    const frame = raf(draw);
    return () => cancelRaf(frame);
  }, [canvasRef, canvasMode, index, layout, width, scroll, L, R, selected, hot, dpr]);
  return dpr;
}
