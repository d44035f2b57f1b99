/** The lanes' SVG below the marks: lane stripes and grid, lane labels, link bands. */
import type { PointerEvent } from 'react';
import type { Relation } from '../../model/schema';
import type { DatasetIndex } from '../../query/indexes';
import type { BandLayout, TimelineLayout } from '../../query/timeline/layout';
import type { Ticks } from '../../query/timeline/ticks';
import type { TimeScale } from '../../query/timeline/scale';
import { barSegments } from '../../query/timeline/segments';
import { bandLabel } from '../../query/timeline/bands';
import { LANE_CHAR_PX, laneIndent, TREE_GLYPH_PX } from '../../query/timeline/gutter';
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
  x: TimeScale;
  laneShown: (lane: number) => boolean;
}) {
  return (
    <g className="tl-lanes-bg" aria-hidden="true">
      {layout.lanes.map((l, j) =>
        laneShown(j) ? (
          <rect
            key={l.lane.key}
            className={['tl-lane-bg', j % 2 && 'is-odd', l.folded && 'is-folded']
              .filter(Boolean)
              .join(' ')}
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

/**
 * Lane names in the gutter, indented by actor depth and cut to fit (about 6.4 px a character;
 * a folded lane's smaller name about 5.4).
 */
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
        const indent = laneIndent(l.lane.depth);
        const glyph = l.lane.depth > 0 ? TREE_GLYPH_PX : 0;
        const room = Math.floor((L - indent - glyph - 6) / (l.folded ? 5.4 : LANE_CHAR_PX));
        const text =
          l.lane.label.length > room ? `${l.lane.label.slice(0, room - 1)}…` : l.lane.label;
        return (
          <text
            key={l.lane.key}
            className={['tl-lane-label', hot && 'is-hot', l.folded && 'is-folded']
              .filter(Boolean)
              .join(' ')}
            x={indent}
            y={l.folded ? l.y + l.height / 2 + 3 : l.y + Math.min(l.height / 2, 11) + 4}
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

/**
 * Relations as thin stripes in a lane, with a wider invisible hit area. Relations of a lane
 * with the same dates share one stripe (bands.ts), labelled with the tie or the count; the
 * label sits on the stripe (a halo parts the line) and is left out where it would not fit.
 */
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
  // The lane's stripe is labelled once, at its first segment, for all its ties.
  const firstOf = new Map<number, BandLayout>();
  const tiesOf = new Map<number, Relation[]>();
  for (const b of layout.bands) {
    if (!firstOf.has(b.lane)) firstOf.set(b.lane, b);
    tiesOf.set(b.lane, [...(tiesOf.get(b.lane) ?? []), ...b.relations]);
  }
  return (
    <g className="tl-bands">
      {layout.bands.map((b) => {
        if (!laneShown(b.lane)) return null;
        const rs = b.relations;
        const one = rs.length === 1 ? rs[0]! : null;
        const lane = layout.lanes[b.lane]!;
        const key = `r:${rs[0]!.id}:${lane.lane.key}`;
        const ids = rs.map((r) => r.id);
        const hot = ids.some((id) => hoverIds.includes(id) || selection.includes(id));
        const colour = new Set(rs.map((r) => relationColour(r.kind))).size === 1;
        const hover = one
          ? (ev: PointerEvent) =>
              actions.hover({ kind: 'relation', id: one.id, key }, ev.clientX, ev.clientY)
          : undefined;
        const left = Math.max(b.s0, L) + 6;
        const room = Math.min(b.s1, R) - left - 4;
        const ties = tiesOf.get(b.lane)!;
        const label = stripeLabel(index, lane.lane.actors, ties, b.openStart && b.openEnd);
        const showLabel = firstOf.get(b.lane) === b && !lane.folded && room >= label.length * 5.2;
        return (
          <g
            key={key}
            className={hot ? 'tl-band is-hot' : 'tl-band'}
            style={{ color: colour ? relationColour(rs[0]!.kind) : '#77756e' }}
            onPointerEnter={hover}
            onPointerMove={hover}
            onPointerLeave={() => actions.hover(null)}
            onClick={() => actions.select(ids, false)}
          >
            <title>{rs.map((r) => relationName(index, r)).join('\n')}</title>
            {barSegments({
              ...b,
              x0: Math.max(b.x0, L - 1),
              x1: Math.min(b.x1, R + 1),
            }).map((s, j) => (
              <rect
                key={j}
                x={s.x}
                y={b.y - 1}
                width={Math.max(0.5, s.w)}
                height={2}
                mask={s.fade ? `url(#tl-fade-${s.fade})` : undefined}
              />
            ))}
            {showLabel && (
              <text className="tl-band-label" x={left} y={b.y + 3}>
                {label}
              </text>
            )}
            <rect
              className="tl-band-hit"
              x={Math.max(b.s0, L)}
              y={b.y - 4}
              width={Math.max(1, Math.min(b.s1, R) - Math.max(b.s0, L))}
              height={8}
            />
          </g>
        );
      })}
    </g>
  );
}

/** "supports TTP" for one tie (seen from this lane), "4 ties" for a lane's several. */
function stripeLabel(
  index: DatasetIndex,
  laneActors: readonly string[],
  rs: readonly Relation[],
  lasting: boolean,
): string {
  if (rs.length > 1)
    return lasting && rs.every((r) => !r.when) ? `${rs.length} lasting ties` : bandLabel(rs);
  const r = rs[0]!;
  const mine = laneActors.includes(r.from);
  const otherId = mine ? r.to : r.from;
  const other = index.actorsById.get(otherId);
  const name = other?.shortName ?? other?.name ?? otherId;
  return mine ? `${bandLabel(rs)} ${name}` : `${name} ${bandLabel(rs)}`;
}
