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
import { runSteps, STEP_EVENTS, type Steps } from '../steps';

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
  const from = fromActor(e);
  return { from, to: toActor(e, from) };
}

/** The initiator, else the first plain participant, else the first participant. */
function fromActor(e: Event): string {
  const ps = e.participants;
  let plain = -1;
  for (let j = 0; j < ps.length; j++) {
    const role = ps[j]!.role;
    if (role === 'initiator') return ps[j]!.actor;
    if (role === 'participant' && plain < 0) plain = j;
  }
  return ps[plain < 0 ? 0 : plain]!.actor;
}

/** The first target other than `from`, else the first plain participant other than it. */
function toActor(e: Event, from: string): string | null {
  const ps = e.participants;
  let plain: string | null = null;
  for (let j = 0; j < ps.length; j++) {
    const p = ps[j]!;
    if (p.actor === from) continue;
    if (p.role === 'target') return p.actor;
    if (p.role === 'participant' && plain === null) plain = p.actor;
  }
  return plain;
}

function* actorLanes(
  index: DatasetIndex,
  events: ArrayLike<number>,
  relations: readonly Relation[],
  collapse: boolean,
): Steps<LaneAssignment> {
  const laneActor = (id: string) => (collapse ? (index.rootOf.get(id) ?? id) : id);
  // Each event's ends, in two columns (no object per event), and the actors they name.
  const n = events.length;
  const named = new Set<string>();
  const fromIds: string[] = new Array(n);
  const toIds: (string | null)[] = new Array(n);
  for (let k = 0; k < n; k++) {
    if (k % STEP_EVENTS === STEP_EVENTS - 1) yield;
    const e = index.events[events[k]!]!;
    const a = fromActor(e);
    const b = toActor(e, a);
    fromIds[k] = a;
    toIds[k] = b;
    named.add(a);
    if (b) named.add(b);
  }
  const used = new Set<string>();
  for (const id of named) used.add(laneActor(id));
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

  // Each named actor's lane, looked up once (-1: none).
  const laneOfId = new Map<string, number>();
  for (const id of named) laneOfId.set(id, laneOf.get(laneActor(id)) ?? -1);
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    if (k % STEP_EVENTS === STEP_EVENTS - 1) yield;
    const f = laneOfId.get(fromIds[k]!)!;
    from[k] = f < 0 ? 0 : f;
    const b = toIds[k]!;
    const t = b ? laneOfId.get(b)! : -1;
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
  return runSteps(assignLanesSteps(index, events, relations, grouping, collapse));
}

/** assignLanes as steps (query/steps.ts), yielding every few thousand events. */
export function* assignLanesSteps(
  index: DatasetIndex,
  events: ArrayLike<number>,
  relations: readonly Relation[],
  grouping: Grouping,
  collapse: boolean,
): Steps<LaneAssignment> {
  if (grouping === 'actor') return yield* actorLanes(index, events, relations, collapse);
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
  for (let k = 0; k < events.length; k++) {
    if (k % STEP_EVENTS === STEP_EVENTS - 1) yield;
    present.add(index.events[events[k]!]!.category);
  }
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
