/**
 * The timeline's model: what does not depend on the zoom, built once per dataset, filters,
 * grouping and date basis. Each event's mark time under the basis, its other date (the known
 * one as a tick or bracket, or the text's as a whisker), lanes, each lane's items in time
 * order and an index of which can be in a window. layout.ts lays it out for each frame.
 */
import type { Relation } from '../../model/schema';
import { extentOf, type Extent } from '../../model/dates';
import type { DatasetIndex } from '../indexes';
import { knownExtent, type DateBasis } from '../dateBasis';
import { knownDiffers, markTime, sortKey, type MarkTime } from './extent';
import { assignLanesSteps, type Grouping, type LaneAssignment } from './lanes';
import { runSteps, STEP_EVENTS, type Steps } from '../steps';
import { laneReach, type LaneReach } from './reach';

export interface TimelineModel {
  /** Event indexes (into index.events), in time order. */
  events: Uint32Array;
  /** The basis the marks follow (dateBasis.ts). */
  basis: DateBasis;
  /** Each event's mark time under the basis. */
  times: MarkTime[];
  /** 1 where the mark's date is the known one, from outside the text. */
  fromKnown: Uint8Array;
  /** The known date's mark time, when the event has one that is used or differs. */
  known: (MarkTime | null)[];
  /** The text's own date, drawn as a whisker behind a mark placed by a different known date. */
  whisker: (MarkTime | null)[];
  assignment: LaneAssignment;
  /** Per lane, the positions of its events, sorted by time. */
  byLane: Int32Array[];
  /** Per lane, an index of which of its items can be in a window (reach.ts). */
  reach: LaneReach[];
  /** Each relation's mark time; an undated relation is lasting (open at both ends). */
  relationTimes: MarkTime[];
  /** Labels of the events (titles), by position. */
  titles: string[];
}

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

/** Builds what does not depend on the zoom. `events` are in time order. */
export function buildModel(
  index: DatasetIndex,
  events: Uint32Array,
  relations: readonly Relation[],
  grouping: Grouping,
  collapse: boolean,
  basis: DateBasis = 'best',
): TimelineModel {
  return runSteps(buildModelSteps(index, events, relations, grouping, collapse, basis));
}

/** buildModel as steps (query/steps.ts), yielding every few thousand events and per lane. */
export function* buildModelSteps(
  index: DatasetIndex,
  events: Uint32Array,
  relations: readonly Relation[],
  grouping: Grouping,
  collapse: boolean,
  basis: DateBasis = 'best',
): Steps<TimelineModel> {
  const n = events.length;
  const cols = index.dates[basis];
  const times: MarkTime[] = new Array(n);
  const fromKnown = new Uint8Array(n);
  const known: (MarkTime | null)[] = new Array(n).fill(null);
  const whisker: (MarkTime | null)[] = new Array(n).fill(null);
  const titles: string[] = new Array(n);
  const mark = sharedMarkTimes();
  for (let k = 0; k < n; k++) {
    if (k % STEP_EVENTS === STEP_EVENTS - 1) yield;
    const i = events[k]!;
    const x = cols.extents[i]!;
    const t = mark(x);
    times[k] = t;
    const e = index.events[i]!;
    titles[k] = e.title;
    if (cols.known[i]) {
      // Placed by the known date: it is marked as such, the text's date stays as a whisker.
      fromKnown[k] = 1;
      known[k] = t;
      if (knownDiffers(index.extents[i]!, x)) whisker[k] = mark(index.extents[i]!);
    } else if (e.known) {
      const kx = knownExtent(e);
      if (kx && knownDiffers(x, kx)) known[k] = mark(kx);
    }
  }
  const assignment = yield* assignLanesSteps(index, events, relations, grouping, collapse);
  const byLane = yield* laneListsSteps(times, assignment.from, assignment.lanes.length);
  const reach: LaneReach[] = [];
  for (const list of byLane) {
    yield;
    reach.push(laneReach(times, list));
  }
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
    reach,
    relationTimes,
    titles,
  };
}

/**
 * One mark time per distinct date: datasets repeat dates a great deal, and a mark time per
 * event was most of the model's cost (its allocation, then the collector). Keyed by the EDTF
 * text, and shared only when every field markTime reads is equal, so that an extent copied
 * from another (after a hand-over) or made otherwise gets the mark time it would get alone.
 */
function sharedMarkTimes(): (x: Extent) => MarkTime {
  const seen = new Map<string, { x: Extent; t: MarkTime }>();
  return (x) => {
    const hit = seen.get(x.edtf);
    if (hit && (hit.x === x || sameMark(hit.x, x))) return hit.t;
    const t = markTime(x);
    if (!hit) seen.set(x.edtf, { x, t });
    return t;
  };
}

/** Whether two extents give the same mark time (the fields markTime reads). */
function sameMark(a: Extent, b: Extent): boolean {
  return (
    a.kind === b.kind &&
    a.precision === b.precision &&
    a.start === b.start &&
    a.end === b.end &&
    a.softStart === b.softStart &&
    a.softEnd === b.softEnd &&
    a.openStart === b.openStart &&
    a.openEnd === b.openEnd &&
    a.lower.max === b.lower.max &&
    a.upper.min === b.upper.min &&
    a.lower.approximate === b.lower.approximate &&
    a.lower.uncertain === b.lower.uncertain &&
    a.upper.approximate === b.upper.approximate &&
    a.upper.uncertain === b.upper.uncertain
  );
}

/** Per lane, the positions of its events (`from`: each one's lane) in time order. */
export function laneLists(
  times: readonly MarkTime[],
  from: ArrayLike<number>,
  lanes: number,
): Int32Array[] {
  return runSteps(laneListsSteps(times, from, lanes));
}

/**
 * laneLists as steps, yielding every few thousand events and between lanes' sorts: in one
 * step they were one task of ~80 ms CPU at 300k events.
 */
export function* laneListsSteps(
  times: readonly MarkTime[],
  from: ArrayLike<number>,
  lanes: number,
): Steps<Int32Array[]> {
  const lists: number[][] = Array.from({ length: lanes }, () => []);
  for (let k = 0; k < from.length; k++) lists[from[k]!]?.push(k);
  // The sort keys read once each rather than twice per comparison; the comparator gives
  // the same values as before (and the same array sort), so the same order.
  const key = new Float64Array(times.length);
  for (let k = 0; k < times.length; k++) {
    if (k % STEP_EVENTS === STEP_EVENTS - 1) yield;
    key[k] = sortKey(times[k]!);
  }
  const out: Int32Array[] = [];
  let work = 0;
  for (const l of lists) {
    if ((work += l.length) >= STEP_EVENTS) {
      work = 0;
      yield;
    }
    out.push(Int32Array.from(l.sort((a, b) => key[a]! - key[b]! || a - b)));
  }
  return out;
}
