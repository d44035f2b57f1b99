/**
 * Pans the map to an event selected anywhere (the timeline, the table, the graph, a link):
 * when its place lies outside the view, the view centres on it at the same zoom. Each
 * selection is followed once; panning away afterwards is left alone.
 */
import { useEffect, useRef } from 'react';
import { zoomIdentity } from 'd3-zoom';
import type { DatasetIndex } from '../../query/indexes';
import type { MapItem } from './mapScene';
import type { MapZoom } from './useMapZoom';

export function useFollowSelection(
  index: DatasetIndex,
  selection: readonly string[],
  items: readonly MapItem[],
  zoom: MapZoom,
  width: number,
  height: number,
) {
  const target = selection.find((id) => index.eventsById.has(id)) ?? null;
  const followed = useRef<string | null>(null);
  useEffect(() => {
    if (!target || target === followed.current || width <= 0) return;
    const i = index.eventsById.get(target)!;
    const item = items.find((it) => it.events.includes(i));
    if (!item) return; // no place (or filtered out): nothing to show
    followed.current = target;
    const t = zoom.current();
    const x = t.x + item.x * t.k;
    const y = t.y + item.y * t.k;
    const m = 30;
    if (x >= m && y >= m && x <= width - m && y <= height - m) return;
    zoom.zoomTo(
      zoomIdentity.translate(width / 2 - item.x * t.k, height / 2 - item.y * t.k).scale(t.k),
    );
  }, [index, target, items, zoom, width, height]);
}
