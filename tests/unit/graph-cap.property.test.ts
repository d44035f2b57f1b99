/**
 * capEdges keeps the `max` ties with the most events, ties broken by id: the same cut as
 * sorting every tie by weight then id and keeping the first `max` (its code before it
 * read the cut from a native sort of the counts), in the graph's own order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capEdges } from '../../src/query/graph/cap';
import type { ActorGraph, GraphEdge } from '../../src/query/graph/derive';

function bySorting(graph: ActorGraph, max: number) {
  const sorted = [...graph.edges].sort(
    (a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const kept = new Set(sorted.slice(0, max));
  return {
    drawn: graph.edges.filter((e) => kept.has(e)),
    hidden: sorted.length - max,
    hiddenMaxCount: sorted[max]!.count,
  };
}

const edge = (id: string, count: number): GraphEdge =>
  ({
    id,
    source: 'a',
    target: 'b',
    type: 'relation',
    role: 'initiator',
    count,
    ids: [],
  }) as unknown as GraphEdge;

describe('capEdges', () => {
  it('cuts where sorting every tie by weight, then id, cuts', () => {
    fc.assert(
      fc.property(
        // Few distinct counts and ids in any order: many ties at the cut.
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 80 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 80, maxLength: 80 }),
        fc.integer({ min: 0, max: 80 }),
        (ids, counts, max) => {
          const graph = { nodes: [], edges: ids.map((id, i) => edge(id, counts[i]!)) };
          const got = capEdges(graph as unknown as ActorGraph, max);
          if (graph.edges.length <= max) {
            expect(got).toEqual({ drawn: graph, hidden: 0, hiddenMaxCount: 0 });
            return;
          }
          const want = bySorting(graph as unknown as ActorGraph, max);
          expect(got.drawn.edges).toEqual(want.drawn);
          expect(got.drawn.edges.length).toBe(max);
          expect(got.hidden).toBe(want.hidden);
          expect(got.hiddenMaxCount).toBe(want.hiddenMaxCount);
        },
      ),
      { numRuns: 400 },
    );
  });
});
