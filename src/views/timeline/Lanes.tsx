/** The lanes' SVG below the marks: lane stripes and grid, lane labels, link bands. */
import type { ScaleTime } from 'd3-scale';
import type { DatasetIndex } from '../../query/indexes';
import type { TimelineLayout } from '../../query/timeline/layout';
import type { Ticks } from '../../query/timeline/ticks';
import { barSegments } from '../../query/timeline/segments';
import type { MarkActions } from './TimelineMarks';
import { relationName } from './text';
import { relationColour } from '../palette';

/** Alternating lane stripes and the vertical grid at each tick. */
export function LaneBackdrop({
  layout,
  width,
  ticks,
  x,
  laneShown,
}: {
  layout: TimelineLayout;
  width: number;
  ticks: Ticks;
  x: ScaleTime<number, number>;
  laneShown: (lane: number) => boolean;
}) {
  return (
    <g className="tl-lanes-bg" aria-hidden="true">
      {layout.lanes.map((l, j) =>
        laneShown(j) ? (
          <rect
            key={l.lane.key}
            className={j % 2 ? 'tl-lane-bg is-odd' : 'tl-lane-bg'}
            x={0}
            y={l.y}
            width={width}
            height={l.height}
          />
        ) : null,
      )}
      {ticks.ticks.map((t) => (
        <line key={t.t} className="tl-grid" x1={x(t.t)} x2={x(t.t)} y1={0} y2={layout.height} />
      ))}
    </g>
  );
}

/** Lane names in the gutter, indented by actor depth and cut to fit (about 6.4 px a character). */
export function LaneLabels({
  layout,
  L,
  laneShown,
  hotActors,
}: {
  layout: TimelineLayout;
  L: number;
  laneShown: (lane: number) => boolean;
  /** The hovered actor and its descendants, if an actor is hovered. */
  hotActors: ReadonlySet<string> | null;
}) {
  return (
    <g className="tl-lane-labels">
      {layout.lanes.map((l, j) => {
        if (!laneShown(j)) return null;
        const hot = hotActors && l.lane.actors.some((a) => hotActors.has(a));
        const indent = 8 + l.lane.depth * 10;
        const room = Math.floor((L - indent - 6) / 6.4);
        const text =
          l.lane.label.length > room ? `${l.lane.label.slice(0, room - 1)}…` : l.lane.label;
        return (
          <text
            key={l.lane.key}
            className={hot ? 'tl-lane-label is-hot' : 'tl-lane-label'}
            x={indent}
            y={l.y + Math.min(l.height / 2, 12) + 4}
          >
            {l.lane.depth > 0 && <tspan className="tl-tree">└ </tspan>}
            {text}
            <title>{l.lane.title}</title>
          </text>
        );
      })}
    </g>
  );
}

/** Relations as thin bands in a lane, with a wider invisible hit area. */
export function RelationBands({
  index,
  layout,
  L,
  R,
  laneShown,
  hoverIds,
  selection,
  actions,
}: {
  index: DatasetIndex;
  layout: TimelineLayout;
  L: number;
  R: number;
  laneShown: (lane: number) => boolean;
  hoverIds: readonly string[];
  selection: readonly string[];
  actions: MarkActions;
}) {
  return (
    <g className="tl-bands">
      {layout.bands.map((b) => {
        if (!laneShown(b.lane)) return null;
        const r = b.relation;
        const key = `r:${r.id}:${b.lane}`;
        const hot = hoverIds.includes(r.id) || selection.includes(r.id);
        return (
          <g
            key={key}
            className={hot ? 'tl-band is-hot' : 'tl-band'}
            style={{ color: relationColour(r.kind) }}
            onPointerEnter={(ev) =>
              actions.hover({ kind: 'relation', id: r.id, key }, ev.clientX, ev.clientY)
            }
            onPointerMove={(ev) =>
              actions.hover({ kind: 'relation', id: r.id, key }, ev.clientX, ev.clientY)
            }
            onPointerLeave={() => actions.hover(null)}
            onClick={() => actions.select([r.id], false)}
          >
            <title>{relationName(index, r)}</title>
            {barSegments({
              ...b,
              x0: Math.max(b.x0, L - 1),
              x1: Math.min(b.x1, R + 1),
            }).map((s, j) => (
              <rect
                key={j}
                x={s.x}
                y={b.y - 1.25}
                width={Math.max(0.5, s.w)}
                height={2.5}
                mask={s.fade ? `url(#tl-fade-${s.fade})` : undefined}
              />
            ))}
            <rect
              className="tl-band-hit"
              x={Math.max(b.s0, L)}
              y={b.y - 3}
              width={Math.max(1, Math.min(b.s1, R) - Math.max(b.s0, L))}
              height={6}
            />
          </g>
        );
      })}
    </g>
  );
}
