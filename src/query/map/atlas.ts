/**
 * Reading Natural Earth's countries (world-atlas TopoJSON): each country as a feature, by
 * its ISO numeric id, and the border two countries share, derived from the topology (the
 * arcs the two countries have in common), so a place known only as "the Pakistan-
 * Afghanistan border" is drawn as that line. Pure: the topology is given.
 */
import { geoArea, geoCentroid } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, Geometry, Polygon } from 'geojson';
import { alpha3Of, numericOf } from './isoNumeric';

export type CountryFeature = Feature<Geometry, { name: string }> & { id?: string };

export interface Atlas {
  topology: Topology;
  countries: CountryFeature[];
  /** By ISO 3166-1 numeric id ("586"). */
  byId: ReadonlyMap<string, CountryFeature>;
  /** Every land border once, for the base map. */
  borders: MultiLineString;
  /** Alpha-3 codes by lower-case country name (Natural Earth's, and common other spellings). */
  byName: ReadonlyMap<string, string>;
}

/**
 * Names other sources (UCDP GED's `country`, ACLED's) give countries that Natural Earth
 * spells otherwise; a parenthesised former name ("Russia (Soviet Union)") is dropped first.
 */
const OTHER_NAMES: Record<string, string> = {
  'dr congo': 'COD',
  'democratic republic of congo': 'COD',
  'republic of congo': 'COG',
  'central african republic': 'CAF',
  'south sudan': 'SSD',
  'bosnia-herzegovina': 'BIH',
  'bosnia and herzegovina': 'BIH',
  'ivory coast': 'CIV',
  'dominican republic': 'DOM',
  'equatorial guinea': 'GNQ',
  'western sahara': 'ESH',
  'north macedonia': 'MKD',
  'macedonia, fyr': 'MKD',
  'kingdom of eswatini': 'SWZ',
  eswatini: 'SWZ',
  'united states': 'USA',
  'czech republic': 'CZE',
};

export function readAtlas(topology: Topology): Atlas {
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const countries = (feature(topology, object) as FeatureCollection<Geometry, { name: string }>)
    .features as CountryFeature[];
  const byId = new Map<string, CountryFeature>();
  for (const c of countries) if (c.id !== undefined) byId.set(String(c.id), c);
  const byName = new Map(Object.entries(OTHER_NAMES));
  for (const c of countries) {
    const alpha3 = c.id === undefined ? undefined : alpha3Of(String(c.id));
    if (alpha3) byName.set(c.properties.name.toLowerCase(), alpha3);
  }
  const borders = mesh(topology, object, (a, b) => a !== b);
  return { topology, countries, byId, borders, byName };
}

/** What a record says of its country: an alpha-3 code, a numeric ISO code, or a name. */
export interface CountryHints {
  alpha3?: string | undefined;
  numeric?: string | undefined;
  name?: string | undefined;
}

/** The alpha-3 code of the first hint the atlas knows, or undefined. */
export function countryCode(atlas: Atlas, hints: CountryHints): string | undefined {
  if (hints.alpha3 && countryOf(atlas, hints.alpha3)) return hints.alpha3;
  const fromNumeric = hints.numeric ? alpha3Of(hints.numeric.trim()) : undefined;
  if (fromNumeric && countryOf(atlas, fromNumeric)) return fromNumeric;
  const name = hints.name
    ?.replace(/\s*\(.*\)\s*$/, '')
    .trim()
    .toLowerCase();
  return name ? atlas.byName.get(name) : undefined;
}

const centres = new WeakMap<CountryFeature, [number, number]>();

/**
 * Where a country-level place is put: the centroid of the country's largest part, so that
 * France sits in France rather than in the Atlantic between it and French Guiana.
 */
export function countryCentre(atlas: Atlas, alpha3: string): [number, number] | undefined {
  const c = countryOf(atlas, alpha3);
  if (!c) return undefined;
  let centre = centres.get(c);
  if (!centre) {
    const g = c.geometry;
    const parts: Polygon[] =
      g.type === 'MultiPolygon'
        ? g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
        : g.type === 'Polygon'
          ? [g]
          : [];
    const largest = parts.reduce<Polygon | null>(
      (a, b) => (!a || geoArea(b) > geoArea(a) ? b : a),
      null,
    );
    centre = geoCentroid(largest ?? c) as [number, number];
    centres.set(c, centre);
  }
  return centre;
}

/** The country of an ISO alpha-3 code, when the atlas has it. */
export function countryOf(atlas: Atlas, alpha3: string | undefined): CountryFeature | undefined {
  const id = alpha3 ? numericOf(alpha3) : undefined;
  return id ? atlas.byId.get(id) : undefined;
}

/** The border two countries share (alpha-3 codes), or null when they share none. */
export function borderBetween(atlas: Atlas, a: string, b: string): MultiLineString | null {
  const ida = numericOf(a);
  const idb = numericOf(b);
  if (!ida || !idb) return null;
  const object = atlas.topology.objects.countries as GeometryCollection;
  const line = mesh(
    atlas.topology,
    object,
    (x, y) => (x.id === ida && y.id === idb) || (x.id === idb && y.id === ida),
  );
  return line.coordinates.length > 0 ? line : null;
}
