/** Vertical virtualisation: tracks the lanes' scroll so only lanes near the view are drawn. */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { TimelineLayout } from '../../query/timeline/layout';
import { useFrame } from './hooks';

/** Lanes this far (px) above or below the view are drawn too, so a short scroll shows no gap. */
const VIEW_MARGIN = 120;

export function useLaneScroll(
  scrollRef: RefObject<HTMLDivElement | null>,
  layout: TimelineLayout,
  width: number,
  viewHeight: number,
) {
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
