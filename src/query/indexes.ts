/**
 * Indexes over a validated dataset: built once on load, read by filtering, the graph and
 * the views. Extents are kept in typed arrays so that filtering a million events touches
 * flat memory rather than objects.
 */
import type { Actor, Category, Dataset, Event, Relation } from '../model/schema';
import { extentOf, type Extent } from '../model/dates';
import { basisDate, type DateBasis } from './dateBasis';
import { buildTextIndex, type TextIndex } from './textIndex';
import { passageColumns, type PassageColumns } from './passages';
import { defaultFocus } from './focus';

/** Each event's time under one date basis (see dateBasis.ts), by event index. */
export interface TimeColumns {
  extents: readonly Extent[];
  /** start/end and softStart/softEnd (ms, UTC). */
  start: Float64Array;
  end: Float64Array;
  softStart: Float64Array;
  softEnd: Float64Array;
  /** 1 where the date used is the known one, from outside the text. */
  known: Uint8Array;
  /** Event indexes sorted by start (then end). */
  byTime: Uint32Array;
}

export interface DatasetIndex {
  dataset: Dataset;
  events: readonly Event[];
  actorsById: ReadonlyMap<string, Actor>;
  eventsById: ReadonlyMap<string, number>;
  relationsById: ReadonlyMap<string, Relation>;
  /** Each event's time under each basis; `text` is the same arrays as the fields below. */
  dates: Readonly<Record<DateBasis, TimeColumns>>;
  /** Extent of each event's `when`, by event index. */
  extents: readonly Extent[];
  /** start/end and softStart/softEnd of each event (ms, UTC), by event index. */
  start: Float64Array;
  end: Float64Array;
  softStart: Float64Array;
  softEnd: Float64Array;
  /** Event indexes sorted by start (then end). */
  byTime: Uint32Array;
  /** Event indexes in which each actor takes part (directly). */
  eventsByActor: ReadonlyMap<string, Uint32Array>;
  eventsByCategory: ReadonlyMap<Category, Uint32Array>;
  /** Children of each actor in the affiliation tree; roots have no parent. */
  childrenOf: ReadonlyMap<string, readonly string[]>;
  roots: readonly string[];
  /** The top-level ancestor of each actor (itself for a root). */
  rootOf: ReadonlyMap<string, string>;
  /**
   * The words of each event's search text (searchTexts below) and the events using each,
   * for the text filter (textIndex.ts). The texts themselves are not kept: the index
   * answers every search, and a page given a big dataset holds a string less per event.
   */
  textIndex: TextIndex;
  /** Every evidence item, as columns grouped by source: what the reader's window reads. */
  passages: PassageColumns;
  /** The finite span of all dated events and relations: [min, max] ms. */
  span: readonly [number, number];
  /**
   * The window a view of the dataset opens on (query/focus.ts), or null for the whole span:
   * made with the index, so that for a file it is made in the import worker (at 300k events
   * it took 70-80 ms of the page's task that takes the dataset in).
   */
  focus: [number, number] | null;
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const frozen = <K>(map: Map<K, number[]>) =>
  new Map([...map].map(([k, v]) => [k, Uint32Array.from(v)] as const));

/** Builds the indexes. The dataset must have passed validation. */
export function buildIndex(dataset: Dataset): DatasetIndex {
  const { events } = dataset;
  const n = events.length;
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const softStart = new Float64Array(n);
  const softEnd = new Float64Array(n);
  const extents: Extent[] = new Array(n);
  const byActor = new Map<string, number[]>();
  const byCategory = new Map<Category, number[]>();
  const searchText: string[] = new Array(n);
  const eventsById = new Map<string, number>();
  let lo = Infinity;
  let hi = -Infinity;
  const widen = (x: Extent) => {
    for (const t of [x.start, x.end, x.softStart, x.softEnd]) {
      if (Number.isFinite(t)) {
        if (t < lo) lo = t;
        if (t > hi) hi = t;
      }
    }
  };

  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    eventsById.set(e.id, i);
    const x = extentOf(e.when.edtf);
    extents[i] = x;
    start[i] = x.start;
    end[i] = x.end;
    softStart[i] = x.softStart;
    softEnd[i] = x.softEnd;
    widen(x);
    const seen = new Set<string>();
    for (const p of e.participants) {
      if (!seen.has(p.actor)) pushTo(byActor, p.actor, i);
      seen.add(p.actor);
    }
    pushTo(byCategory, e.category, i);
    searchText[i] = searchWords(e, actorsById);
  }
  for (const r of dataset.relations) if (r.when) widen(extentOf(r.when.edtf));

  const text: TimeColumns = {
    extents,
    start,
    end,
    softStart,
    softEnd,
    known: new Uint8Array(n),
    byTime: timeOrder(start, end),
  };
  const best = bestColumns(events, text);
  // The span holds the known dates too, so either basis fits in the overview.
  if (best !== text) best.extents.forEach(widen);

  const childrenOf = new Map<string, string[]>();
  const roots: string[] = [];
  for (const a of dataset.actors) {
    if (a.parent) {
      const list = childrenOf.get(a.parent);
      if (list) list.push(a.id);
      else childrenOf.set(a.parent, [a.id]);
    } else roots.push(a.id);
  }
  const rootOf = new Map<string, string>();
  for (const a of dataset.actors) {
    let top = a;
    while (top.parent && actorsById.has(top.parent)) top = actorsById.get(top.parent)!;
    rootOf.set(a.id, top.id);
  }

  const index: DatasetIndex = {
    dataset,
    events,
    actorsById,
    eventsById,
    relationsById: new Map(dataset.relations.map((r) => [r.id, r])),
    dates: { text, best },
    extents,
    start,
    end,
    softStart,
    softEnd,
    byTime: text.byTime,
    eventsByActor: frozen(byActor),
    eventsByCategory: frozen(byCategory),
    childrenOf,
    roots,
    rootOf,
    textIndex: buildTextIndex(searchText),
    passages: passageColumns(dataset),
    span: lo <= hi ? [lo, hi] : [0, 0],
    focus: null,
  };
  index.focus = defaultFocus(index);
  return index;
}

function timeOrder(start: Float64Array, end: Float64Array): Uint32Array {
  return Uint32Array.from({ length: start.length }, (_, i) => i).sort(
    (a, b) => start[a]! - start[b]! || end[a]! - end[b]!,
  );
}

/** The best-known columns; the text's own when no event has a usable known date. */
function bestColumns(events: readonly Event[], text: TimeColumns): TimeColumns {
  let any = false;
  const n = events.length;
  const extents: Extent[] = new Array(n);
  const known = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    if (!e.known) {
      extents[i] = text.extents[i]!;
      continue;
    }
    const d = basisDate(e, 'best');
    extents[i] = d.extent;
    if (d.known) {
      known[i] = 1;
      any = true;
    }
  }
  if (!any) return text;
  const col = (f: (x: Extent) => number) => Float64Array.from(extents, f);
  const start = col((x) => x.start);
  const end = col((x) => x.end);
  return {
    extents,
    start,
    end,
    softStart: col((x) => x.softStart),
    softEnd: col((x) => x.softEnd),
    known,
    byTime: timeOrder(start, end),
  };
}

/**
 * Each event's search text: the lower-cased words of its title, summary, quotes, actor
 * names, the known date's note and citation, the date note and the location's name.
 */
export function searchTexts(dataset: Dataset): string[] {
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  return dataset.events.map((e) => searchWords(e, actorsById));
}

function searchWords(e: Event, actorsById: ReadonlyMap<string, Actor>): string {
  const parts = [e.title, e.summary, ...e.evidence.map((ev) => ev.quote.exact)];
  for (const p of e.participants) {
    const a = actorsById.get(p.actor);
    if (a) parts.push(a.name, a.shortName ?? '', ...a.aliases);
    if (p.identified) parts.push(p.identified.citation ?? '', p.identified.note ?? '');
  }
  if (e.known) parts.push(e.known.citation, e.known.note ?? '');
  if (e.location) parts.push(e.location.name);
  return parts.join('\n').toLowerCase();
}

/** An actor and all actors affiliated below it (ISI and the army are within Pakistan). */
export function withDescendants(index: DatasetIndex, actorId: string): string[] {
  const out: string[] = [];
  const stack = [actorId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    out.push(id);
    stack.push(...(index.childrenOf.get(id) ?? []));
  }
  return out;
}
