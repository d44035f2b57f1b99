/**
 * The graph as SVG, for graphs small enough to draw element by element. D3 computed the
 * layout and the paths; React renders them. Every actor is a button (a roving tab stop,
 * arrow keys to neighbours, Enter toggles the actor filter); every edge is a button that
 * selects its events. Panning re-renders only the transform: the marks are memoised.
 */
import {
  useCallback,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { ActorGraph } from '../../query/graph/derive';
import type { Point } from '../../query/graph/layout';
import { useSettled } from './useSettled';
import { edgePaths, placeGraphLabels, type NodeLook } from '../../query/graph/scene';
import { KEY_DIRECTIONS, stepInDirection } from '../../query/graph/navigate';
import { useStore } from '../../store/store';
import { fitTransform, useFitLayout, useGraphZoom } from './useGraphZoom';
import { useNodeDrag } from './useNodeDrag';
import { GraphMarks } from './GraphMarks';
import { neighboursOf } from '../../query/graph/derive';
import { GraphToolbar } from './GraphToolbar';

/** The pan is rounded to this many pixels when labels are placed. */
const PAN_STEP = 40;
/** How long the zoom must be still before the labels are placed for it. */
const LABEL_SETTLE_MS = 120;
import { useTieWalk } from './useTieWalk';

export interface GraphSvgProps {
  graph: ActorGraph;
  looks: ReadonlyMap<string, NodeLook>;
  positions: ReadonlyMap<string, Point>;
  pinned: ReadonlySet<string>;
  generation: number;
  width: number;
  height: number;
  onPin(id: string, p: Point): void;
  /** Controls shown on the toolbar, left of the zoom buttons. */
  toolbar?: ReactNode;
}

export function GraphSvg(props: GraphSvgProps) {
  const { graph, looks, positions, pinned, generation, width, height, onPin, toolbar } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const nodeEls = useRef(new Map<string, SVGGElement>());
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const transformRef = useRef<ZoomTransform>(zoomIdentity);
  const [activeId, setActiveId] = useState<string | null>(null);

  const onZoom = useCallback((t: ZoomTransform) => {
    transformRef.current = t;
    setTransform(t);
  }, []);
  const zoom = useGraphZoom(svgRef, { width, height }, onZoom);
  const positionOf = useCallback((id: string) => positions.get(id), [positions]);
  useNodeDrag(layerRef, positionOf, onPin);

  const content = useCallback(() => {
    const points: [number, number][] = [];
    for (const [id, [x, y]] of positions) {
      const r = looks.get(id)?.collide ?? 5;
      points.push([x - r, y - r], [x + r, y + r]);
    }
    const radius = (id: string) => looks.get(id)?.r ?? 5;
    for (const { mid } of edgePaths(graph.edges, positionOf, radius)) points.push([mid[0], mid[1]]);
    return points;
  }, [graph, looks, positions, positionOf]);
  const currentTransform = useCallback(() => transformRef.current, []);
  useFitLayout(zoom, generation, content, currentTransform, width, height);

  // Labels are placed so that none overlaps another, a mark or the drawing's edge; the
  // rest are hidden. They are placed for the zoom once it has settled (exact, so they sit
  // right against their neighbours; during a wheel gesture the marks are not re-placed every
  // frame). The pan is rounded to 40px, so panning does not re-render the marks; the
  // drawing's edge is kept 20px further in to cover that rounding.
  const labelK = useSettled(transform.k, LABEL_SETTLE_MS);
  const panX = Math.round(transform.x / PAN_STEP) * PAN_STEP;
  const panY = Math.round(transform.y / PAN_STEP) * PAN_STEP;
  const labels = useMemo(
    () =>
      placeGraphLabels(
        graph,
        looks,
        positionOf,
        { k: labelK, x: panX, y: panY },
        width,
        height,
        PAN_STEP / 2,
      ),
    [graph, looks, positionOf, labelK, panX, panY, width, height],
  );

  const neighbours = useMemo(() => neighboursOf(graph), [graph]);
  const current = activeId && positions.has(activeId) ? activeId : (graph.nodes[0]?.id ?? null);

  const setHover = useStore((s) => s.setHover);
  const toggleActor = useStore((s) => s.toggleActor);

  const register = useCallback((id: string, el: SVGGElement | null) => {
    if (el) nodeEls.current.set(id, el);
    else nodeEls.current.delete(id);
  }, []);

  const onFocusNode = useCallback(
    (id: string) => {
      setActiveId(id);
      setHover({ actor: id });
      // Keep the focused actor in view: pan to it when it lies outside the drawing.
      const p = positions.get(id);
      const t = transformRef.current;
      if (!p) return;
      const [sx, sy] = t.apply([p[0], p[1]]);
      if (sx < 20 || sy < 20 || sx > width - 20 || sy > height - 20) {
        zoom.zoomTo(
          zoomIdentity.translate(width / 2 - p[0] * t.k, height / 2 - p[1] * t.k).scale(t.k),
        );
      }
    },
    [positions, setHover, width, height, zoom],
  );

  const ties = useTieWalk(graph, current, nodeEls, svgRef);
  const { enterTies } = ties;

  const onNodeKey = useCallback(
    (e: KeyboardEvent, id: string) => {
      if (enterTies(e)) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        toggleActor(id);
        return;
      }
      const dir = KEY_DIRECTIONS[e.key];
      if (!dir) return;
      e.preventDefault();
      const next = stepInDirection(id, dir, neighbours.get(id), positions.keys(), positionOf);
      if (next) nodeEls.current.get(next)?.focus();
    },
    [neighbours, positions, positionOf, toggleActor, enterTies],
  );

  return (
    <div className="graph-drawing">
      <GraphToolbar zoom={zoom} fit={() => fitTransform(content(), width, height)}>
        {toolbar}
      </GraphToolbar>
      <svg
        ref={svgRef}
        className="graph-svg"
        width={width}
        height={height}
        // Labels divide their size by the zoom, so they stay readable zoomed out.
        style={{ '--graph-k': transform.k } as CSSProperties}
      >
        <g transform={transform.toString()}>
          <GraphMarks
            graph={graph}
            looks={looks}
            positions={positions}
            pinned={pinned}
            tabbable={current}
            labels={labels}
            labelK={labelK}
            layerRef={layerRef}
            register={register}
            onFocusNode={onFocusNode}
            onNodeKey={onNodeKey}
            onFocusEdge={ties.onFocusEdge}
            onEdgeKey={ties.onEdgeKey}
            registerEdge={ties.registerEdge}
          />
        </g>
      </svg>
    </div>
  );
}
