/**
 * The card shown for the mark under the pointer or with keyboard focus, and the store's hover
 * that goes with it.
 */
import { useCallback, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { useStore } from '../../store/store';
import type { DatasetIndex } from '../../query/indexes';
import type { CellLayout } from '../../query/timeline/layout';
import { cellKey, type HoverTarget } from './TimelineMarks';
import type { TooltipState } from './Tooltip';

export function useMarkTooltip(
  sectionRef: RefObject<HTMLElement | null>,
  index: DatasetIndex,
  cells: readonly CellLayout[],
) {
  const [tooltip, setTooltip] = useState<TooltipState | null>(null);
  // The store's hover is written only when the target changes, not on every pointer move.
  const hoverKey = useRef<string | null>(null);
  const toLocal = useCallback(
    (clientX: number, clientY: number) => {
      const r = sectionRef.current?.getBoundingClientRect();
      return r ? { x: clientX - r.left, y: clientY - r.top } : { x: clientX, y: clientY };
    },
    [sectionRef],
  );

  const hover = useCallback(
    (target: HoverTarget | null, clientX?: number, clientY?: number) => {
      const store = useStore.getState();
      if (!target) {
        hoverKey.current = null;
        setTooltip(null);
        store.setHover({ ids: [] });
        return;
      }
      if (clientX !== undefined && clientY !== undefined) {
        setTooltip({ target, ...toLocal(clientX, clientY) });
      }
      if (hoverKey.current === target.key) return;
      hoverKey.current = target.key;
      const ids =
        target.kind === 'event'
          ? [index.events[target.event]!.id]
          : target.kind === 'cell'
            ? target.cell.events.map((i) => index.events[i]!.id)
            : [target.id];
      store.setHover({ ids });
    },
    [index, toLocal],
  );

  /** Shows the card for a mark that has keyboard focus, under the mark. */
  const onFocus = (e: FocusEvent) => {
    const el = (e.target as Element).closest<SVGGraphicsElement>('[data-key]');
    if (!el) return;
    const key = el.getAttribute('data-key')!;
    const r = el.getBoundingClientRect();
    if (key.startsWith('e:')) {
      const i = index.eventsById.get(key.slice(2));
      if (i === undefined) return;
      const target: HoverTarget = { kind: 'event', event: i, key };
      setTooltip({ target, ...toLocal(r.left, r.bottom - 12) });
      hoverKey.current = key;
      useStore.getState().setHover({ ids: [index.events[i]!.id] });
    } else {
      const c = cells.find((cell) => cellKey(cell) === key);
      if (c)
        setTooltip({ target: { kind: 'cell', cell: c, key }, ...toLocal(r.left, r.bottom - 12) });
    }
  };
  const onBlur = () => {
    setTooltip(null);
    hoverKey.current = null;
    useStore.getState().setHover({ ids: [] });
  };
  const close = () => setTooltip(null);

  return { tooltip, hover, onFocus, onBlur, close };
}
