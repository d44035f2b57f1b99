/** The density cells and event marks of the lanes in view, as SVG. */
import { memo } from 'react';
import type { DatasetIndex } from '../../query/indexes';
import type { TimelineLayout } from '../../query/timeline/layout';
import { EventMark, cellKey, markKey, markLabel, type MarkActions } from './TimelineMarks';
import { CellMark } from './CellMark';
import { TOOLTIP_ID } from './Tooltip';
import { markName, periodLabel, rangeLabel } from './text';

interface MarksLayerProps {
  index: DatasetIndex;
  layout: TimelineLayout;
  L: number;
  R: number;
  /** The vertical slice of lanes drawn. */
  top: number;
  bottom: number;
  selected: ReadonlySet<number>;
  hovered: ReadonlySet<number>;
  actorEvents: ReadonlySet<number> | null;
  tabKey: string | null;
  paint: boolean;
  describedKey: string | null;
  actions: MarkActions;
}

/** Memoised: skipped when nothing it draws changed (panning re-renders the rest). */
export const MarksLayer = memo(function MarksLayer(p: MarksLayerProps) {
  const { index, layout, actions } = p;
  const shown = (lane: number) => {
    const l = layout.lanes[lane];
    return !!l && l.y + l.height >= p.top && l.y <= p.bottom;
  };
  return (
    <>
      <g className="tl-cells">
        {layout.cells.map((c) => {
          const key = cellKey(c);
          // The tab stop is always drawn, so the lanes can be reached by keyboard.
          if (!shown(c.lane) && key !== p.tabKey) return null;
          return (
            <CellMark
              key={key}
              c={c}
              range={rangeLabel(c.from, c.to)}
              spanIds={c.spans ? c.events.map((i) => index.events[i]!.id) : undefined}
              name={
                c.spans
                  ? `${c.events.length} events span this window, ${rangeLabel(c.from, c.to)}: select them`
                  : `${c.events.length} events, ${rangeLabel(c.from, c.to)}, overlapping ${periodLabel(c.t0, c.t1)}, too close to tell apart: zoom in`
              }
              tabbable={key === p.tabKey}
              hot={c.events.some((i) => p.hovered.has(i))}
              dim={p.actorEvents !== null && !c.events.some((i) => p.actorEvents!.has(i))}
              paint={p.paint}
              actions={actions}
            />
          );
        })}
      </g>
      <g className="tl-marks">
        {layout.marks.map((m) => {
          const key = markKey(index.events[m.event]!.id);
          const inView = shown(m.lane) || (m.link && shown(m.link.lane));
          if (!inView && key !== p.tabKey) return null;
          return (
            <EventMark
              key={key}
              m={m}
              index={index}
              name={markName(index, m.event, layout.basis)}
              L={p.L}
              R={p.R}
              selected={p.selected.has(m.event)}
              hot={p.hovered.has(m.event) || (p.actorEvents?.has(m.event) ?? false)}
              dim={p.actorEvents !== null && !p.actorEvents.has(m.event)}
              tabbable={key === p.tabKey}
              paint={p.paint}
              described={p.describedKey === key ? TOOLTIP_ID : undefined}
              actions={actions}
            />
          );
        })}
      </g>
      {/* Labels above every mark and link, with a halo: no link line or known-date tick
          runs through a label. Drawn here, out of the marks, for that order alone. */}
      {p.paint && (
        <g className="tl-labels" aria-hidden="true">
          {layout.marks.map((m) => {
            if (!shown(m.lane)) return null;
            const label = markLabel(index, m);
            if (!label) return null;
            const cls = [
              'tl-label',
              p.selected.has(m.event) && 'is-selected',
              p.actorEvents !== null && !p.actorEvents.has(m.event) && 'is-dim',
              index.events[m.event]!.magnitude && 'is-aggregate',
            ]
              .filter(Boolean)
              .join(' ');
            return (
              <text
                key={m.event}
                className={cls}
                x={Math.round(m.labelX)}
                y={Math.round(m.y) + 3.5}
              >
                {label}
              </text>
            );
          })}
        </g>
      )}
    </>
  );
});
