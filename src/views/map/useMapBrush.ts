/**
 * The box selection on the map: the one place d3-brush is attached, while "Select area" is
 * on. A finished box is handed to `onBox` in screen pixels and the brush is cleared.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { brush, type D3BrushEvent } from 'd3-brush';

export type ScreenBox = [[number, number], [number, number]];

export function useMapBrush(
  ref: RefObject<SVGGElement | null>,
  active: boolean,
  size: { width: number; height: number },
  onBox: (box: ScreenBox) => void,
) {
  const onBoxRef = useRef(onBox);
  useEffect(() => {
    onBoxRef.current = onBox;
  }, [onBox]);
  const { width, height } = size;
  useEffect(() => {
    const el = ref.current;
    if (!active || !el) return;
    const b = brush<unknown>()
      .extent([
        [0, 0],
        [width, height],
      ])
      .on('end', (e: D3BrushEvent<unknown>) => {
        // Clearing the brush below fires another end, without a selection or a source event.
        if (!e.selection || !e.sourceEvent) return;
        const box = e.selection as ScreenBox;
        g.call(b.clear);
        if (Math.abs(box[1][0] - box[0][0]) > 3 && Math.abs(box[1][1] - box[0][1]) > 3) {
          onBoxRef.current(box);
        }
      });
    const g = select(el);
    g.call(b);
    return () => {
      g.on('.brush', null);
      g.selectAll('*').remove();
    };
  }, [ref, active, width, height]);
}
