/**
 * Lanes: the rows of the timeline. Grouped by actor (following the affiliation tree, or
 * collapsed to top-level actors), by PLOVER category, or a single lane.
 *
 * In actor lanes an event between two actors has two ends: its initiator (or first
 * participant) and its target (or the next plain participant). It sits in the first end's
 * lane and links to the second's; a one-actor event sits in its lane alone. Mediators and
 * affected actors are not ends. Pure functions over the indexes.
 */
import type { Event, Relation } from '../../model/schema';
import { PLOVER_CATEGORIES } from '../../model/vocab';
import type { DatasetIndex } from '../indexes';

export type Grouping = 'actor' | 'category' | 'none';

export interface Lane {
  /** Unique key: "actor:<id>", "category:<CATEGORY>" or "all". */
  key: string;
  /** A short label (an actor's short name). */
  label: string;
  /** The full name. */
  title: string;
  /** Depth in the affiliation tree (0 for top-level actors and other groupings). */
  depth: number;
  /** The actor ids the lane stands for: the actor, and every actor below it when collapsed. */
  actors: readonly string[];
}

export interface LaneAssignment {
  lanes: Lane[];
  /** For each event (by position in the input list), its lane. */
  from: Int32Array;
  /** For each event, the lane its link goes to, or -1 for a one-lane event. */
  to: Int32Array;
  /** Relations drawn behind the lanes they tie (actor lanes only), with their lane indexes. */
  relations: { relation: Relation; lanes: number[] }[];
}

export interface EventEnds {
  from: string;
  to: string | null;
}

/** Who did what to whom: the two ends of an event's link (the target may be missing). */
export function eventEnds(e: Event): EventEnds {
  const ps = e.participants;
  const initiator = ps.find((p) => p.role === 'initiator');
  const from = (initiator ?? ps.find((p) => p.role === 'participant') ?? ps[0]!).actor;
  const target =
    ps.find((p) => p.role === 'target' && p.actor !== from) ??
    ps.find((p) => p.role === 'participant' && p.actor !== from);
  return { from, to: target ? target.actor : null };
}

function actorLanes(
  index: DatasetIndex,
  events: ArrayLike<number>,
  relations: readonly Relation[],
  collapse: boolean,
): LaneAssignment {
  const laneActor = (id: string) => (collapse ? (index.rootOf.get(id) ?? id) : id);
  const used = new Set<string>();
  const ends: EventEnds[] = new Array(events.length);
  for (let k = 0; k < events.length; k++) {
    const e = eventEnds(index.events[events[k]!]!);
    ends[k] = e;
    used.add(laneActor(e.from));
    if (e.to) used.add(laneActor(e.to));
  }
  for (const r of relations) {
    used.add(laneActor(r.from));
    used.add(laneActor(r.to));
  }
  // Keep the tree readable: an actor's ancestors get lanes too.
  if (!collapse) {
    for (const id of [...used]) {
      let a = index.actorsById.get(id);
      while (a?.parent && index.actorsById.has(a.parent)) {
        used.add(a.parent);
        a = index.actorsById.get(a.parent);
      }
    }
  }
  const lanes: Lane[] = [];
  const laneOf = new Map<string, number>();
  const visit = (id: string, depth: number) => {
    const actor = index.actorsById.get(id);
    if (!actor) return;
    if (used.has(id)) {
      laneOf.set(id, lanes.length);
      lanes.push({
        key: `actor:${id}`,
        label: actor.shortName ?? actor.name,
        title: actor.name,
        depth: collapse ? 0 : depth,
        actors: collapse ? descendants(index, id) : [id],
      });
    }
    if (!collapse) for (const c of index.childrenOf.get(id) ?? []) visit(c, depth + 1);
  };
  for (const root of index.roots) visit(root, 0);

  const from = new Int32Array(events.length);
  const to = new Int32Array(events.length);
  for (let k = 0; k < events.length; k++) {
    const e = ends[k]!;
    from[k] = laneOf.get(laneActor(e.from)) ?? 0;
    const t = e.to ? (laneOf.get(laneActor(e.to)) ?? -1) : -1;
    to[k] = t === from[k] ? -1 : t;
  }
  const rels = relations.map((relation) => {
    const a = laneOf.get(laneActor(relation.from));
    const b = laneOf.get(laneActor(relation.to));
    const tied = [...new Set([a, b])].filter((x): x is number => x !== undefined);
    return { relation, lanes: tied };
  });
  return { lanes, from, to, relations: rels };
}

function descendants(index: DatasetIndex, id: string): string[] {
  const out: string[] = [];
  const stack = [id];
  while (stack.length) {
    const a = stack.pop()!;
    out.push(a);
    stack.push(...(index.childrenOf.get(a) ?? []));
  }
  return out;
}

/** Assigns the events (indexes into index.events) to lanes. */
export function assignLanes(
  index: DatasetIndex,
  events: ArrayLike<number>,
  relations: readonly Relation[],
  grouping: Grouping,
  collapse: boolean,
): LaneAssignment {
  if (grouping === 'actor') return actorLanes(index, events, relations, collapse);
  const to = new Int32Array(events.length).fill(-1);
  const from = new Int32Array(events.length);
  if (grouping === 'none') {
    const lane: Lane = {
      key: 'all',
      label: 'All events',
      title: 'All events',
      depth: 0,
      actors: [],
    };
    return { lanes: events.length ? [lane] : [], from, to, relations: [] };
  }
  const present = new Set<string>();
  for (let k = 0; k < events.length; k++) present.add(index.events[events[k]!]!.category);
  const cats = PLOVER_CATEGORIES.filter((c) => present.has(c));
  const laneOf = new Map<string, number>(cats.map((c, i) => [c, i]));
  for (let k = 0; k < events.length; k++) {
    from[k] = laneOf.get(index.events[events[k]!]!.category)!;
  }
  const lanes = cats.map((c) => ({
    key: `category:${c}`,
    label: c.charAt(0) + c.slice(1).toLowerCase(),
    title: `Category ${c}`,
    depth: 0,
    actors: [],
  }));
  return { lanes, from, to, relations: [] };
}
