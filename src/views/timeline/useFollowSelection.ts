/**
 * Brings a newly selected event's mark into view, wherever it was selected (table, source,
 * graph, details, the URL's ?sel=): pans the window if the mark lies outside it (keeping the
 * width, follow.ts), then scrolls the lanes to its row (or to the density cell holding it).
 * Each selection is followed once: panning or scrolling away afterwards is left alone.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { DatasetIndex } from '../../query/indexes';
import type { TimelineLayout, TimelineModel } from '../../query/timeline/layout';
import { followWindow } from '../../query/timeline/follow';

interface FollowOptions {
  index: DatasetIndex;
  model: TimelineModel;
  layout: TimelineLayout;
  selection: readonly string[];
  domain: readonly [number, number];
  scrollRef: RefObject<HTMLDivElement | null>;
  viewHeight: number;
  zoomTo: (w: readonly [number, number]) => void;
}

export function useFollowSelection(o: FollowOptions) {
  const { index, model, layout, selection, domain, scrollRef, viewHeight, zoomTo } = o;
  const target = selection.find((id) => index.eventsById.has(id)) ?? null;
  // The event still to bring into view, and whether the window was already moved for it.
  const pending = useRef<{ id: string; panned: boolean } | null>(null);
  useEffect(() => {
    pending.current = target ? { id: target, panned: false } : null;
  }, [target, index]);

  useEffect(() => {
    const p = pending.current;
    const box = scrollRef.current;
    if (!p || !box || viewHeight <= 0) return;
    const i = index.eventsById.get(p.id)!;
    const k = model.events.indexOf(i);
    if (k < 0) {
      pending.current = null; // filtered out: nothing to show
      return;
    }
    if (!p.panned) {
      p.panned = true;
      const next = followWindow(model.times[k]!, domain);
      if (next) {
        zoomTo(next);
        return; // the next layout scrolls
      }
    }
    const mark = layout.marks.find((m) => m.event === i);
    const cell = mark ? null : layout.cells.find((c) => c.events.includes(i));
    const y0 = mark ? mark.y - 10 : cell?.y0;
    const y1 = mark ? mark.y + 10 : cell?.y1;
    pending.current = null;
    if (y0 === undefined || y1 === undefined) return;
    const top = box.scrollTop;
    if (y0 >= top && y1 <= top + viewHeight) return;
    box.scrollTop = Math.max(0, (y0 + y1) / 2 - viewHeight / 3);
  }, [index, model, layout, domain, scrollRef, viewHeight, zoomTo, target]);
}
