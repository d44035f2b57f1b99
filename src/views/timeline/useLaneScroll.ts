/**
 * The lanes' vertical scroll. Virtualisation: tracks the scroll so only lanes near the view
 * are drawn. Wheel: a plain wheel over the plot zooms time (useTimelineZoom), so Shift+wheel
 * anywhere over the lanes, or any vertical wheel over the lane names, scrolls them; Chromium
 * may turn Shift+wheel into a sideways delta, so either delta counts.
 */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { TimelineLayout } from '../../query/timeline/layout';
import { useFrame } from './hooks';
import { overGutter } from './useTimelineZoom';

/** Lanes this far (px) above or below the view are drawn too, so a short scroll shows no gap. */
const VIEW_MARGIN = 120;

export function useLaneScroll(
  scrollRef: RefObject<HTMLDivElement | null>,
  layout: TimelineLayout,
  width: number,
  viewHeight: number,
  L: number,
) {
  useEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    const onWheel = (e: WheelEvent) => {
      if (e.ctrlKey || !(e.shiftKey || overGutter(e, box, L))) return;
      const d = e.shiftKey ? e.deltaY || e.deltaX : e.deltaY;
      if (!d) return;
      e.preventDefault();
      box.scrollTop += d * (e.deltaMode === 1 ? 16 : 1);
    };
    box.addEventListener('wheel', onWheel, { passive: false });
    return () => box.removeEventListener('wheel', onWheel);
  }, [scrollRef, L]);
  const [scrollTop, setScrollTop] = useState(0);
  const measureScroll = useFrame(() => {
    const el = scrollRef.current;
    if (el) setScrollTop(el.scrollTop);
  });
  useEffect(() => measureScroll(), [measureScroll, layout.height, width]);
  const scroll = useMemo(() => ({ top: scrollTop, height: viewHeight }), [scrollTop, viewHeight]);
  const top = scroll.top - VIEW_MARGIN;
  const bottom = scroll.top + scroll.height + VIEW_MARGIN;
  const laneShown = useCallback(
    (lane: number) => {
      const l = layout.lanes[lane];
      return !!l && l.y + l.height >= top && l.y <= bottom;
    },
    [layout, top, bottom],
  );
  return { scroll, setScrollTop, measureScroll, top, bottom, laneShown };
}
