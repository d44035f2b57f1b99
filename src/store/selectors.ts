/**
 * Module-level selectors and memoised derivations. A view subscribes with
 * `useStore(selectX)` so it re-renders only when its slice changes.
 */
import type { DatasetIndex } from '../query/indexes';
import { facetCounts, filterEvents, filterRelations, type Filters } from '../query/filter';
import { countBreakdown } from '../query/countBreakdown';
import type { TracelineState } from './store';

export const selectIndex = (s: TracelineState): DatasetIndex | null =>
  s.load.status === 'ready' ? s.load.index : null;
export const selectFilters = (s: TracelineState) => s.filters;
export const selectSelection = (s: TracelineState) => s.selection;
export const selectHover = (s: TracelineState) => s.hover;
export const selectWindow = (s: TracelineState) => s.filters.window;

/** Memoises a derivation on the identity of its two inputs (the index and the filters). */
function memo2<A, B, R>(fn: (a: A, b: B) => R): (a: A, b: B) => R {
  let lastA: A | undefined;
  let lastB: B | undefined;
  let last: R | undefined;
  return (a, b) => {
    if (a !== lastA || b !== lastB || last === undefined) {
      last = fn(a, b);
      lastA = a;
      lastB = b;
    }
    return last;
  };
}

/** Indexes of the events passing every filter, in time order. */
export const visibleEvents = memo2((index: DatasetIndex, filters: Filters) =>
  filterEvents(index, filters),
);

/** Indexes of the events passing every filter but the time window (the timeline pans). */
/** Why the count is what it is (query/countBreakdown), from the events already filtered. */
export const visibleBreakdown = memo2((index: DatasetIndex, filters: Filters) =>
  countBreakdown(index, filters, visibleEvents(index, filters).length),
);

export const eventsIgnoringWindow = memo2((index: DatasetIndex, filters: Filters) =>
  filterEvents(index, filters, ['window']),
);

export const visibleRelations = memo2((index: DatasetIndex, filters: Filters) =>
  filterRelations(index, filters),
);

export const selectVisibleEvents = (s: TracelineState): Uint32Array | null => {
  const index = selectIndex(s);
  return index ? visibleEvents(index, s.filters) : null;
};

export const selectPassage = (s: TracelineState) => s.passage;

/** Per-actor and per-category counts of the events each filter box would show. */
export const visibleFacets = memo2((index: DatasetIndex, filters: Filters) =>
  facetCounts(index, filters),
);

/**
 * Wraps a derivation so that it returns its previous result while the items are the same.
 * Zooming the timeline changes the window every frame, but mostly not which events are in
 * it; views with costly work downstream (the graph's layout) memoise on these results.
 */
function steady<A, B, T extends ArrayLike<unknown>>(fn: (a: A, b: B) => T): (a: A, b: B) => T {
  let last: T | undefined;
  return (a, b) => {
    const next = fn(a, b);
    if (last === undefined || !sameItems(last, next)) last = next;
    return last;
  };
}

/** Item by item, in a plain loop: `every` with a callback took 40 ms over 100k events. */
function sameItems(a: ArrayLike<unknown>, b: ArrayLike<unknown>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export const steadyVisibleEvents = steady(visibleEvents);
export const steadyVisibleRelations = steady(visibleRelations);
