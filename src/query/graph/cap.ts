/**
 * A cap on the ties the graph draws. A dense graph (500 actors, 12k ties) rasterises for
 * seconds on every change and reads as a hairball; the strongest ties carry its shape. The
 * ties left out are counted, so the view can say so; "Ties as text" still lists them all.
 */
import type { ActorGraph, GraphEdge } from './derive';

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
  if (graph.edges.length <= max) return { drawn: graph, hidden: 0, hiddenMaxCount: 0 };
  const byWeight = (a: GraphEdge, b: GraphEdge) =>
    b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted = [...graph.edges].sort(byWeight);
  const kept = new Set(sorted.slice(0, max));
  return {
    // Drawing order stays the graph's own.
    drawn: { ...graph, edges: graph.edges.filter((e) => kept.has(e)) },
    hidden: sorted.length - max,
    hiddenMaxCount: sorted[max]!.count,
  };
}
