/**
 * The actor graph, derived from the events and relations that pass the filters.
 * Pure functions: no React, no DOM, the same input always gives the same graph.
 *
 * The rules:
 *  - Nodes: one per actor taking part in a visible event (any role) or at either end of a
 *    visible relation. Collapsed, every actor stands for its top-level actor (index.rootOf).
 *  - Event edges, typed by the event's PLOVER category:
 *      initiator → target ("direct"), for every initiator/target pair;
 *      initiator → affected ("affected"), so collateral parties are drawn apart from targets;
 *      mediator → every other party ("mediator"), for brokered talks;
 *      with no initiator and no target, the participants are tied to one another ("mutual",
 *      drawn without an arrowhead; the pair is stored in id order so both directions merge).
 *    Participants of an event that has an initiator or target get no edge of their own:
 *    the text does not say what they did to whom.
 *  - Relation edges: from → to, typed by the relation kind ("relation").
 *  - Edges are merged per (source, target, type, role): `count` is how many events and
 *    relations they stand for and `ids` lists them (one id namespace: events and relations).
 *  - Self-ties (also those that appear when sub-actors fold into their parent) are dropped.
 *  - Affiliation ("part of") links each node to its nearest ancestor that is also a node.
 */
import type { Actor, Category, Relation, RelationKind } from '../../model/schema';
import type { DatasetIndex } from '../indexes';

export type EdgeRole = 'direct' | 'affected' | 'mediator' | 'mutual' | 'relation';

export interface GraphNode {
  id: string;
  actor: Actor;
  /** How many visible events this actor (and, collapsed, its sub-actors) takes part in. */
  eventCount: number;
  /** How many visible relations touch it. */
  relationCount: number;
}

export interface GraphEdge {
  /** Stable key: source, target, type and role. */
  id: string;
  source: string;
  target: string;
  type: Category | RelationKind;
  role: EdgeRole;
  count: number;
  /** The event and relation ids this edge stands for, in the order they were met. */
  ids: string[];
}

export interface PartOfLink {
  child: string;
  parent: string;
}

export interface ActorGraph {
  /** Sorted by event count (most first), then by id, so the busiest actors come first. */
  nodes: GraphNode[];
  edges: GraphEdge[];
  partOf: PartOfLink[];
}

export interface DeriveOptions {
  /** Fold every actor into its top-level actor. */
  collapse?: boolean;
}

/** Builds the graph of the given events (indexes into index.events) and relations. */
export function deriveGraph(
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

/** Every edge touching an actor, as [edge, the actor at the other end]. */
export function tiesOf(graph: ActorGraph, actorId: string): [GraphEdge, string][] {
  const out: [GraphEdge, string][] = [];
  for (const e of graph.edges) {
    if (e.source === actorId) out.push([e, e.target]);
    else if (e.target === actorId) out.push([e, e.source]);
  }
  return out;
}

/** The actors tied to each actor by an edge or a "part of" link. */
export function neighboursOf(graph: ActorGraph): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>(graph.nodes.map((n) => [n.id, new Set<string>()]));
  const link = (a: string, b: string) => {
    out.get(a)?.add(b);
    out.get(b)?.add(a);
  };
  for (const e of graph.edges) link(e.source, e.target);
  for (const p of graph.partOf) link(p.child, p.parent);
  return out;
}
