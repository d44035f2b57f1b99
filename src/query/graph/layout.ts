/**
 * Force layout of the actor graph: a pure function of its input, so it runs the same in a
 * Web Worker, on the main thread and in node tests.
 *
 * - Deterministic: d3-force's random source is a seeded PRNG and every starting position
 *   comes from the ids (a hash) or from earlier positions, never from Math.random.
 * - Settled before it is shown: the simulation is ticked to its end here, synchronously;
 *   nothing animates.
 * - Stable: nodes that were laid out before start where they were and are pulled back
 *   there; a new node starts beside its already placed neighbours.
 * - Pinned nodes (dragged by the reader) do not move at all.
 * - A small graph is kept inside the [0, width] × [0, height] box, so it fits its panel at
 *   scale 1; a crowded one is only drawn towards the box's centre, and the view zooms to fit.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { seededRandom } from '../random';

export type Point = readonly [number, number];

export interface LayoutInput {
  ids: readonly string[];
  /** Collision radius of each node: its mark and its label. */
  radii: readonly number[];
  /** How far each node's label reaches below its centre (defaults to its radius). */
  below?: readonly number[];
  /** Links by position in `ids`; weight is how many events the link stands for. */
  links: readonly { source: number; target: number; weight: number }[];
  width: number;
  height: number;
  /** Earlier positions by id: known nodes start and stay near them. */
  previous?: Readonly<Record<string, Point>>;
  /** Positions that must not move (nodes the reader dragged). */
  pinned?: Readonly<Record<string, Point>>;
  seed?: number;
}

export interface LayoutResult {
  ids: readonly string[];
  x: Float64Array;
  y: Float64Array;
}

interface Node extends SimulationNodeDatum {
  r: number;
  below: number;
  home: Point | null;
}

/** FNV-1a hash of a string, as a number in [0, 1). */
export function hashUnit(text: string, salt = 0): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 4294967296;
}

/** Graphs up to this many nodes are kept inside the box, so they show at scale 1. */
const BOXED = 60;

const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);

export function layoutGraph(input: LayoutInput): LayoutResult {
  const { ids, radii, below, links, width, height, previous = {}, pinned = {}, seed = 1 } = input;
  const n = ids.length;
  const cx = width / 2;
  const cy = height / 2;
  const big = n > 300;

  // 1. Starting positions: pinned, else earlier, else beside placed neighbours, else from
  //    the id's hash (a point in a disc), so the same ids always start at the same places.
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const l of links) {
    neighbours[l.source]!.push(l.target);
    neighbours[l.target]!.push(l.source);
  }
  const nodes: Node[] = new Array(n);
  let known = 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    const home = pinned[id] ?? previous[id] ?? null;
    if (home) known++;
    const r = radii[i] ?? 8;
    nodes[i] = { index: i, r, below: below?.[i] ?? r, home, x: home?.[0], y: home?.[1] };
    const pin = pinned[id];
    if (pin) {
      nodes[i]!.fx = pin[0];
      nodes[i]!.fy = pin[1];
    }
  }
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    if (node.x !== undefined) continue;
    const id = ids[i]!;
    const angle = hashUnit(id, 1) * 2 * Math.PI;
    const placed = neighbours[i]!.map((j) => nodes[j]!).filter((m) => m.home);
    if (placed.length > 0) {
      const mx = placed.reduce((s, m) => s + m.home![0], 0) / placed.length;
      const my = placed.reduce((s, m) => s + m.home![1], 0) / placed.length;
      const d = 20 + node.r;
      node.x = mx + d * Math.cos(angle);
      node.y = my + d * Math.sin(angle);
    } else {
      const d = Math.sqrt(hashUnit(id, 2)) * Math.min(width, height) * 0.45;
      node.x = cx + d * Math.cos(angle);
      node.y = cy + d * Math.sin(angle);
    }
  }

  // 2. Forces: links pull tied actors together, charge spreads them, collision keeps marks
  //    and labels apart, and a weak pull to the centre (or to a known node's old place)
  //    holds the picture together.
  const gravity = big ? 0.03 : 0.06;
  const anchor = 1;
  const simulation = forceSimulation<Node>(nodes)
    .randomSource(seededRandom(seed))
    .force(
      'link',
      forceLink<Node, { source: number; target: number; weight: number }>(
        links.map((l) => ({ ...l })),
      )
        .id((d) => d.index!)
        .distance((l) => {
          const s = l.source as unknown as Node;
          const t = l.target as unknown as Node;
          return (big ? 10 : 45) + s.r + t.r;
        }),
    )
    .force(
      'charge',
      forceManyBody<Node>()
        .strength(big ? -30 : -110)
        .theta(big ? 1 : 0.9)
        .distanceMax(big ? 400 : Infinity),
    )
    .force(
      'collide',
      forceCollide<Node>((d) => d.r)
        .strength(0.9)
        .iterations(big ? 1 : 2),
    )
    .force(
      'x',
      forceX<Node>((d) => d.home?.[0] ?? cx).strength((d) => (d.home ? anchor : gravity)),
    )
    .force(
      'y',
      forceY<Node>((d) => d.home?.[1] ?? cy).strength((d) => (d.home ? anchor : gravity)),
    )
    .stop();

  // 3. Run it to the end now. A re-layout of mostly known nodes starts cooler, so it only
  //    settles the newcomers instead of reshuffling everything.
  // Fewer ticks as graphs grow: a big graph's charge force dominates the cost.
  const ticks = n <= 100 ? 300 : big ? 120 : 200;
  const startAlpha = known > n / 2 ? 0.2 : 1;
  simulation.alpha(startAlpha).alphaDecay(1 - Math.pow(0.001 / startAlpha, 1 / ticks));
  for (let t = 0; t < ticks; t++) {
    simulation.tick();
    // Keep every node and its label inside the box (the collision radius covers both). A
    // crowded graph is not boxed in (it would pile up along the walls): it is zoomed to fit.
    if (n > BOXED) continue;
    for (const node of nodes) {
      if (node.fx != null) continue;
      const pad = Math.min(node.r, width / 4, height / 4);
      node.x = clamp(node.x!, pad, width - pad);
      node.y = clamp(node.y!, pad, height - Math.min(node.below, height / 4));
    }
  }

  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = nodes[i]!.x!;
    y[i] = nodes[i]!.y!;
  }
  return { ids, x, y };
}
