/**
 * d3-brush on the overview strip, attached in this one hook. Its selection mirrors the
 * store's window (not the live window of a zoom or pan: moving it each frame made the browser
 * re-layerize the page, see canvasGesture.ts; it catches up when the gesture settles).
 * Brushing writes the window (live while it lasts, to the store when it pauses or ends),
 * clamped to the data's extent plus a margin (the overview scale's). A click outside the
 * selection moves the window there, keeping its width.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { select, pointer } from 'd3-selection';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { clampWindow } from '../../query/timeline/scale';
import type { OverviewScale } from '../../query/timeline/overviewScale';
import type { WindowWriter } from './hooks';

export interface BrushOptions {
  scale: OverviewScale;
  range: readonly [number, number];
  height: number;
  domain: readonly [number, number];
  writer: WindowWriter;
}

export function useOverviewBrush(ref: RefObject<SVGGElement | null>, opts: BrushOptions) {
  const { scale, range, height, domain } = opts;
  const behaviorRef = useRef<BrushBehavior<unknown> | null>(null);
  const brushing = useRef(false);
  const latest = useRef(opts);
  useEffect(() => {
    latest.current = opts;
  });

  useEffect(() => {
    const g = ref.current;
    if (!g) return;
    const sel = select<SVGGElement, unknown>(g);
    const behavior = brushX<unknown>().on('start brush end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return; // our own sync below
      const { scale, domain, writer } = latest.current;
      brushing.current = event.type !== 'end';
      const s = event.selection as [number, number] | null;
      if (s) {
        if (s[1] - s[0] >= 2) {
          writer.write(clampWindow([scale.invert(s[0]), scale.invert(s[1])], scale.extent));
        }
        if (event.type === 'end') writer.settle();
        return;
      }
      if (event.type !== 'end') return;
      // A click without a drag: centre the window there.
      const [px] = pointer(event.sourceEvent, g);
      const t = scale.invert(px);
      const half = (domain[1] - domain[0]) / 2;
      const next = clampWindow([t - half, t + half], scale.extent);
      behavior.move(sel, [scale.x(next[0]), scale.x(next[1])]);
      writer.write(next);
      writer.settle();
    });
    const { range, height } = latest.current;
    behavior.extent([
      [range[0], 0],
      [Math.max(range[0] + 1, range[1]), height],
    ]);
    sel.call(behavior);
    behaviorRef.current = behavior;
    return () => {
      sel.on('.brush', null);
      behaviorRef.current = null;
    };
  }, [ref]);

  const [L, R] = range;
  const [d0, d1] = domain;
  useEffect(() => {
    const behavior = behaviorRef.current;
    const g = ref.current;
    if (!behavior || !g || R <= L) return;
    behavior.extent([
      [L, 0],
      [R, height],
    ]);
    select<SVGGElement, unknown>(g).call(behavior);
  }, [ref, L, R, height]);
  useEffect(() => {
    const behavior = behaviorRef.current;
    const g = ref.current;
    if (!behavior || !g || R <= L) return;
    if (brushing.current || latest.current.writer.pending()) return;
    const a = Math.max(L, scale.x(d0));
    const b = Math.min(R, scale.x(d1));
    behavior.move(select<SVGGElement, unknown>(g), [a, Math.max(a + 1, b)]);
  }, [ref, scale, L, R, d0, d1, height]);
}
