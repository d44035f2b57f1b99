/**
 * Where events happened: the events that have a place with coordinates, grouped into
 * places (one per precision and point), with the words that name them. Pure.
 *
 * A location without a precision is taken as a point: its author gave coordinates and
 * said nothing of their uncertainty. Imported ACLED and UCDP rows always carry theirs.
 */
import type { Category, LocationPrecision } from '../../model/schema';
import type { DatasetIndex } from '../indexes';

/** Each event's coordinates by event index (NaN where it has none), built once per index. */
export interface PlaceColumns {
  lon: Float64Array;
  lat: Float64Array;
}

const columnsCache = new WeakMap<DatasetIndex, PlaceColumns>();

export function placeColumns(index: DatasetIndex): PlaceColumns {
  let cols = columnsCache.get(index);
  if (cols) return cols;
  const n = index.events.length;
  cols = { lon: new Float64Array(n).fill(NaN), lat: new Float64Array(n).fill(NaN) };
  for (let i = 0; i < n; i++) {
    const l = index.events[i]!.location;
    if (l?.lon !== undefined && l.lat !== undefined) {
      cols.lon[i] = l.lon;
      cols.lat[i] = l.lat;
    }
  }
  columnsCache.set(index, cols);
  return cols;
}

export interface Place {
  /** Stable across filter changes: precision and point. */
  key: string;
  /** The most frequent of its events' place names. */
  name: string;
  precision: LocationPrecision;
  lon: number;
  lat: number;
  /** ISO 3166-1 alpha-3, when the location gives it. */
  country?: string;
  /** For a border: the two countries it separates. */
  between?: readonly [string, string];
  /** Event indexes, in the order they were given (time order from the filters). */
  events: number[];
  /** The most frequent category among its events (first in PLOVER order on a tie). */
  category: Category;
}

/** The places of the given events (those with coordinates), the busiest first. */
export function placesOf(index: DatasetIndex, events: ArrayLike<number>): Place[] {
  const { lon, lat } = placeColumns(index);
  const byKey = new Map<string, { place: Place; names: Map<string, number> }>();
  for (let j = 0; j < events.length; j++) {
    const i = events[j]!;
    if (Number.isNaN(lon[i]!)) continue;
    const l = index.events[i]!.location!;
    const precision = l.precision ?? 'point';
    const key = `${precision}:${lon[i]!.toFixed(4)},${lat[i]!.toFixed(4)}`;
    let entry = byKey.get(key);
    if (!entry) {
      const place: Place = {
        key,
        name: l.name,
        precision,
        lon: lon[i]!,
        lat: lat[i]!,
        events: [],
        category: index.events[i]!.category,
        ...(l.country ? { country: l.country } : {}),
        ...(l.between ? { between: [l.between[0]!, l.between[1]!] as const } : {}),
      };
      entry = { place, names: new Map() };
      byKey.set(key, entry);
    }
    entry.place.events.push(i);
    entry.names.set(l.name, (entry.names.get(l.name) ?? 0) + 1);
  }
  const places: Place[] = [];
  for (const { place, names } of byKey.values()) {
    place.name = mostFrequent(names);
    place.category = topCategory(index, place.events);
    places.push(place);
  }
  return places.sort(
    (a, b) => b.events.length - a.events.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

function mostFrequent<K>(counts: ReadonlyMap<K, number>): K {
  let best: K | undefined;
  let n = -1;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best!;
}

/** The most frequent category of some events. */
export function topCategory(index: DatasetIndex, events: readonly number[]): Category {
  const counts = new Map<Category, number>();
  for (const i of events) {
    const c = index.events[i]!.category;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return mostFrequent(counts);
}

/** How each precision is said: "Khost province, area, 2 events". */
export const PRECISION_WORDS: Record<LocationPrecision, string> = {
  point: 'point',
  near: 'near a place',
  district: 'district',
  region: 'area',
  country: 'country',
  border: 'border',
  water: 'at sea or in the air',
};

const events = (n: number) => `${n.toLocaleString('en')} event${n === 1 ? '' : 's'}`;

/** The accessible name of a place: its name, how precisely it is known, its count. */
export function placeName(p: Pick<Place, 'name' | 'precision' | 'events'>): string {
  return `${p.name}, ${PRECISION_WORDS[p.precision]}, ${events(p.events.length)}`;
}

/** The name of several places drawn as one count circle. */
export function groupName(places: readonly Pick<Place, 'name' | 'events'>[]): string {
  const total = places.reduce((n, p) => n + p.events.length, 0);
  const busiest = places.reduce((a, b) => (b.events.length > a.events.length ? b : a));
  return `${places.length.toLocaleString('en')} places around ${busiest.name}, ${events(total)}`;
}
