/**
 * Filtering events and relations. Pure functions over the indexes.
 *
 * The rules (an event is shown when it passes every rule that is set):
 *  - actors: at least one participant is a chosen actor; with `includeSubActors`, an actor
 *    also stands for every actor affiliated below it (Pakistan includes its military and
 *    the ISI). No actors chosen means no actor rule.
 *  - categories: the event's PLOVER category is chosen. None chosen means no rule.
 *  - window [from, to] (ms, UTC, inclusive): the period the date names ([start, end]) overlaps
 *    the window. With `includePossible`, an approximate or uncertain date (`~`, `?`) also
 *    passes when only its padded, possible range ([softStart, softEnd]) overlaps it. Open
 *    ends reach to ±Infinity. The date is the one the basis `dates` picks (dateBasis.ts):
 *    best known by default, or as the text says. Results come in that basis's time order.
 *  - text: every whitespace-separated word occurs, case-insensitively, in the title, the
 *    summary, an evidence quote, a participant's name, the known date's note and citation,
 *    an identification's citation or the location (searchTexts in indexes.ts). A straight
 *    apostrophe or quote typed in a word also matches the report's curly ones.
 *  - bbox [west, south, east, north] (the place filter drawn on the map): the event's
 *    location has coordinates inside the box (map/bbox.ts). An event without coordinates
 *    does not pass: nothing says it happened there.
 *
 * A relation passes the actor rule through either end, the window rule through its `when`
 * (a relation without a date is lasting and always passes), and the text rule through its
 * title, summary and quotes. Categories and the place filter do not apply to relations.
 */
import type { Category, Relation } from '../model/schema';
import { extentOf } from '../model/dates';
import { withDescendants, type DatasetIndex } from './indexes';
import type { DateBasis } from './dateBasis';
import { inBbox, type Bbox } from './map/bbox';
import { ownCoordinates } from './map/coordinates';
import { markContaining } from './textIndex';

export interface Filters {
  actors: readonly string[];
  includeSubActors: boolean;
  categories: readonly Category[];
  text: string;
  window: readonly [number, number] | null;
  includePossible: boolean;
  /** Which date places each event: best known, or as the text says. */
  dates: DateBasis;
  /** The place filter: a box drawn on the map, or none. */
  bbox: Bbox | null;
}

export const EMPTY_FILTERS: Filters = {
  actors: [],
  includeSubActors: true,
  categories: [],
  text: '',
  window: null,
  includePossible: true,
  dates: 'best',
  bbox: null,
};

export type FilterRule = 'actors' | 'categories' | 'window' | 'text' | 'place';

/** The actor ids an actor filter stands for, sub-actors included when asked. */
export function expandActors(index: DatasetIndex, filters: Filters): Set<string> {
  const ids = new Set<string>();
  for (const id of filters.actors) {
    if (!index.actorsById.has(id)) continue;
    for (const a of filters.includeSubActors ? withDescendants(index, id) : [id]) ids.add(a);
  }
  return ids;
}

/** A search word, and its spelling with curly apostrophes/quotes when it has straight ones. */
interface Term {
  plain: string;
  curly: string | null;
}

function words(text: string): Term[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((plain) => {
      const curly = plain.replace(/'/g, '’').replace(/"/g, '“');
      return { plain, curly: curly === plain ? null : curly };
    });
}

/** A term's spellings: as typed, and with curly quotes (“ opens and ” closes a quote). */
function spellings(t: Term): string[] {
  return t.curly ? [t.plain, t.curly, t.curly.replace(/“/g, '”')] : [t.plain];
}

function matchesAll(text: string, terms: readonly Term[]): boolean {
  for (const t of terms) {
    if (text.includes(t.plain)) continue;
    // “ opens and ” closes a quote: a straight double quote may stand for either.
    if (t.curly && (text.includes(t.curly) || text.includes(t.curly.replace(/“/g, '”')))) continue;
    return false;
  }
  return true;
}

/**
 * The indexes of the events that pass the filters, in time order. `ignore` leaves rules
 * out, for facet counts ("how many events would this actor add?").
 */
export function filterEvents(
  index: DatasetIndex,
  filters: Filters,
  ignore: readonly FilterRule[] = [],
): Uint32Array {
  const n = index.events.length;
  const useActors = filters.actors.length > 0 && !ignore.includes('actors');
  const useCategories = filters.categories.length > 0 && !ignore.includes('categories');
  const window = ignore.includes('window') ? null : filters.window;
  const terms = ignore.includes('text') ? [] : words(filters.text);
  const time = index.dates[filters.dates];
  const box = ignore.includes('place') ? null : filters.bbox;

  if (!useActors && !useCategories && !window && !box && terms.length === 0) {
    return time.byTime.slice();
  }

  // Each rule clears, in a mask over event indexes, the events it rejects. The rules walk
  // the events in index order, so the typed arrays are read sequentially (at a million
  // events, reading them in time order instead is several times slower: cache misses).
  let pass: Uint8Array;
  if (useActors) {
    pass = new Uint8Array(n);
    for (const id of expandActors(index, filters)) {
      const list = index.eventsByActor.get(id);
      if (list) for (let j = 0; j < list.length; j++) pass[list[j]!] = 1;
    }
  } else pass = new Uint8Array(n).fill(1);
  if (useCategories) {
    const chosen = new Uint8Array(n);
    for (const c of filters.categories) {
      const list = index.eventsByCategory.get(c);
      if (list) for (let j = 0; j < list.length; j++) chosen[list[j]!] = 1;
    }
    for (let i = 0; i < n; i++) if (chosen[i] === 0) pass[i] = 0;
  }
  if (window) {
    const [from, to] = window;
    const lo = filters.includePossible ? time.softStart : time.start;
    const hi = filters.includePossible ? time.softEnd : time.end;
    for (let i = 0; i < n; i++) if (lo[i]! > to || hi[i]! < from) pass[i] = 0;
  }
  if (box) {
    const { lon, lat } = ownCoordinates(index);
    for (let i = 0; i < n; i++) if (pass[i] === 1 && !inBbox(box, lon[i]!, lat[i]!)) pass[i] = 0;
  }
  // Text through the index of words (textIndex.ts): each search word clears the events
  // none of whose words contain it.
  for (const t of terms) {
    const has = new Uint8Array(n);
    markContaining(index.textIndex, spellings(t), has);
    for (let i = 0; i < n; i++) if (has[i] === 0) pass[i] = 0;
  }

  const out = new Uint32Array(n);
  let count = 0;
  const order = time.byTime;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (pass[i] === 1) out[count++] = i;
  }
  return out.slice(0, count);
}

/** The relations that pass the filters (see the rules above). */
export function filterRelations(
  index: DatasetIndex,
  filters: Filters,
  ignore: readonly FilterRule[] = [],
): Relation[] {
  const actors =
    filters.actors.length > 0 && !ignore.includes('actors') ? expandActors(index, filters) : null;
  const window = ignore.includes('window') ? null : filters.window;
  const terms = ignore.includes('text') ? [] : words(filters.text);
  return index.dataset.relations.filter((r) => {
    if (actors && !actors.has(r.from) && !actors.has(r.to)) return false;
    if (window && r.when) {
      const x = extentOf(r.when.edtf);
      const lo = filters.includePossible ? x.softStart : x.start;
      const hi = filters.includePossible ? x.softEnd : x.end;
      if (lo > window[1] || hi < window[0]) return false;
    }
    if (terms.length > 0) {
      const text = [r.title, r.summary, ...r.evidence.map((e) => e.quote.exact)]
        .join('\n')
        .toLowerCase();
      if (!matchesAll(text, terms)) return false;
    }
    return true;
  });
}

/**
 * Facet counts: for each actor and category, how many events pass every other rule (so a
 * count says how many events checking that box would show, alone or added to the others).
 * With `includeSubActors`, an actor's count includes the events of the actors affiliated
 * below it, each event counted once (an event of both ISI and the army counts once for
 * Pakistan). Actors and categories without events are left out.
 */
export function facetCounts(index: DatasetIndex, filters: Filters) {
  const n = index.events.length;
  // Events passing every rule but the actors', as a mask over event indexes.
  const mask = new Uint8Array(n);
  for (const i of filterEvents(index, filters, ['actors'])) mask[i] = 1;
  // `stamp[i] === k + 1` when event i is already counted for the k-th actor.
  const stamp = new Uint32Array(n);
  const byActor = new Map<string, number>();
  let k = 0;
  for (const actor of index.actorsById.keys()) {
    k++;
    const ids = filters.includeSubActors ? withDescendants(index, actor) : [actor];
    let count = 0;
    for (const id of ids) {
      const list = index.eventsByActor.get(id);
      if (!list) continue;
      for (let j = 0; j < list.length; j++) {
        const i = list[j]!;
        if (mask[i] === 1 && stamp[i] !== k) {
          stamp[i] = k;
          count++;
        }
      }
    }
    if (count > 0) byActor.set(actor, count);
  }

  mask.fill(0);
  for (const i of filterEvents(index, filters, ['categories'])) mask[i] = 1;
  const byCategory = new Map<Category, number>();
  for (const [category, list] of index.eventsByCategory) {
    let count = 0;
    for (let j = 0; j < list.length; j++) count += mask[list[j]!]!;
    if (count > 0) byCategory.set(category, count);
  }
  return { byActor, byCategory };
}
