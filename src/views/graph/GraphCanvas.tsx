/**
 * The graph on a canvas, for graphs too big for one element per mark. Panning redraws the
 * canvas in the next animation frame without any React render. The pointer finds actors
 * through a quadtree: hover highlights, a click toggles the actor filter. For keyboards and
 * screen readers the busiest actors are listed as buttons below, and every tie is in
 * "Ties as text".
 */
import { useCallback, useEffect, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import { quadtree } from 'd3-quadtree';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { ActorGraph } from '../../query/graph/derive';
import type { Point } from '../../query/graph/layout';
import { nodeName, shortLabel } from '../../query/graph/labels';
import type { NodeLook } from '../../query/graph/scene';
import { useStore } from '../../store/store';
import { FAMILY_COLOURS, edgeWidth, familyOf, markPath, nodePaint } from './style';
import type { ActorKind } from '../../model/schema';

const unitMarks = new Map<ActorKind, Path2D>();
/** A kind's mark at radius 1, made once per kind. */
function unitMark(kind: ActorKind): Path2D {
  let path = unitMarks.get(kind);
  if (!path) unitMarks.set(kind, (path = new Path2D(markPath(kind, 1))));
  return path;
}
import { fitTransform, useFitLayout, useGraphZoom } from './useGraphZoom';
import { GraphToolbar } from './GraphToolbar';

/** How many actors get a button (and a label on the canvas). */
const TOP_ACTORS = 40;
/** Height of the list of those buttons under the canvas (px, see graph.css). */
const TOP_LIST_HEIGHT = 96;

export interface GraphCanvasProps {
  graph: ActorGraph;
  looks: ReadonlyMap<string, NodeLook>;
  positions: ReadonlyMap<string, Point>;
  generation: number;
  width: number;
  height: number;
  /** Controls shown on the toolbar, left of the zoom buttons. */
  toolbar?: ReactNode;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { graph, looks, positions, generation, width, toolbar } = props;
  const height = Math.max(120, props.height - TOP_LIST_HEIGHT);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const transform = useRef<ZoomTransform>(zoomIdentity);
  const frame = useRef(0);
  const hoverActor = useStore((s) => s.hover.actor);
  const chosen = useStore((s) => s.filters.actors);
  const setHover = useStore((s) => s.setHover);
  const toggleActor = useStore((s) => s.toggleActor);

  const top = useMemo(() => graph.nodes.slice(0, TOP_ACTORS), [graph]);
  const tree = useMemo(
    () =>
      quadtree<[number, number, string]>().addAll(
        [...positions].map(([id, p]) => [p[0], p[1], id] as [number, number, string]),
      ),
    [positions],
  );

  // Everything the drawing needs, kept in a ref so a pan can redraw without React.
  const scene = useRef({ graph, looks, positions, hoverActor, chosen, top });
  const draw = useCallback(() => {
    frame.current = 0;
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    drawGraph(ctx, canvas, scene.current, transform.current);
  }, []);
  const redraw = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(draw);
  }, [draw]);
  useEffect(() => {
    scene.current = { graph, looks, positions, hoverActor, chosen, top };
    redraw();
  }, [graph, looks, positions, hoverActor, chosen, top, redraw]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const onZoom = useCallback(
    (t: ZoomTransform) => {
      transform.current = t;
      redraw();
    },
    [redraw],
  );
  const zoom = useGraphZoom(canvasRef, { width, height }, onZoom);

  const content = useCallback(() => [...positions.values()], [positions]);
  const current = useCallback(() => transform.current, []);
  useFitLayout(zoom, generation, content, current, width, height);

  const actorAt = (e: MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const t = transform.current;
    const [x, y] = t.invert([e.clientX - rect.left, e.clientY - rect.top]);
    const hit = tree.find(x, y, 12 / t.k);
    if (!hit) return null;
    const r = looks.get(hit[2])?.r ?? 4;
    return Math.hypot(hit[0] - x, hit[1] - y) <= r + 6 / t.k ? hit[2] : null;
  };

  return (
    <div className="graph-drawing">
      <GraphToolbar zoom={zoom} fit={() => fitTransform(positions.values(), width, height)}>
        {toolbar}
      </GraphToolbar>
      <canvas
        ref={canvasRef}
        className="graph-canvas"
        width={Math.round(width * dpr())}
        height={Math.round(height * dpr())}
        style={{ width, height }}
        role="img"
        aria-label={`Actor graph drawn on a canvas: ${graph.nodes.length.toLocaleString('en')} actors and ${graph.edges.length.toLocaleString('en')} ties. The busiest actors are listed below as buttons.`}
        onPointerMove={(e) => {
          const id = actorAt(e);
          if (id !== useStore.getState().hover.actor) setHover({ actor: id });
        }}
        onPointerLeave={() => setHover({ actor: null })}
        onClick={(e) => {
          const id = actorAt(e);
          if (id) toggleActor(id);
        }}
      />
      <div className="graph-top-actors">
        <h3>Busiest {top.length} actors</h3>
        <ul>
          {top.map((node) => (
            <li key={node.id}>
              <button
                type="button"
                aria-pressed={chosen.includes(node.id)}
                aria-label={nodeName(node)}
                onClick={() => toggleActor(node.id)}
                onPointerEnter={() => setHover({ actor: node.id })}
                onPointerLeave={() => setHover({ actor: null })}
                onFocus={() => setHover({ actor: node.id })}
                onBlur={() => setHover({ actor: null })}
              >
                {shortLabel(node.actor)} ({node.eventCount})
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

const dpr = () => (typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1));

interface Scene {
  graph: ActorGraph;
  looks: ReadonlyMap<string, NodeLook>;
  positions: ReadonlyMap<string, Point>;
  hoverActor: string | null;
  chosen: readonly string[];
  top: ActorGraph['nodes'];
}

/** Draws edges batched by colour and width, then nodes, then the busiest actors' labels. */
function drawGraph(
  ctx: CanvasRenderingContext2D,
  canvas: HTMLCanvasElement,
  s: Scene,
  t: ZoomTransform,
) {
  const ratio = canvas.width / canvas.clientWidth || 1;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);

  const batches = new Map<string, Path2D>();
  const lit: [Point, Point][] = [];
  for (const e of s.graph.edges) {
    const a = s.positions.get(e.source);
    const b = s.positions.get(e.target);
    if (!a || !b) continue;
    if (s.hoverActor && (e.source === s.hoverActor || e.target === s.hoverActor)) {
      lit.push([a, b]);
      continue;
    }
    const key = `${familyOf(e)}|${Math.round(edgeWidth(e.count))}`;
    let path = batches.get(key);
    if (!path) batches.set(key, (path = new Path2D()));
    path.moveTo(a[0], a[1]);
    path.lineTo(b[0], b[1]);
  }
  ctx.globalAlpha = s.hoverActor ? 0.12 : 0.35;
  for (const [key, path] of batches) {
    const [family, width] = key.split('|') as [keyof typeof FAMILY_COLOURS, string];
    ctx.strokeStyle = FAMILY_COLOURS[family];
    ctx.lineWidth = Number(width) / t.k;
    ctx.stroke(path);
  }
  ctx.globalAlpha = 1;
  if (lit.length) {
    ctx.strokeStyle = '#c2410c';
    ctx.lineWidth = 2 / t.k;
    ctx.beginPath();
    for (const [a, b] of lit) {
      ctx.moveTo(a[0], a[1]);
      ctx.lineTo(b[0], b[1]);
    }
    ctx.stroke();
  }

  for (const node of s.graph.nodes) {
    const p = s.positions.get(node.id);
    if (!p) continue;
    const r = s.looks.get(node.id)?.r ?? 3;
    // The kind's shape at unit size, scaled to the node (kinds differ by shape only).
    const shape = unitMark(node.actor.kind);
    const paint = nodePaint(node.actor.kind);
    ctx.save();
    ctx.translate(p[0], p[1]);
    ctx.scale(r, r);
    ctx.fillStyle = paint.fill;
    ctx.fill(shape);
    const inHand = node.id === s.hoverActor || s.chosen.includes(node.id);
    ctx.lineWidth = (inHand ? 2.5 : paint.strokeWidth) / (t.k * r);
    ctx.strokeStyle = inHand ? '#c2410c' : paint.stroke;
    ctx.stroke(shape);
    ctx.restore();
  }

  // Labels stay 11px on screen whatever the zoom.
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.fillStyle = '#1d1d1f';
  const labelled = new Set(s.top.map((n) => n.id));
  if (s.hoverActor) labelled.add(s.hoverActor);
  // Busiest first; a label that would overlap one already placed is left out.
  const placed: [number, number, number, number][] = [];
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  for (const node of s.graph.nodes) {
    if (!labelled.has(node.id)) continue;
    const p = s.positions.get(node.id);
    if (!p) continue;
    const r = (s.looks.get(node.id)?.r ?? 3) * t.k;
    const [x, y] = t.apply([p[0], p[1]]);
    const label = shortLabel(node.actor);
    const half = ctx.measureText(label).width / 2 + 2;
    const box: [number, number, number, number] = [x - half, y + r + 1, x + half, y + r + 15];
    if (box[2] < 0 || box[0] > w || box[3] < 0 || box[1] > h) continue;
    const clash = placed.some(
      (b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1],
    );
    if (clash && node.id !== s.hoverActor) continue;
    placed.push(box);
    ctx.strokeText(label, x, y + r + 2);
    ctx.fillText(label, x, y + r + 2);
  }
}
