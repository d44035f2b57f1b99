/**
 * What the map's places do: a click selects their events (Shift or Ctrl adds or removes),
 * hovering or focusing lights them in every view (store.hover), arrow keys move to the
 * nearest place that way on screen, Enter or Space selects, + and − zoom.
 */
import { useMemo, useState } from 'react';
import { zoomIdentity } from 'd3-zoom';
import type { DatasetIndex } from '../../query/indexes';
import { KEY_DIRECTIONS, stepInDirection } from '../../query/graph/navigate';
import { useStore } from '../../store/store';
import type { MarkHandlers } from './MapMarks';
import type { MapItem } from './mapScene';
import type { MapZoom } from './useMapZoom';

export function useMarkHandlers(
  index: DatasetIndex,
  items: readonly MapItem[],
  zoom: MapZoom,
  size: { width: number; height: number },
  root: () => Element | null,
) {
  const [active, setActive] = useState<string | null>(null);
  const [labelled, setLabelled] = useState<string | null>(null);
  const { width, height } = size;
  const handlers = useMemo<MarkHandlers>(() => {
    const ids = (item: MapItem) => item.events.map((i) => index.events[i]!.id);
    const byKey = new Map(items.map((it) => [it.key, it]));
    const screen = (it: MapItem) => {
      const t = zoom.current();
      return [t.x + it.x * t.k, t.y + it.y * t.k] as [number, number];
    };
    const hover = (item: MapItem | null) => {
      setLabelled(item?.key ?? null);
      useStore.getState().setHover({ ids: item ? ids(item) : [] });
    };
    const select = (item: MapItem, additive: boolean) => {
      const s = useStore.getState();
      const mine = ids(item);
      if (additive) {
        const set = new Set(s.selection);
        const all = mine.every((id) => set.has(id));
        for (const id of mine) {
          if (all) set.delete(id);
          else set.add(id);
        }
        s.select([...set]);
      } else if (s.selection.length === mine.length && mine.every((id) => s.selection.includes(id)))
        s.clearSelection();
      else s.select(mine);
    };
    return {
      select,
      hover,
      focus(item) {
        setActive(item.key);
        hover(item);
        // Keep the focused place in view.
        const [x, y] = screen(item);
        if (x < 16 || y < 16 || x > width - 16 || y > height - 16) {
          const k = zoom.current().k;
          zoom.zoomTo(
            zoomIdentity.translate(width / 2 - item.x * k, height / 2 - item.y * k).scale(k),
          );
        }
      },
      keyDown(e, item) {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          select(item, e.shiftKey);
          return;
        }
        if (e.key === '+' || e.key === '=' || e.key === '-') {
          e.preventDefault();
          zoom.zoomBy(e.key === '-' ? 1 / 1.5 : 1.5);
          return;
        }
        const dir = KEY_DIRECTIONS[e.key];
        if (!dir) return;
        e.preventDefault();
        const next = stepInDirection(item.key, dir, undefined, byKey.keys(), (key) => {
          const it = byKey.get(key);
          return it ? screen(it) : undefined;
        });
        if (next) {
          root()
            ?.querySelector<SVGGElement>(`[data-place-key="${CSS.escape(next)}"]`)
            ?.focus();
        }
      },
    };
  }, [index, items, zoom, width, height, root]);
  return { handlers, active, labelled };
}
