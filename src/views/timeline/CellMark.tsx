/** A density cell: events too close to tell apart at this zoom, as one button that zooms in. */
import { memo } from 'react';
import type { CellLayout } from '../../query/timeline/layout';
import { cellKey, onKeyActivate, type MarkActions } from './TimelineMarks';

interface CellProps {
  c: CellLayout;
  name: string;
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
  return (
    <g
      className={['tl-cell', hot && 'is-hot', dim && 'is-dim'].filter(Boolean).join(' ')}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      data-key={key}
      data-lane={c.lane}
      data-x={Math.round(c.x0)}
      onClick={() => actions.zoomCell(c)}
      onKeyDown={(ev) => onKeyActivate(ev, () => actions.zoomCell(c))}
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
      {paint && w >= 6 * String(n).length + 2 && (
        <text className="tl-cell-count" x={c.x0 + 0.5 + w / 2} y={(c.y0 + c.y1) / 2 + 3.5}>
          {n}
        </text>
      )}
      <rect
        className="tl-ring"
        x={c.x0 - 1.5}
        y={c.y0 - 2}
        width={w + 4}
        height={c.y1 - c.y0 + 4}
        rx={3}
      />
    </g>
  );
});
