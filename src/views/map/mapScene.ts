/**
 * What the map draws, in the projection's own pixels (zoom 1): the base map's paths, the
 * country labels, and one item per place or count circle. D3 computes; the components
 * render. Items are rebuilt when the places, the projection or the clustering zoom change,
 * never while panning.
 */
import { geoBounds, geoCentroid, geoGraticule10, geoPath, type GeoProjection } from 'd3-geo';
import type { Category, LocationPrecision } from '../../model/schema';
import type { Atlas } from '../../query/map/atlas';
import { borderBetween, countryOf } from '../../query/map/atlas';
import type { Bbox } from '../../query/map/bbox';
import { bboxOfPoints } from '../../query/map/bbox';
import { clusterMarks, countRadius } from '../../query/map/aggregate';
import { groundPixels } from '../../query/map/projection';
import { groupName, placeName, type Place } from '../../query/map/places';
import type { CountryLabel } from './countryLabels';

export interface BaseMap {
  sphere: string;
  graticule: string;
  /** Each country's path; `id` is unique (the atlas id and the feature's index). */
  countries: { id: string; d: string }[];
  borders: string;
  /** Every country with an area, the largest first (countryLabels.ts places the names). */
  labels: CountryLabel[];
}

export function baseMap(atlas: Atlas, projection: GeoProjection): BaseMap {
  const path = geoPath(projection);
  const labels: BaseMap['labels'] = [];
  const countries = atlas.countries.map((c, k) => {
    const p = projection(geoCentroid(c));
    const area = path.area(c);
    if (p && area > 0) {
      const bounds = path.bounds(c);
      labels.push({ name: c.properties.name, x: p[0], y: p[1], area, bounds, feature: c });
    }
    // Natural Earth repeats some numeric ids (a country and its territories): add the index.
    return { id: `${c.id ?? 'n'}-${k}`, d: path(c) ?? '' };
  });
  return {
    sphere: path({ type: 'Sphere' }) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    countries,
    borders: path(atlas.borders) ?? '',
    labels: labels.sort((a, b) => b.area - a.area),
  };
}

/** Ground radii (km) of the uncertainty each precision stands for. */
const GROUND_KM: Partial<Record<LocationPrecision, number>> = {
  near: 10,
  district: 35,
  region: 120,
  water: 60,
};
/** The smallest radius (px) each is drawn at, so a far-out view still shows it. */
export const MIN_RADIUS: Record<LocationPrecision, number> = {
  point: 4.5,
  near: 6,
  district: 8,
  region: 12,
  water: 12,
  country: 9,
  border: 9,
};

export interface MapItem {
  key: string;
  /** One place drawn at its precision, or a count circle of several. */
  kind: 'place' | 'group';
  precision: LocationPrecision;
  x: number;
  y: number;
  /** The uncertainty's radius in base pixels (0 for a point, a group, a country or a border). */
  r0: number;
  places: Place[];
  events: number[];
  category: Category;
  name: string;
  /** For a country-level place, the country's shape; for a border, its line (base pixels). */
  area?: string;
}

/** The drawn radius (px) of an item at zoom k. */
export function itemRadius(item: MapItem, k: number): number {
  if (item.kind === 'group') return countRadius(item.events.length);
  return Math.max(MIN_RADIUS[item.precision], item.r0 * k);
}

const AREAS: ReadonlySet<LocationPrecision> = new Set(['country', 'border']);

/** Count circles merge places closer than this on screen (px). */
const CLUSTER_RADIUS = 18;

export function mapItems(
  atlas: Atlas,
  projection: GeoProjection,
  places: readonly Place[],
  k: number,
  topCategory: (events: number[]) => Category,
): MapItem[] {
  const path = geoPath(projection);
  const items: MapItem[] = [];
  const loose: { place: Place; x: number; y: number; r0: number }[] = [];
  for (const place of places) {
    const p = projection([place.lon, place.lat]);
    if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
    if (AREAS.has(place.precision)) {
      const shape =
        place.precision === 'country'
          ? countryOf(atlas, place.country)
          : place.between
            ? borderBetween(atlas, place.between[0], place.between[1])
            : null;
      items.push({
        ...single(place, p[0], p[1], 0),
        ...(shape ? { area: path(shape) ?? undefined } : {}),
      });
      continue;
    }
    const km = GROUND_KM[place.precision];
    const r0 = km ? groundPixels(projection, place.lon, place.lat, km) : 0;
    loose.push({ place, x: p[0], y: p[1], r0 });
  }
  const clusters = clusterMarks(
    loose.map((m) => ({ x: m.x, y: m.y, weight: m.place.events.length })),
    k,
    CLUSTER_RADIUS,
  );
  for (const c of clusters) {
    if (c.members.length === 1) {
      const m = loose[c.members[0]!]!;
      items.push(single(m.place, m.x, m.y, m.r0));
      continue;
    }
    const members = c.members.map((j) => loose[j]!.place);
    const events = members.flatMap((p) => p.events);
    items.push({
      key: `g:${members[0]!.key}`,
      kind: 'group',
      precision: members[0]!.precision,
      x: c.x,
      y: c.y,
      r0: 0,
      places: members,
      events,
      category: topCategory(events),
      name: groupName(members),
    });
  }
  return items;
}

function single(place: Place, x: number, y: number, r0: number): MapItem {
  return {
    key: place.key,
    kind: 'place',
    precision: place.precision,
    x,
    y,
    r0,
    places: [place],
    events: place.events,
    category: place.category,
    name: placeName(place),
  };
}

/** The extent to fit: every place's point, and the whole of each country-level place. */
export function placesBounds(atlas: Atlas, places: readonly Place[]): Bbox | null {
  const points: [number, number][] = [];
  for (const p of places) {
    points.push([p.lon, p.lat]);
    const country = p.precision === 'country' ? countryOf(atlas, p.country) : undefined;
    if (country) {
      const [[w, s], [e, n]] = geoBounds(country);
      points.push([w, s], [e, n]);
    }
  }
  return bboxOfPoints(points);
}
