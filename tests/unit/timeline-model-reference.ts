/**
 * Test-only reference: buildModel and assignLanes as they were before the model shared one
 * mark time per distinct date and read each event's ends in one pass. The property test in
 * timeline-model.property.test.ts checks buildModel gives exactly the same model.
 */
import type { Relation } from '../../src/model/schema';
import { PLOVER_CATEGORIES } from '../../src/model/vocab';
import { extentOf } from '../../src/model/dates';
import type { DatasetIndex } from '../../src/query/indexes';
import { knownExtent, type DateBasis } from '../../src/query/dateBasis';
import { knownDiffers, markTime, sortKey, type MarkTime } from '../../src/query/timeline/extent';
import {
  eventEnds,
  type EventEnds,
  type Grouping,
  type Lane,
  type LaneAssignment,
} from '../../src/query/timeline/lanes';
import type { TimelineModel } from '../../src/query/timeline/model';
import { laneReach } from '../../src/query/timeline/reach';

const LASTING: MarkTime = {
  shape: 'span',
  start: -Infinity,
  end: Infinity,
  softStart: -Infinity,
  softEnd: Infinity,
  openStart: true,
  openEnd: true,
  coreStart: -Infinity,
  coreEnd: Infinity,
  fuzzyStart: false,
  fuzzyEnd: false,
  anchor: NaN,
};

/** buildModel as it was: one MarkTime per event, each event's ends as an object. */
export function buildModelReference(
  index: DatasetIndex,
  events: Uint32Array,
  relations: readonly Relation[],
  grouping: Grouping,
  collapse: boolean,
  basis: DateBasis = 'best',
): TimelineModel {
  const n = events.length;
  const cols = index.dates[basis];
  const times: MarkTime[] = new Array(n);
  const fromKnown = new Uint8Array(n);
  const known: (MarkTime | null)[] = new Array(n).fill(null);
  const whisker: (MarkTime | null)[] = new Array(n).fill(null);
  const titles: string[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const i = events[k]!;
    const x = cols.extents[i]!;
    const t = markTime(x);
    times[k] = t;
    const e = index.events[i]!;
    titles[k] = e.title;
    if (cols.known[i]) {
      // Placed by the known date: it is marked as such, the text's date stays as a whisker.
      fromKnown[k] = 1;
      known[k] = t;
      if (knownDiffers(index.extents[i]!, x)) whisker[k] = markTime(index.extents[i]!);
    } else if (e.known) {
      const kx = knownExtent(e);
      if (kx && knownDiffers(x, kx)) known[k] = markTime(kx);
    }
  }
  const assignment = assignLanesReference(index, events, relations, grouping, collapse);
  const byLane = laneListsReference(times, assignment.from, assignment.lanes.length);
  const relationTimes = relations.map((r) => {
    if (!r.when) return LASTING;
    try {
      return markTime(extentOf(r.when.edtf));
    } catch {
      return LASTING;
    }
  });
  return {
    events,
    basis,
    times,
    fromKnown,
    known,
    whisker,
    assignment,
    byLane,
    reach: byLane.map((list) => laneReach(times, list)),
    relationTimes,
    titles,
  };
}

/** Per lane, the positions of its events (`from`: each one's lane) in time order. */
function laneListsReference(
  times: readonly MarkTime[],
  from: ArrayLike<number>,
  lanes: number,
): Int32Array[] {
  const lists: number[][] = Array.from({ length: lanes }, () => []);
  for (let k = 0; k < from.length; k++) lists[from[k]!]?.push(k);
  return lists.map((l) =>
    Int32Array.from(l.sort((a, b) => sortKey(times[a]!) - sortKey(times[b]!) || a - b)),
  );
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
export function assignLanesReference(
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
