/**
 * Where events happened: the events that have a place with coordinates, or whose country
 * alone is known, grouped into places (one per precision and point), with the words that
 * name them. Pure.
 *
 * A location without a precision is taken as a point: its author gave coordinates and
 * said nothing of their uncertainty. Imported ACLED and UCDP rows always carry theirs. An
 * event without coordinates is placed by its country when the atlas knows it (the
 * location's alpha-3 code, ACLED's numeric `iso`, or a country name UCDP gives), at
 * precision 'country': its country is shaded, as for one its author placed so.
 */
import { LOCATION_PRECISIONS, type Category, type LocationPrecision } from '../../model/vocab';
import type { DatasetIndex } from '../indexes';
import { countryCentre, countryCode, countryOf, type Atlas } from './atlas';
import { ownCoordinates, PRECISION_WORDS, type PlaceColumns } from './coordinates';

export { PRECISION_WORDS, type PlaceColumns };

/** By index, then by atlas. */
const columnsCache = new WeakMap<DatasetIndex, Map<Atlas, PlaceColumns>>();

/** The last segment of "Kabul, Kabul, Afghanistan" (ACLED's place: location, admin1, country). */
const lastPart = (name: string | undefined) => name?.split(',').pop()?.trim();

export function placeColumns(index: DatasetIndex, atlas?: Atlas): PlaceColumns {
  // Without an atlas, the columns the place filter reads (coordinates.ts).
  if (!atlas) return ownCoordinates(index);
  const cache = columnsCache.get(index) ?? new Map<Atlas, PlaceColumns>();
  columnsCache.set(index, cache);
  const cached = cache.get(atlas);
  if (cached) return cached;
  // The events' own coordinates, and for those without, their country's centre.
  const own = ownCoordinates(index);
  const n = index.events.length;
  const cols: PlaceColumns = {
    lon: own.lon.slice(),
    lat: own.lat.slice(),
    countryOnly: new Array<string | undefined>(n),
  };
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(cols.lon[i]!)) continue;
    const e = index.events[i]!;
    const l = e.location;
    const codes = e.origin?.codes;
    const code = countryCode(atlas, {
      alpha3: l?.country,
      numeric: codes?.iso,
      name: codes?.country ?? lastPart(l?.name),
    });
    const centre = code ? countryCentre(atlas, code) : undefined;
    if (!code || !centre) continue;
    [cols.lon[i], cols.lat[i]] = centre;
    cols.countryOnly[i] = code;
  }
  cache.set(atlas, cols);
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

const PRECISION_CODE = Object.fromEntries(LOCATION_PRECISIONS.map((p, k) => [p, k])) as Record<
  LocationPrecision,
  number
>;

/**
 * The places of the given events (those with coordinates, and with the atlas given, those
 * whose country is known), the busiest first.
 */
export function placesOf(index: DatasetIndex, events: ArrayLike<number>, atlas?: Atlas): Place[] {
  const { lon, lat, countryOnly } = placeColumns(index, atlas);
  const precisionOf = (i: number): LocationPrecision =>
    countryOnly[i] ? 'country' : (index.events[i]!.location?.precision ?? 'point');
  // Events grouped first under a number (precision, and the point to 4 decimals, about
  // 10 m); each place is built once from its list. At 100k events, building keys and
  // objects per event was most of the time.
  const groups = new Map<number, number[]>();
  for (let j = 0; j < events.length; j++) {
    const i = events[j]!;
    const x = lon[i]!;
    if (Number.isNaN(x)) continue;
    const precision = precisionOf(i);
    const code =
      (PRECISION_CODE[precision] * 3_600_001 + Math.round(x * 1e4) + 1_800_000) * 1_800_001 +
      Math.round(lat[i]! * 1e4) +
      900_000;
    const list = groups.get(code);
    if (list) list.push(i);
    else groups.set(code, [i]);
  }
  const places: Place[] = [];
  for (const list of groups.values()) {
    const i0 = list[0]!;
    const first = index.events[i0]!.location;
    const precision = precisionOf(i0);
    const country = countryOnly[i0];
    // Placed by its country alone: named as the atlas names the country.
    const only = country ? countryOf(atlas!, country)?.properties.name : undefined;
    const names = new Map<string, number>();
    for (const i of list) {
      const name = only ?? index.events[i]!.location!.name;
      names.set(name, (names.get(name) ?? 0) + 1);
    }
    const place: Place = {
      key: `${precision}:${lon[i0]!.toFixed(4)},${lat[i0]!.toFixed(4)}`,
      name: mostFrequent(names),
      precision,
      lon: lon[i0]!,
      lat: lat[i0]!,
      events: list,
      category: topCategory(index, list),
    };
    if (country ?? first?.country) place.country = (country ?? first?.country)!;
    if (!country && first?.between) place.between = [first.between[0]!, first.between[1]!];
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
