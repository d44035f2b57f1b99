/**
 * From the derived graph to what is drawn: node sizes, labels, the layout's input, and the
 * path of every edge. Pure maths; the views only render what these functions return.
 */
import type { ActorGraph, GraphEdge } from './derive';
import type { LayoutInput, Point } from './layout';
import { shortLabel, wrapLabel } from './labels';
import { placeLabels, type LabelItem, type LabelPlace } from './labelPlacement';

/**
 * Above these sizes the graph is drawn on a canvas rather than as SVG elements. A tie is
 * four elements (a button group, its hit path, its line, its arrow): at a thousand ties
 * the SVG took about a quarter of a dataset's first render, and a graph that dense reads
 * better through its busiest actors and "Ties as text" than as a thousand tab stops.
 */
export const CANVAS_NODES = 500;
export const CANVAS_EDGES = 600;

export const drawsOnCanvas = (graph: ActorGraph) =>
  graph.nodes.length > CANVAS_NODES || graph.edges.length > CANVAS_EDGES;

/** Approximate width of one label character at the graph's 11px font. */
const CHAR_PX = 6.2;
const LINE_PX = 13;

export interface NodeLook {
  id: string;
  /** Radius of the mark: area grows with the number of events. */
  r: number;
  /** The label's lines; empty when the view is too crowded to label this actor. */
  lines: string[];
  /** The label to show when the actor is hovered, focused or chosen even if unlabelled. */
  hoverLines: string[];
  /** Radius of the circle that holds the mark and the label beneath it. */
  collide: number;
  /** How far the label reaches below the centre. */
  below: number;
}

/** Mark radius by event count: a square-root scale between minR and maxR. */
export function radiusScale(maxCount: number, minR = 5, maxR = 20) {
  const top = Math.sqrt(Math.max(1, maxCount));
  return (count: number) => minR + (maxR - minR) * (Math.sqrt(count) / top);
}

/** Up to this many actors, every one is labelled; above it, only the busiest. */
const LABEL_ALL = 30;

/**
 * How many actors get a permanent label in a drawing of this size: every one in a small
 * graph, otherwise about one per 6,000 px² (labels stay 11px on screen at any zoom, so
 * more would overlap).
 */
export const labelBudget = (nodeCount: number, width: number, height: number) =>
  nodeCount <= LABEL_ALL ? nodeCount : Math.max(15, Math.floor((width * height) / 6000));

/**
 * Sizes and labels. Nodes are sorted busiest first, so the first `labelled` get labels.
 * `compact` (the canvas) uses small marks and no label space at all.
 */
export function nodeLooks(graph: ActorGraph, compact = false, labelled = Infinity): NodeLook[] {
  const maxCount = graph.nodes.reduce((m, n) => Math.max(m, n.eventCount), 0);
  const crowded = graph.nodes.length > LABEL_ALL;
  const radius = compact
    ? radiusScale(maxCount, 2, 10)
    : crowded
      ? radiusScale(maxCount, 3, 14)
      : radiusScale(maxCount);
  return graph.nodes.map((n, i) => {
    const r = radius(n.eventCount);
    const hoverLines = wrapLabel(shortLabel(n.actor));
    if (compact || i >= labelled) {
      return { id: n.id, r, lines: [], hoverLines, collide: r + (compact ? 1 : 3), below: r };
    }
    const lines = hoverLines;
    const halfWidth = (Math.max(...lines.map((l) => l.length)) * CHAR_PX) / 2;
    const below = r + 3 + lines.length * LINE_PX;
    const collide = Math.max(r + 6, halfWidth + 3, (r + below) / 2 + 4);
    return { id: n.id, r, lines, hoverLines, collide, below: below + 2 };
  });
}

/** The layout's input: one link per tied pair (all edge types and "part of" links merged). */
export function layoutInputFor(
  graph: ActorGraph,
  looks: readonly NodeLook[],
  width: number,
  height: number,
): LayoutInput {
  const ids = graph.nodes.map((n) => n.id);
  const at = new Map(ids.map((id, i) => [id, i]));
  const weights = new Map<string, { source: number; target: number; weight: number }>();
  const tie = (a: string, b: string, w: number) => {
    const i = at.get(a);
    const j = at.get(b);
    if (i === undefined || j === undefined || i === j) return;
    const [s, t] = i < j ? [i, j] : [j, i];
    const key = `${s} ${t}`;
    const link = weights.get(key);
    if (link) link.weight += w;
    else weights.set(key, { source: s, target: t, weight: w });
  };
  for (const e of graph.edges) tie(e.source, e.target, e.count);
  for (const p of graph.partOf) tie(p.child, p.parent, 1);
  return {
    ids,
    radii: looks.map((l) => l.collide),
    below: looks.map((l) => l.below),
    links: [...weights.values()],
    width,
    height,
  };
}

/**
 * The layout box: the drawing itself for a small graph; for a crowded one, large enough to
 * give marks and labels about twice their own area (the view then zooms out to fit).
 */
export function layoutBox(looks: readonly NodeLook[], width: number, height: number) {
  // A small graph is boxed into the drawing itself (see layoutGraph) and shown at scale 1.
  if (looks.length <= 60) return { width, height };
  const needed = looks.reduce((sum, l) => sum + Math.PI * l.collide * l.collide, 0) * 2;
  const grow = Math.max(1, Math.sqrt(needed / (width * height)));
  return { width: Math.round(width * grow), height: Math.round(height * grow) };
}

export interface EdgePath {
  edge: GraphEdge;
  /** Length of the chord between the two rims. */
  length: number;
  /** SVG path data: a quadratic curve from the source's rim to the target's rim. */
  d: string;
  /** The curve's midpoint, where its arrowhead sits (ends pile up at busy actors). */
  mid: Point;
  /** The curve's direction at its midpoint, in degrees. */
  angle: number;
}

/**
 * Paths for the edges. Edges between the same two actors (in either direction) fan out as
 * curves, so a pair with an assault, a relation and a counter-assault shows three strokes.
 * `gap` is the space left before the target's rim for the arrowhead.
 */
export function edgePaths(
  edges: readonly GraphEdge[],
  position: (id: string) => Point | undefined,
  radius: (id: string) => number,
  gap = 2,
): EdgePath[] {
  const byPair = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source} ${e.target}` : `${e.target} ${e.source}`;
    const list = byPair.get(key);
    if (list) list.push(e);
    else byPair.set(key, [e]);
  }
  const out: EdgePath[] = [];
  for (const list of byPair.values()) {
    list.forEach((edge, k) => {
      const s = position(edge.source);
      const t = position(edge.target);
      if (!s || !t) return;
      // Offsets are measured in the pair's canonical direction so that A→B and B→A do
      // not land on the same curve.
      const flip = edge.source < edge.target ? 1 : -1;
      const offset = (k - (list.length - 1) / 2) * 22 * flip;
      const rs = radius(edge.source);
      const rt = radius(edge.target) + gap;
      const length = Math.max(0, Math.hypot(t[0] - s[0], t[1] - s[1]) - rs - rt);
      out.push({ edge, length, ...curve(s, t, offset, rs, rt) });
    });
  }
  // Long edges first, so short ones are drawn (and hit) on top of them: a long edge can
  // still be reached elsewhere along its length, a short one cannot.
  return out.sort((a, b) => b.length - a.length);
}

const round = (v: number) => Math.round(v * 10) / 10;

/** A quadratic curve from s to t bowed by `offset` px, trimmed by the two radii. */
export function curve(s: Point, t: Point, offset: number, rs: number, rt: number) {
  const dx = t[0] - s[0];
  const dy = t[1] - s[1];
  const len = Math.hypot(dx, dy) || 1;
  // The control point sits off the chord's midpoint, along its normal.
  const nx = -dy / len;
  const ny = dx / len;
  const qx = (s[0] + t[0]) / 2 + nx * offset * 2;
  const qy = (s[1] + t[1]) / 2 + ny * offset * 2;
  const toward = (p: Point, q: readonly [number, number], r: number): Point => {
    const ux = q[0] - p[0];
    const uy = q[1] - p[1];
    const l = Math.hypot(ux, uy) || 1;
    return [p[0] + (ux / l) * r, p[1] + (uy / l) * r];
  };
  const a = toward(s, [qx, qy], rs);
  const b = toward(t, [qx, qy], rt);
  const d = `M${round(a[0])},${round(a[1])}Q${round(qx)},${round(qy)} ${round(b[0])},${round(b[1])}`;
  // The midpoint of a quadratic Bézier is (a + 2q + b) / 4.
  const mid: Point = [(a[0] + 2 * qx + b[0]) / 4, (a[1] + 2 * qy + b[1]) / 4];
  // Its tangent there is parallel to the chord between the trimmed ends.
  const angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
  return { d, mid, angle };
}

/**
 * The graph's labels at view transform `t` in a drawing of width × height: every actor's
 * short label, busiest first, placed where it overlaps nothing (see labelPlacement).
 */
export function placeGraphLabels(
  graph: ActorGraph,
  looks: ReadonlyMap<string, NodeLook>,
  position: (id: string) => Point | undefined,
  t: { k: number; x: number; y: number },
  width: number,
  height: number,
  /** Extra distance kept from the drawing's edge (for a pan rounded by the caller). */
  margin = 0,
): Map<string, LabelPlace> {
  const items: LabelItem[] = [];
  for (const n of graph.nodes) {
    const look = looks.get(n.id);
    if (look) items.push({ id: n.id, r: look.r * t.k, lines: look.hoverLines });
  }
  const at = (id: string): Point | undefined => {
    const p = position(id);
    return p && [p[0] * t.k + t.x, p[1] * t.k + t.y];
  };
  const e = 2 + margin;
  return placeLabels(items, at, [e, e, width - e, height - e]);
}
