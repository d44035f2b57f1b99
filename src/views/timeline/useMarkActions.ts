/** What the marks can do: select (click, shift-click toggles), hover, take focus, zoom into a cell. */
import { useMemo } from 'react';
import { useStore } from '../../store/store';
import type { CellLayout } from '../../query/timeline/layout';
import type { MarkActions } from './TimelineMarks';

export function useMarkActions(
  hover: MarkActions['hover'],
  setFocusKey: (key: string) => void,
  zoomTo: (w: readonly [number, number]) => void,
): MarkActions {
  // One object for every mark: a new identity re-renders them all.
  return useMemo<MarkActions>(
    () => ({
      select(ids, additive) {
        const s = useStore.getState();
        if (additive) {
          const set = new Set(s.selection);
          for (const id of ids)
            if (set.has(id)) set.delete(id);
            else set.add(id);
          s.select([...set]);
        } else if (
          s.selection.length === ids.length &&
          ids.every((id) => s.selection.includes(id))
        ) {
          s.clearSelection();
        } else s.select(ids);
      },
      hover,
      focus(key) {
        setFocusKey(key);
      },
      zoomCell(c: CellLayout) {
        const mid = (c.t0 + c.t1) / 2;
        const w = Math.max((c.t1 - c.t0) * 6, 2 * 86_400_000);
        zoomTo([mid - w / 2, mid + w / 2]);
      },
    }),
    [hover, setFocusKey, zoomTo],
  );
}
