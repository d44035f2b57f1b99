/**
 * A density cell: events too close to tell apart at this zoom, as one button that zooms in.
 * A spanning band (events that each cover the whole window) is a button that selects them:
 * zooming in would not tell them apart either.
 */
import { memo } from 'react';
import type { CellLayout } from '../../query/timeline/layout';
import { cellKey, onKeyActivate, type MarkActions } from './TimelineMarks';

interface CellProps {
  c: CellLayout;
  name: string;
  /** The true range of its dates, in words ("August 2021 – May 2022"). */
  range: string;
  /** A spanning band's event ids (it selects them). */
  spanIds?: string[];
  tabbable: boolean;
  hot: boolean;
  dim: boolean;
  paint: boolean;
  actions: MarkActions;
}

/** Opacity of a density cell: more events, darker. */
export const cellOpacity = (n: number) => 0.14 + 0.56 * Math.min(1, Math.log(n) / Math.log(60));

export const CellMark = memo(function CellMark({
  c,
  name,
  range,
  spanIds,
  tabbable,
  hot,
  dim,
  paint,
  actions,
}: CellProps) {
  const key = cellKey(c);
  const w = Math.max(2, c.x1 - c.x0 - 1);
  const n = c.events.length;
  const op = cellOpacity(n);
  const activate = () => (spanIds ? actions.select(spanIds, false) : actions.zoomCell(c));
  return (
    <g
      className={['tl-cell', hot && 'is-hot', dim && 'is-dim'].filter(Boolean).join(' ')}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      data-key={key}
      data-lane={c.lane}
      data-x={Math.round(c.x0)}
      onClick={activate}
      onKeyDown={(ev) => onKeyActivate(ev, activate)}
      onFocus={() => actions.focus(key)}
      onPointerEnter={(ev) => actions.hover({ kind: 'cell', cell: c, key }, ev.clientX, ev.clientY)}
      onPointerMove={(ev) => actions.hover({ kind: 'cell', cell: c, key }, ev.clientX, ev.clientY)}
      onPointerLeave={() => actions.hover(null)}
    >
      <rect
        className={paint ? 'tl-cell-fill' : 'tl-hit'}
        x={c.x0 + 0.5}
        y={c.y0}
        width={w}
        height={c.y1 - c.y0}
        style={paint ? { fillOpacity: op } : undefined}
      />
      {paint && c.spans && (
        <text className="tl-span-label" x={c.x0 + 8} y={(c.y0 + c.y1) / 2 + 3.5}>
          {n} events span this window ({range})
        </text>
      )}
      {paint && !c.spans && w >= 6 * String(n).length + 2 && (
        <text className="tl-cell-count" x={c.x0 + 0.5 + w / 2} y={(c.y0 + c.y1) / 2 + 3.5}>
          {n}
        </text>
      )}
      {/* Only a cell that can show its ring has one (see EventMark). */}
      {(hot || tabbable) && (
        <rect
          className="tl-ring"
          x={c.x0 - 1.5}
          y={c.y0 - 2}
          width={w + 4}
          height={c.y1 - c.y0 + 4}
          rx={3}
        />
      )}
    </g>
  );
});
