/**
 * The graph as SVG, for graphs small enough to draw element by element. D3 computed the
 * layout and the paths; React renders them. Every actor is a button (a roving tab stop,
 * arrow keys to neighbours, Enter toggles the actor filter); every edge is a button that
 * selects its events. Panning re-renders only the transform: the marks are memoised.
 */
import {
  useCallback,
  useId,
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
import { visibleLabels, type NodeLook } from '../../query/graph/scene';
import { KEY_DIRECTIONS, stepInDirection } from '../../query/graph/navigate';
import { useStore } from '../../store/store';
import { fitTransform, useFitFirstLayout, useGraphZoom } from './useGraphZoom';
import { useNodeDrag } from './useNodeDrag';
import { GraphMarks } from './GraphMarks';
import { neighboursOf } from '../../query/graph/derive';
import { GraphToolbar } from './GraphToolbar';

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
  const uid = useId().replace(/[^a-zA-Z0-9-]/g, '');
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

  useFitFirstLayout(zoom, generation, positions, width, height);

  // In a crowded graph, labels that would overlap at this zoom are hidden. The zoom is
  // rounded to steps of about 19%, so panning and small zooms do not re-render the marks.
  const kStep = Math.round(Math.log2(transform.k) * 4) / 4;
  const lookList = useMemo(() => [...looks.values()], [looks]);
  const labelled = useMemo(
    () =>
      graph.nodes.length > 30 ? visibleLabels(lookList, positionOf, Math.pow(2, kStep)) : null,
    [graph, lookList, positionOf, kStep],
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

  const onNodeKey = useCallback(
    (e: KeyboardEvent, id: string) => {
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
    [neighbours, positions, positionOf, toggleActor],
  );

  return (
    <div className="graph-drawing">
      <GraphToolbar zoom={zoom} fit={() => fitTransform(positions.values(), width, height)}>
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
            uid={uid}
            graph={graph}
            looks={looks}
            positions={positions}
            pinned={pinned}
            tabbable={current}
            labelled={labelled}
            layerRef={layerRef}
            register={register}
            onFocusNode={onFocusNode}
            onNodeKey={onNodeKey}
          />
        </g>
      </svg>
    </div>
  );
}
