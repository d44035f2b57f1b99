/**
 * The marks of the SVG graph: "part of" links, edges and actors. Memoised, so that panning
 * (which changes only the parent's transform) does not re-render them; they re-render when
 * the graph, the positions, the hover, the selection or the actor filter change.
 */
import { memo, useCallback, useMemo, type KeyboardEvent, type RefObject } from 'react';
import type { ActorGraph, GraphEdge } from '../../query/graph/derive';
import type { Point } from '../../query/graph/layout';
import { edgeName, nodeName, wrapLabel } from '../../query/graph/labels';
import type { LabelPlace } from '../../query/graph/labelPlacement';
import { edgePaths, type NodeLook } from '../../query/graph/scene';
import type { ActorKind } from '../../model/schema';
import { useStore } from '../../store/store';
import { selectIndex } from '../../store/selectors';
import { FAMILY_COLOURS, ROLE_DASHES, edgeWidth, familyOf, markPath, nodePaint } from './style';

const round = (v: number) => Math.round(v * 10) / 10;

export interface GraphMarksProps {
  graph: ActorGraph;
  looks: ReadonlyMap<string, NodeLook>;
  positions: ReadonlyMap<string, Point>;
  pinned: ReadonlySet<string>;
  /** The actor that is the graph's tab stop. */
  tabbable: string | null;
  /** Where each shown label goes (query/graph/labelPlacement); the rest are hidden. */
  labels: ReadonlyMap<string, LabelPlace>;
  /** The zoom the label offsets were computed for (they are in screen pixels). */
  labelK: number;
  layerRef: RefObject<SVGGElement | null>;
  register(id: string, el: SVGGElement | null): void;
  onFocusNode(id: string): void;
  onNodeKey(e: KeyboardEvent, id: string): void;
  onFocusEdge(edge: GraphEdge): void;
  onEdgeKey(e: KeyboardEvent, edge: GraphEdge): void;
  /** Receives each tie's element, so the keyboard can walk an actor's ties. */
  registerEdge(id: string, el: SVGGElement | null): void;
}

export const GraphMarks = memo(function GraphMarks(props: GraphMarksProps) {
  const { graph, looks, positions, pinned, tabbable, labels, labelK, layerRef } = props;
  const index = useStore(selectIndex);
  const chosen = useStore((s) => s.filters.actors);
  const hoverActor = useStore((s) => s.hover.actor);
  const hoverIds = useStore((s) => s.hover.ids);
  const selection = useStore((s) => s.selection);
  const setHover = useStore((s) => s.setHover);
  const toggleActor = useStore((s) => s.toggleActor);
  const select = useStore((s) => s.select);

  const positionOf = useCallback((id: string) => positions.get(id), [positions]);
  const radius = useCallback((id: string) => looks.get(id)?.r ?? 5, [looks]);
  const paths = useMemo(
    () => edgePaths(graph.edges, positionOf, radius, 3),
    [graph, positionOf, radius],
  );
  const actorOf = useCallback((id: string) => index?.actorsById.get(id), [index]);

  // What to light up: the hovered actor's edges, and edges carrying hovered events
  // (another view, such as the timeline, may hover events).
  const hoverSet = useMemo(() => new Set(hoverIds), [hoverIds]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const { litEdges, litNodes } = useMemo(() => {
    const litEdges = new Set<GraphEdge>();
    const litNodes = new Set<string>();
    for (const e of graph.edges) {
      const touches = hoverActor !== null && (e.source === hoverActor || e.target === hoverActor);
      if (touches || e.ids.some((id) => hoverSet.has(id))) {
        litEdges.add(e);
        litNodes.add(e.source);
        litNodes.add(e.target);
      }
    }
    if (hoverActor && positions.has(hoverActor)) litNodes.add(hoverActor);
    return { litEdges, litNodes };
  }, [graph, hoverActor, hoverSet, positions]);
  const hovering = litNodes.size > 0;

  const onHover = useCallback((id: string | null) => setHover({ actor: id }), [setHover]);

  return (
    <g className={hovering ? 'graph-marks is-hovering' : 'graph-marks'}>
      <g className="graph-partof" aria-hidden="true">
        {graph.partOf.map(({ child, parent }) => {
          const a = positions.get(child);
          const b = positions.get(parent);
          if (!a || !b) return null;
          return <line key={`${child}>${parent}`} x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} />;
        })}
      </g>
      <g className="graph-edges">
        {paths.map(({ edge, d, mid, angle }) => {
          const family = familyOf(edge);
          const isLit = litEdges.has(edge);
          const isSelected = edge.ids.some((id) => selected.has(id));
          const choose = () => select(edge.ids);
          return (
            <g
              key={edge.id}
              ref={(el) => props.registerEdge(edge.id, el)}
              role="button"
              tabIndex={-1}
              aria-label={edgeName(edge, actorOf)}
              data-edge-id={edge.id}
              data-highlighted={isLit || undefined}
              className={`graph-edge${isLit ? ' is-lit' : ''}${isSelected ? ' is-selected' : ''}`}
              onClick={choose}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  choose();
                } else props.onEdgeKey(e, edge);
              }}
              onFocus={() => props.onFocusEdge(edge)}
            >
              <path className="edge-hit" d={d} />
              <path
                className="edge-line"
                d={d}
                stroke={FAMILY_COLOURS[family]}
                strokeWidth={edgeWidth(edge.count)}
                strokeDasharray={ROLE_DASHES[edge.role]}
              />
              {edge.role !== 'mutual' && (
                // The arrowhead sits mid-curve: at the target's rim, many would pile up.
                <path
                  className="edge-arrow"
                  d="M-5,-4L5,0L-5,4z"
                  fill={FAMILY_COLOURS[family]}
                  transform={`translate(${round(mid[0])},${round(mid[1])}) rotate(${Math.round(angle)})`}
                />
              )}
            </g>
          );
        })}
      </g>
      <g className="graph-nodes" ref={layerRef}>
        {graph.nodes.map((node) => {
          const p = positions.get(node.id);
          const look = looks.get(node.id);
          if (!p || !look) return null;
          return (
            <Node
              key={node.id}
              id={node.id}
              x={p[0]}
              y={p[1]}
              look={look}
              kind={node.actor.kind}
              name={nodeName(node)}
              fullName={node.actor.name}
              pressed={chosen.includes(node.id)}
              lit={litNodes.has(node.id)}
              hovered={hoverActor === node.id}
              pinned={pinned.has(node.id)}
              tabbable={node.id === tabbable}
              place={labels.get(node.id)}
              labelK={labelK}
              register={props.register}
              onToggle={toggleActor}
              onHover={onHover}
              onFocusNode={props.onFocusNode}
              onKey={props.onNodeKey}
            />
          );
        })}
      </g>
    </g>
  );
});

interface NodeProps {
  id: string;
  x: number;
  y: number;
  look: NodeLook;
  kind: ActorKind;
  name: string;
  fullName: string;
  pressed: boolean;
  lit: boolean;
  hovered: boolean;
  pinned: boolean;
  tabbable: boolean;
  place: LabelPlace | undefined;
  labelK: number;
  register(id: string, el: SVGGElement | null): void;
  onToggle(id: string): void;
  onHover(id: string | null): void;
  onFocusNode(id: string): void;
  onKey(e: KeyboardEvent, id: string): void;
}

const BELOW = { dx: 0, anchor: 'middle' } as const;

/** One actor: its mark (shape and colour by kind, size by events) and its label. */
const Node = memo(function Node(p: NodeProps) {
  const { id, look, register } = p;
  const ref = useCallback((el: SVGGElement | null) => register(id, el), [id, register]);
  // The actor under the pointer or focus shows its full name; the others their placed short label, if any.
  const full = p.hovered;
  const lines = full ? wrapLabel(p.fullName, 26) : p.place ? look.hoverLines : [];
  const k = p.labelK;
  // The full name goes under the mark; a short label where the placement put it.
  const place = !full && p.place ? p.place : { ...BELOW, dy: look.r * k + 2 };
  const classes = ['graph-node'];
  if (p.pressed) classes.push('is-pressed');
  if (p.lit) classes.push('is-lit');
  if (p.hovered) classes.push('is-hovered');
  if (p.pinned) classes.push('is-pinned');
  if (full) classes.push('is-full');
  return (
    <g
      ref={ref}
      role="button"
      tabIndex={p.tabbable ? 0 : -1}
      aria-pressed={p.pressed}
      aria-label={p.name}
      data-node-id={id}
      data-highlighted={p.lit || undefined}
      className={classes.join(' ')}
      transform={`translate(${round(p.x)},${round(p.y)})`}
      onClick={() => p.onToggle(id)}
      onKeyDown={(e) => p.onKey(e, id)}
      onPointerEnter={() => p.onHover(id)}
      onPointerLeave={() => p.onHover(null)}
      onFocus={() => p.onFocusNode(id)}
      onBlur={() => p.onHover(null)}
    >
      {p.pressed && <circle className="node-ring" r={look.r + 4} />}
      <path className="node-mark" d={markPath(p.kind, look.r)} {...nodePaint(p.kind)} />
      {p.pinned && <circle className="node-pin" r={2.5} />}
      {lines.length > 0 && (
        <text
          className="node-label"
          x={round(place.dx / k)}
          y={round(place.dy / k)}
          textAnchor={place.anchor}
        >
          {lines.map((line, i) => (
            // em units: labels are counter-scaled to stay 11px on screen at any zoom.
            <tspan key={i} x={round(place.dx / k)} dy={i === 0 ? '0.95em' : '1.18em'}>
              {line}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
});
