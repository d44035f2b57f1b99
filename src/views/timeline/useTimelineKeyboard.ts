/**
 * Keyboard access to the timeline: a roving tab stop over the marks in time order, arrows to
 * move it (panning to the next event past the window's edge), +/−/0 to zoom, shift+arrows to
 * pan, Escape to clear the selection.
 */
import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useStore } from '../../store/store';
import type { DatasetIndex } from '../../query/indexes';
import type { TimelineLayout } from '../../query/timeline/layout';
import { panWindow, zoomWindow } from '../../query/timeline/scale';
import { navigate, timeOrder, type NavItem, type NavKey } from '../../query/timeline/navigation';
import { cellKey, markKey } from './TimelineMarks';
import { fitWindow, nextOutside } from './eventWindows';

const NAV_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

export interface KeyboardOptions {
  index: DatasetIndex;
  events: Uint32Array;
  /** The layout the marks are drawn from. */
  layout: TimelineLayout;
  selection: readonly string[];
  domain: readonly [number, number];
  window: readonly [number, number] | null;
  L: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  scrollTop: number;
  setScrollTop: (top: number) => void;
  laneShown: (lane: number) => boolean;
  zoomTo: (w: readonly [number, number]) => void;
  closeTooltip: () => void;
}

export function useTimelineKeyboard(o: KeyboardOptions) {
  const { index, events, layout, selection, domain, L, scrollRef, scrollTop, setScrollTop } = o;
  const { window: win, laneShown, zoomTo, closeTooltip } = o;

  const nav = useMemo(() => {
    const items: NavItem[] = layout.marks.map((m) => {
      const id = index.events[m.event]!.id;
      return {
        key: markKey(id),
        lane: m.lane,
        row: m.row,
        x: m.shape === 'point' ? m.cx : Math.max(m.x0, L),
      };
    });
    for (const c of layout.cells) items.push({ key: cellKey(c), lane: c.lane, row: -1, x: c.x0 });
    return timeOrder(items);
  }, [layout, index, L]);

  // The tab stop: the last focused mark, else the first selected, else the first in time.
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const keys = useMemo(() => new Set(nav.map((n) => n.key)), [nav]);
  const selectedKey = selection.length ? markKey(selection[0]!) : null;
  const tabKey =
    focusKey && keys.has(focusKey)
      ? focusKey
      : selectedKey && keys.has(selectedKey)
        ? selectedKey
        : (nav[0]?.key ?? null);

  // A mark to focus once it is rendered (after a scroll or a pan brings it in).
  const pendingFocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    const el = scrollRef.current?.querySelector<SVGElement>(`[data-key="${CSS.escape(key)}"]`);
    if (el) {
      pendingFocus.current = null;
      el.focus();
    } else if (keys.has(key)) {
      // In a lane scrolled out of view: bring the lane in; the next render focuses it.
      const item = nav.find((n) => n.key === key);
      const lane = item && layout.lanes[item.lane];
      const box = scrollRef.current;
      if (lane && box && Math.abs(box.scrollTop - Math.max(0, lane.y - 20)) > 1) {
        box.scrollTop = Math.max(0, lane.y - 20);
        setScrollTop(box.scrollTop);
      } else pendingFocus.current = null;
    } else {
      // Not laid out as a mark of its own (merged into a cell): give up.
      pendingFocus.current = null;
    }
  }, [focusKey, keys, nav, layout, scrollTop, win, scrollRef, setScrollTop]);

  const moveFocus = (key: string) => {
    const item = nav.find((n) => n.key === key);
    const lane = item ? layout.lanes[item.lane] : undefined;
    const el = scrollRef.current;
    if (lane && el && !laneShown(item!.lane)) {
      el.scrollTop = Math.max(0, lane.y - 20);
      setScrollTop(el.scrollTop);
    }
    pendingFocus.current = key;
    setFocusKey(key);
  };

  /** Past the last mark in view, the arrows pan to the next event outside it and focus it. */
  const revealBeyond = (dir: 1 | -1) => {
    const next = nextOutside(index, events, domain, dir, useStore.getState().filters.dates);
    if (!next) return;
    zoomTo(next.window);
    pendingFocus.current = markKey(index.events[next.event]!.id);
    setFocusKey(pendingFocus.current);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const t = e.target as Element;
    if (t.closest('input, select, textarea')) return;
    const onMark = t.closest('[data-key]') !== null;
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (e.key === 'Escape') {
      useStore.getState().clearSelection();
      closeTooltip();
      return;
    }
    if (!plain) return;
    if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      zoomTo(zoomWindow(domain, 1.5));
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      zoomTo(zoomWindow(domain, 1 / 1.5));
    } else if (e.key === '0') {
      e.preventDefault();
      const f = fitWindow(index, events, useStore.getState().filters.dates);
      if (f) zoomTo(f);
    } else if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      zoomTo(panWindow(domain, e.key === 'ArrowLeft' ? -0.25 : 0.25));
    } else if (onMark && NAV_KEYS.includes(e.key)) {
      e.preventDefault();
      const current = t.closest('[data-key]')!.getAttribute('data-key');
      const next = navigate(nav, current, e.key as NavKey);
      if (next) moveFocus(next);
      else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        revealBeyond(e.key === 'ArrowRight' ? 1 : -1);
      }
    }
  };

  return { tabKey, setFocusKey, onKeyDown };
}
