/** The hover (or focus) card: title, the date as the text gives it and as resolved, actors. */
import type { DatasetIndex } from '../../query/indexes';
import type { DateBasis } from '../../query/dateBasis';
import {
  actorsLine,
  dateLines,
  magnitudeText,
  periodLabel,
  rangeLabel,
  relationName,
} from './text';
import type { HoverTarget } from './TimelineMarks';

export interface TooltipState {
  target: HoverTarget;
  /** Position in the timeline section's coordinates. */
  x: number;
  y: number;
}

export const TOOLTIP_ID = 'tl-tooltip';

export function Tooltip({
  index,
  state,
  width,
  basis,
}: {
  index: DatasetIndex;
  state: TooltipState;
  width: number;
  basis: DateBasis;
}) {
  const { target } = state;
  let body: React.ReactNode;
  if (target.kind === 'event') {
    const e = index.events[target.event]!;
    body = (
      <>
        <strong>{e.title}</strong>
        {dateLines(index, target.event, basis).map((l) => (
          <span key={l}>{l}</span>
        ))}
        {e.magnitude && <span>Count: {magnitudeText(e.magnitude)}</span>}
        <span>Actors: {actorsLine(index, e)}</span>
        <span className="tl-tip-muted">
          {e.category.toLowerCase()}
          {e.mode ? ` · ${e.mode}` : ''}
        </span>
      </>
    );
  } else if (target.kind === 'cell') {
    const { cell } = target;
    const titles = cell.events.slice(0, 5).map((i) => index.events[i]!.title);
    body = (
      <>
        <strong>
          {cell.events.length} events, {rangeLabel(cell.from, cell.to)}
        </strong>
        <span className="tl-tip-muted">
          All overlap {periodLabel(cell.t0, cell.t1)}; an event is counted in every cell it
          overlaps.
        </span>
        {titles.map((t, j) => (
          <span key={j}>· {t}</span>
        ))}
        {cell.events.length > titles.length && (
          <span>· and {cell.events.length - titles.length} more</span>
        )}
        <span className="tl-tip-muted">Click or press Enter to zoom in</span>
      </>
    );
  } else {
    const r = index.relationsById.get(target.id);
    if (!r) return null;
    body = (
      <>
        <strong>{r.title}</strong>
        <span>{relationName(index, r)}</span>
        <span className="tl-tip-muted">Lasting relation</span>
      </>
    );
  }
  const left = Math.min(Math.max(4, state.x + 14), Math.max(4, width - 324));
  return (
    <div id={TOOLTIP_ID} role="tooltip" className="tl-tooltip" style={{ left, top: state.y + 16 }}>
      {body}
    </div>
  );
}
