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
import { runSteps, STEP_EVENTS, type Steps } from '../steps';

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

/** Where each edge role sits in the numeric edge key. */
const ROLE_SLOT: Record<EdgeRole, number> = {
  direct: 0,
  affected: 1,
  mediator: 2,
  mutual: 3,
  relation: 4,
};

/**
 * Builds the graph of the given events (indexes into index.events) and relations.
 *
 * Actors are numbered and edges are keyed by one number (type, role, source, target) rather
 * than by a string built per pair: at 300k events the string keys took seconds. The key
 * stays an exact integer (< 2^53) up to millions of actors (28 types × 5 roles × actors²).
 */
export function deriveGraph(
  index: DatasetIndex,
  eventIndexes: ArrayLike<number>,
  relations: readonly Relation[],
  options: DeriveOptions = {},
): ActorGraph {
  return runSteps(deriveGraphSteps(index, eventIndexes, relations, options));
}

/** deriveGraph as steps (query/steps.ts), yielding every few thousand events. */
export function* deriveGraphSteps(
  index: DatasetIndex,
  eventIndexes: ArrayLike<number>,
  relations: readonly Relation[],
  options: DeriveOptions = {},
): Steps<ActorGraph> {
  const { actorsById, rootOf, events } = index;
  const actorIds: string[] = [];
  const numberOf = new Map<string, number>();
  for (const id of actorsById.keys()) {
    numberOf.set(id, actorIds.length);
    actorIds.push(id);
  }
  const nActors = actorIds.length;
  // The node each actor number stands for: itself, or collapsed, its top-level actor.
  const nodeOf = new Int32Array(nActors);
  for (let a = 0; a < nActors; a++) {
    const id = actorIds[a]!;
    nodeOf[a] = options.collapse ? (numberOf.get(rootOf.get(id) ?? id) ?? -1) : a;
  }
  const nodeOfId = (id: string) => {
    const a = numberOf.get(id);
    return a === undefined ? -1 : nodeOf[a]!;
  };

  const eventCount = new Int32Array(nActors);
  const relationCount = new Int32Array(nActors);
  const edges: GraphEdge[] = [];
  const edgeNoByKey = new Map<number, number>();
  const nPairs = nActors * nActors;
  const typeSlot = new Map<string, number>();
  /** The key of the first edge (source 0, target 0, role slot 0) of a type. */
  const typeBase = (type: string) => {
    let t = typeSlot.get(type);
    if (t === undefined) typeSlot.set(type, (t = typeSlot.size));
    return t * 5 * nPairs;
  };
  // The item (event or relation) that last added its id to each edge, by edge number. An
  // event is stamped with its index: validation makes ids unique, and then a new index means
  // a new id, so the id strings need not be read. Relations (stamped by position, negative)
  // and datasets with repeated event ids compare the ids themselves.
  const lastStamp: number[] = [];
  const uniqueEventIds = index.eventsById.size === events.length;

  const addEdge = (
    from: number,
    to: number,
    base: number,
    type: Category | RelationKind,
    role: EdgeRole,
    id: string,
    stamp: number,
  ) => {
    if (from === to) return;
    const key = base + from * nActors + to;
    const e = edgeNoByKey.get(key);
    if (e === undefined) {
      const source = actorIds[from]!;
      const target = actorIds[to]!;
      edgeNoByKey.set(key, edges.length);
      lastStamp.push(stamp);
      edges.push({
        id: `${source}>${target}:${type}:${role}`,
        source,
        target,
        type,
        role,
        count: 1,
        ids: [id],
      });
      return;
    }
    if (lastStamp[e] === stamp) return;
    const edge = edges[e]!;
    // An event with two initiators folded into one actor still counts once.
    if ((stamp < 0 || !uniqueEventIds) && edge.ids[edge.ids.length - 1] === id) return;
    lastStamp[e] = stamp;
    edge.ids.push(id);
    edge.count++;
  };

  // Reused per event: the node numbers in each role (a count and a buffer each), and stamps
  // of the last event that counted an actor or listed it as a party, so nothing is allocated
  // per event.
  let cap = 0;
  let initiator = new Int32Array(0);
  let target = initiator;
  let mediator = initiator;
  let affected = initiator;
  let participant = initiator;
  let parties = initiator;
  const countedAt = new Int32Array(nActors).fill(-1);
  const partyAt = new Int32Array(nActors).fill(-1);
  let nParties = 0;
  const addParties = (list: Int32Array, n: number, k: number) => {
    for (let i = 0; i < n; i++) {
      const a = list[i]!;
      if (partyAt[a] !== k) {
        partyAt[a] = k;
        parties[nParties++] = a;
      }
    }
  };

  for (let k = 0; k < eventIndexes.length; k++) {
    if (k % STEP_EVENTS === STEP_EVENTS - 1) yield;
    const stamp = eventIndexes[k]!;
    const event = events[stamp]!;
    const ps = event.participants;
    if (ps.length > cap) {
      cap = Math.max(ps.length, 2 * cap, 8);
      initiator = new Int32Array(cap);
      target = new Int32Array(cap);
      mediator = new Int32Array(cap);
      affected = new Int32Array(cap);
      participant = new Int32Array(cap);
      parties = new Int32Array(cap);
    }
    let nI = 0;
    let nT = 0;
    let nM = 0;
    let nA = 0;
    let nP = 0;
    for (let j = 0; j < ps.length; j++) {
      const p = ps[j]!;
      const n = numberOf.get(p.actor);
      if (n === undefined) continue;
      const a = nodeOf[n]!;
      if (a < 0) continue;
      switch (p.role) {
        case 'initiator':
          initiator[nI++] = a;
          break;
        case 'target':
          target[nT++] = a;
          break;
        case 'mediator':
          mediator[nM++] = a;
          break;
        case 'affected':
          affected[nA++] = a;
          break;
        default:
          participant[nP++] = a;
      }
      if (countedAt[a] !== k) {
        countedAt[a] = k;
        eventCount[a]!++;
      }
    }
    if (nI + nT + nP === 0) continue; // no edge without a party
    const type = event.category;
    const id = event.id;
    const base = typeBase(type);
    if (nI > 0) {
      const direct = base + ROLE_SLOT.direct * nPairs;
      const hit = base + ROLE_SLOT.affected * nPairs;
      for (let i = 0; i < nI; i++) {
        const from = initiator[i]!;
        for (let j = 0; j < nT; j++) addEdge(from, target[j]!, direct, type, 'direct', id, stamp);
        for (let j = 0; j < nA; j++) addEdge(from, affected[j]!, hit, type, 'affected', id, stamp);
      }
    }
    if (nI === 0 && nT === 0 && nP > 1) {
      const mutual = base + ROLE_SLOT.mutual * nPairs;
      for (let i = 0; i < nP; i++) {
        for (let j = i + 1; j < nP; j++) {
          let a = participant[i]!;
          let b = participant[j]!;
          // Stored in id order (as a string sort would) so both directions merge.
          if (actorIds[b]! < actorIds[a]!) [a, b] = [b, a];
          addEdge(a, b, mutual, type, 'mutual', id, stamp);
        }
      }
    }
    if (nM > 0) {
      nParties = 0;
      addParties(initiator, nI, k);
      addParties(target, nT, k);
      addParties(participant, nP, k);
      const brokered = base + ROLE_SLOT.mediator * nPairs;
      for (let i = 0; i < nM; i++) {
        const m = mediator[i]!;
        for (let j = 0; j < nParties; j++)
          addEdge(m, parties[j]!, brokered, type, 'mediator', id, stamp);
      }
    }
  }

  for (let i = 0; i < relations.length; i++) {
    const r = relations[i]!;
    const from = nodeOfId(r.from);
    const to = nodeOfId(r.to);
    if (from < 0 || to < 0) continue;
    relationCount[from]!++;
    if (to !== from) relationCount[to]!++;
    addEdge(
      from,
      to,
      typeBase(r.kind) + ROLE_SLOT.relation * nPairs,
      r.kind,
      'relation',
      r.id,
      -1 - i,
    );
  }

  const inGraph = new Uint8Array(nActors);
  const nodes: GraphNode[] = [];
  for (let a = 0; a < nActors; a++) {
    if (eventCount[a] === 0 && relationCount[a] === 0) continue;
    inGraph[a] = 1;
    const id = actorIds[a]!;
    nodes.push({
      id,
      actor: actorsById.get(id)!,
      eventCount: eventCount[a]!,
      relationCount: relationCount[a]!,
    });
  }
  nodes.sort(
    (a, b) =>
      b.eventCount - a.eventCount ||
      b.relationCount - a.relationCount ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  const partOf: PartOfLink[] = [];
  if (!options.collapse) {
    const isNode = (id: string) => {
      const a = numberOf.get(id);
      return a !== undefined && inGraph[a] === 1;
    };
    for (const node of nodes) {
      let parent = node.actor.parent;
      while (parent && !isNode(parent)) parent = actorsById.get(parent)?.parent;
      if (parent) partOf.push({ child: node.id, parent });
    }
  }

  return { nodes, edges, partOf };
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
