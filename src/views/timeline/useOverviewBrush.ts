/**
 * d3-brush on the overview strip, attached in this one hook. Its selection mirrors the
 * store's window; brushing writes the window (one write per frame). A click outside the
 * selection moves the window there, keeping its width.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { select, pointer } from 'd3-selection';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { clampWindow, timeScale } from '../../query/timeline/scale';
import type { WindowWriter } from './hooks';

export interface BrushOptions {
  whole: readonly [number, number];
  range: readonly [number, number];
  height: number;
  domain: readonly [number, number];
  writer: WindowWriter;
}

export function useOverviewBrush(ref: RefObject<SVGGElement | null>, opts: BrushOptions) {
  const { whole, range, height, domain } = opts;
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
      const { whole, range, domain, writer } = latest.current;
      const x = timeScale(whole, range);
      brushing.current = event.type !== 'end';
      const s = event.selection as [number, number] | null;
      if (s) {
        if (s[1] - s[0] < 2) return;
        writer.write([x.invert(s[0]).getTime(), x.invert(s[1]).getTime()]);
        return;
      }
      if (event.type !== 'end') return;
      // A click without a drag: centre the window there.
      const [px] = pointer(event.sourceEvent, g);
      const t = x.invert(px).getTime();
      const half = (domain[1] - domain[0]) / 2;
      const next = clampWindow([t - half, t + half], whole);
      behavior.move(sel, [x(next[0]), x(next[1])]);
      writer.write(next);
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

  const [w0, w1] = whole;
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
    const x = timeScale([w0, w1], [L, R]);
    const a = Math.max(L, x(d0));
    const b = Math.min(R, x(d1));
    behavior.move(select<SVGGElement, unknown>(g), [a, Math.max(a + 1, b)]);
  }, [ref, w0, w1, L, R, d0, d1, height]);
}
