/**
 * A cap on the ties the graph draws. A dense graph (500 actors, 12k ties) rasterises for
 * seconds on every change and reads as a hairball; the strongest ties carry its shape. The
 * ties left out are counted, so the view can say so; "Ties as text" still lists them all.
 */
import type { ActorGraph } from './derive';

export const MAX_DRAWN_EDGES = 1500;

export interface CappedGraph {
  /** The graph with only the strongest ties (the same object when nothing is cut). */
  drawn: ActorGraph;
  hidden: number;
  /** The largest event count among the hidden ties (0 when none is hidden). */
  hiddenMaxCount: number;
}

/** Keeps the `max` ties with the most events (ties broken by id, so the cut is stable). */
export function capEdges(graph: ActorGraph, max = MAX_DRAWN_EDGES): CappedGraph {
  const edges = graph.edges;
  if (edges.length <= max) return { drawn: graph, hidden: 0, hiddenMaxCount: 0 };
  // The count at the cut (the first left out, by weight): a native sort of the counts. A
  // sort of every tie by weight and id compared ids, as strings, for most pairs of a big
  // graph's ties (most have one event): ~0.1 s for 100k events.
  const counts = Float64Array.from(edges, (e) => e.count).sort();
  const cut = counts[counts.length - 1 - max]!;
  // Every tie above the cut is kept; the rest of the room goes to ties at the cut, by id.
  const kept = new Set(edges.filter((e) => e.count > cut));
  const atCut = edges
    .filter((e) => e.count === cut)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 0; kept.size < max; i++) kept.add(atCut[i]!);
  return {
    // Drawing order stays the graph's own.
    drawn: { ...graph, edges: edges.filter((e) => kept.has(e)) },
    hidden: edges.length - max,
    hiddenMaxCount: cut,
  };
}
