/**
 * Reading Natural Earth's countries (world-atlas TopoJSON): each country as a feature, by
 * its ISO numeric id, and the border two countries share, derived from the topology (the
 * arcs the two countries have in common), so a place known only as "the Pakistan-
 * Afghanistan border" is drawn as that line. Pure: the topology is given.
 */
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, Geometry } from 'geojson';
import { numericOf } from './isoNumeric';

export type CountryFeature = Feature<Geometry, { name: string }> & { id?: string };

export interface Atlas {
  topology: Topology;
  countries: CountryFeature[];
  /** By ISO 3166-1 numeric id ("586"). */
  byId: ReadonlyMap<string, CountryFeature>;
  /** Every land border once, for the base map. */
  borders: MultiLineString;
}

export function readAtlas(topology: Topology): Atlas {
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const countries = (feature(topology, object) as FeatureCollection<Geometry, { name: string }>)
    .features as CountryFeature[];
  const byId = new Map<string, CountryFeature>();
  for (const c of countries) if (c.id !== undefined) byId.set(String(c.id), c);
  return { topology, countries, byId, borders: mesh(topology, object, (a, b) => a !== b) };
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
