/**
 * What the page needs of places without the atlas (d3-geo, topojson, which load with the
 * map): each event's own coordinates, for the place filter, and how precisions are said.
 * Pure.
 */
import type { LocationPrecision } from '../../model/vocab';
import type { DatasetIndex } from '../indexes';

/** Each event's coordinates by event index (NaN where it has none), built once per index. */
export interface PlaceColumns {
  lon: Float64Array;
  lat: Float64Array;
  /** For an event placed by its country alone, the country (alpha-3); there lon/lat are its centre. */
  countryOnly: (string | undefined)[];
}

const ownCache = new WeakMap<DatasetIndex, PlaceColumns>();

/** The coordinates events are given (none placed by country: that needs the atlas). */
export function ownCoordinates(index: DatasetIndex): PlaceColumns {
  const cached = ownCache.get(index);
  if (cached) return cached;
  const n = index.events.length;
  const cols: PlaceColumns = {
    lon: new Float64Array(n).fill(NaN),
    lat: new Float64Array(n).fill(NaN),
    countryOnly: new Array<string | undefined>(n),
  };
  for (let i = 0; i < n; i++) {
    const l = index.events[i]!.location;
    if (l?.lon !== undefined && l.lat !== undefined) {
      cols.lon[i] = l.lon;
      cols.lat[i] = l.lat;
    }
  }
  ownCache.set(index, cols);
  return cols;
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
