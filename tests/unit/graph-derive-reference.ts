/**
 * Test-only reference: deriveGraph as it was before actors were numbered, with a string
 * key built per edge. graph-derive.property.test.ts checks that the current deriveGraph
 * gives a deep-equal graph. Not used by the app.
 */
import type { Category, Relation, RelationKind } from '../../src/model/schema';
import type { DatasetIndex } from '../../src/query/indexes';
import type {
  ActorGraph,
  DeriveOptions,
  EdgeRole,
  GraphEdge,
  GraphNode,
  PartOfLink,
} from '../../src/query/graph/derive';

export function referenceDeriveGraph(
  index: DatasetIndex,
  eventIndexes: ArrayLike<number>,
  relations: readonly Relation[],
  options: DeriveOptions = {},
): ActorGraph {
  const { actorsById, rootOf } = index;
  const as = options.collapse ? (id: string) => rootOf.get(id) ?? id : (id: string) => id;

  const eventCount = new Map<string, number>();
  const relationCount = new Map<string, number>();
  const edges = new Map<string, GraphEdge>();

  const addEdge = (
    from: string,
    to: string,
    type: Category | RelationKind,
    role: EdgeRole,
    id: string,
  ) => {
    if (from === to) return;
    const key = `${from}>${to}:${type}:${role}`;
    const edge = edges.get(key);
    if (!edge) {
      edges.set(key, { id: key, source: from, target: to, type, role, count: 1, ids: [id] });
    } else if (edge.ids[edge.ids.length - 1] !== id) {
      // An event with two initiators folded into one actor still counts once.
      edge.ids.push(id);
      edge.count++;
    }
  };

  for (let k = 0; k < eventIndexes.length; k++) {
    const event = index.events[eventIndexes[k]!]!;
    const byRole = {
      initiator: [] as string[],
      target: [] as string[],
      mediator: [] as string[],
      affected: [] as string[],
      participant: [] as string[],
    };
    const seen = new Set<string>();
    for (const p of event.participants) {
      const id = as(p.actor);
      if (!actorsById.has(id)) continue;
      byRole[p.role].push(id);
      if (!seen.has(id)) {
        seen.add(id);
        eventCount.set(id, (eventCount.get(id) ?? 0) + 1);
      }
    }
    const { initiator, target, mediator, affected, participant } = byRole;
    const type = event.category;
    for (const from of initiator) {
      for (const to of target) addEdge(from, to, type, 'direct', event.id);
      for (const to of affected) addEdge(from, to, type, 'affected', event.id);
    }
    if (initiator.length === 0 && target.length === 0) {
      for (let i = 0; i < participant.length; i++) {
        for (let j = i + 1; j < participant.length; j++) {
          const [a, b] = [participant[i]!, participant[j]!].sort();
          addEdge(a!, b!, type, 'mutual', event.id);
        }
      }
    }
    const parties = [...new Set([...initiator, ...target, ...participant])];
    for (const m of mediator) for (const to of parties) addEdge(m, to, type, 'mediator', event.id);
  }

  for (const r of relations) {
    const from = as(r.from);
    const to = as(r.to);
    if (!actorsById.has(from) || !actorsById.has(to)) continue;
    relationCount.set(from, (relationCount.get(from) ?? 0) + 1);
    if (to !== from) relationCount.set(to, (relationCount.get(to) ?? 0) + 1);
    addEdge(from, to, r.kind, 'relation', r.id);
  }

  const ids = new Set([...eventCount.keys(), ...relationCount.keys()]);
  const nodes: GraphNode[] = [...ids].map((id) => ({
    id,
    actor: actorsById.get(id)!,
    eventCount: eventCount.get(id) ?? 0,
    relationCount: relationCount.get(id) ?? 0,
  }));
  nodes.sort(
    (a, b) =>
      b.eventCount - a.eventCount ||
      b.relationCount - a.relationCount ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  const partOf: PartOfLink[] = [];
  if (!options.collapse) {
    for (const node of nodes) {
      let parent = node.actor.parent;
      while (parent && !ids.has(parent)) parent = actorsById.get(parent)?.parent;
      if (parent) partOf.push({ child: node.id, parent });
    }
  }

  return { nodes, edges: [...edges.values()], partOf };
}
