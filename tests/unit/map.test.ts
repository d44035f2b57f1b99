/**
 * The map's pure parts: precision mapping from ACLED and UCDP, places and their names,
 * the place filter (bbox), aggregation that splits as the map zooms in, the projection's
 * fit, and the border derived from the atlas.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { geoLength } from 'd3-geo';
import { ACLED_GEO_PRECISION } from '../../src/io/import/acled';
import { UCDP_WHERE_PRECISION } from '../../src/io/import/ucdp';
import { precisionOf } from '../../src/io/import/common';
import { validateDataset } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents } from '../../src/query/filter';
import { countBreakdown, describeHidden } from '../../src/query/countBreakdown';
import { groupName, placeName, placesOf } from '../../src/query/map/places';
import { bboxOfPoints, describeBbox, inBbox, parseBbox } from '../../src/query/map/bbox';
import { clusterMarks, clusterZoom, type MapMark } from '../../src/query/map/aggregate';
import { fitProjection, groundPixels } from '../../src/query/map/projection';
import {
  borderBetween,
  countryCentre,
  countryCode,
  countryOf,
  readAtlas,
} from '../../src/query/map/atlas';
import { alpha3Of } from '../../src/query/map/isoNumeric';
import { baseMap, mapItems } from '../../src/views/map/mapScene';
import { placeCountryLabels } from '../../src/views/map/countryLabels';
import { seed } from './helpers';

const index = buildIndex(validateDataset(seed()).dataset!);
const all = { ...EMPTY_FILTERS, window: null };

describe('location precision from the outside formats', () => {
  it('maps ACLED geo_precision 1–3 and UCDP where_prec 1–7 (reference/formats.md)', () => {
    expect(ACLED_GEO_PRECISION).toEqual({ '1': 'point', '2': 'near', '3': 'region' });
    expect(UCDP_WHERE_PRECISION).toEqual({
      '1': 'point',
      '2': 'near',
      '3': 'district',
      '4': 'region',
      '5': 'region',
      '6': 'country',
      '7': 'water',
    });
  });

  it('leaves the precision out for a code the table lacks, inherited names included', () => {
    expect(precisionOf(ACLED_GEO_PRECISION, '2')).toEqual({ precision: 'near' });
    for (const code of ['', '4', 'constructor', '__proto__', 'toString']) {
      expect(precisionOf(ACLED_GEO_PRECISION, code)).toEqual({});
    }
  });
});

describe('places', () => {
  it('groups the seed’s located events by place, busiest first, each at its precision', () => {
    const places = placesOf(index, filterEvents(index, all));
    const summary = places.map((p) => [p.name, p.precision, p.events.length]);
    expect(summary).toEqual([
      ['Pakistan', 'country', 6],
      ['Afghanistan', 'country', 4],
      ['Pakistan-Afghanistan border', 'border', 2],
      ['Kabul', 'point', 1],
    ]);
    expect(places[2]!.between).toEqual(['PAK', 'AFG']);
    // Six seed events have no place: they are not on the map.
    expect(places.reduce((n, p) => n + p.events.length, 0)).toBe(13);
  });

  it('names a place by its name, precision and count, and a group by its places', () => {
    expect(placeName({ name: 'Khost province', precision: 'region', events: [1, 2] })).toBe(
      'Khost province, area, 2 events',
    );
    expect(placeName({ name: 'Kabul', precision: 'point', events: [3] })).toBe(
      'Kabul, point, 1 event',
    );
    expect(
      groupName([
        { name: 'Khar', events: [1] },
        { name: 'Miran Shah', events: [2, 3] },
      ]),
    ).toBe('2 places around Miran Shah, 3 events');
  });
});

describe('the place filter', () => {
  it('passes a point inside the box, edges included, also across the antimeridian', () => {
    const box = [60, 29, 72, 36] as const;
    expect(inBbox(box, 69.2, 34.5)).toBe(true);
    expect(inBbox(box, 60, 29)).toBe(true);
    expect(inBbox(box, 59.9, 30)).toBe(false);
    expect(inBbox(box, 65, 36.1)).toBe(false);
    expect(inBbox(box, NaN, NaN)).toBe(false);
    const pacific = [170, -20, -170, -10] as const;
    expect(inBbox(pacific, 179, -15)).toBe(true);
    expect(inBbox(pacific, -175, -15)).toBe(true);
    expect(inBbox(pacific, 0, -15)).toBe(false);
  });

  it('reads, writes and describes a box', () => {
    expect(parseBbox('60.5,29.1,71.3,35.2')).toEqual([60.5, 29.1, 71.3, 35.2]);
    expect(parseBbox('60,29,71')).toMatch(/four numbers/);
    expect(parseBbox('1e3,0,1,1')).toMatch(/four numbers/);
    expect(describeBbox([60.5, 29.1, 71.3, 35.2])).toBe(
      '29.10° N to 35.20° N, 60.50° E to 71.30° E',
    );
    expect(describeBbox([-10, -5, 3, 2])).toBe('5.00° S to 2.00° N, 10.00° W to 3.00° E');
    expect(
      bboxOfPoints([
        [69.2, 34.5],
        [66, 33.1],
        [NaN, 1],
      ]),
    ).toEqual([66, 33.1, 69.2, 34.5]);
    expect(bboxOfPoints([])).toBeNull();
  });

  it('keeps the events whose place lies in the box; events without a place drop out', () => {
    // Around Kabul only: the Kabul talks; not the country centroids or the border point.
    const kabul = filterEvents(index, { ...all, bbox: [68.5, 34, 70, 35] });
    expect([...kabul].map((i) => index.events[i]!.id)).toEqual(['former-isi-chief-kabul-talks']);
    // Pakistan's and Afghanistan's centroids, the border and Kabul: all 13 located events.
    const region = filterEvents(index, { ...all, bbox: [60, 29, 72, 36] });
    expect(region.length).toBe(13);
    // The header says why the others are hidden.
    const why = countBreakdown(index, { ...all, bbox: [68.5, 34, 70, 35] });
    expect(why.hidden).toEqual([{ reason: 'place', count: 18 }]);
    expect(describeHidden(why)).toBe('18 outside the map area');
  });
});

describe('aggregation', () => {
  // Two places 10 units apart, a third 200 units away.
  const marks: MapMark[] = [
    { x: 0, y: 0, weight: 1 },
    { x: 10, y: 0, weight: 3 },
    { x: 200, y: 0, weight: 2 },
  ];

  it('merges places closer than the radius on screen into one count circle', () => {
    const far = clusterMarks(marks, 1, 14);
    expect(far.map((c) => [c.members, c.weight])).toEqual([
      [[1, 0], 4],
      [[2], 2],
    ]);
    // The circle sits at the weighted mean of its places.
    expect(far[0]!.x).toBeCloseTo(7.5);
  });

  it('splits them as the map zooms in, and joins everything when zoomed far out', () => {
    expect(clusterMarks(marks, 2, 14)).toHaveLength(3);
    const out = clusterMarks(marks, 0.05, 14);
    expect(out).toHaveLength(1);
    expect(out[0]!.weight).toBe(6);
  });

  it('counts every event once, whatever the order the marks came in', () => {
    const many: MapMark[] = Array.from({ length: 500 }, (_, i) => ({
      x: (i * 37) % 300,
      y: (i * 91) % 170,
      weight: 1 + (i % 4),
    }));
    const total = many.reduce((n, m) => n + m.weight, 0);
    for (const k of [0.1, 1, 4, 50]) {
      const clusters = clusterMarks(many, k, 14);
      expect(clusters.reduce((n, c) => n + c.weight, 0)).toBe(total);
      const members = clusters.flatMap((c) => c.members).sort((a, b) => a - b);
      expect(members).toEqual(many.map((_, i) => i));
    }
    const reversed = clusterMarks([...many].reverse(), 1, 14).map((c) => c.weight);
    expect(reversed).toEqual(clusterMarks(many, 1, 14).map((c) => c.weight));
  });

  it('re-clusters at half powers of two only', () => {
    expect(clusterZoom(1)).toBe(1);
    expect(clusterZoom(1.1)).toBe(1);
    expect(clusterZoom(1.3)).toBeCloseTo(Math.SQRT2);
    expect(clusterZoom(3.9)).toBe(4);
  });
});

describe('the projection', () => {
  it('fits the places with a margin, and the whole world when there are none', () => {
    const p = fitProjection([60, 29, 72, 36], 800, 400);
    const points: [number, number][] = [
      [60, 29],
      [72, 36],
      [69.2, 34.5],
    ];
    for (const pt of points) {
      const [x, y] = p(pt)!;
      expect(x).toBeGreaterThanOrEqual(27);
      expect(x).toBeLessThanOrEqual(773);
      expect(y).toBeGreaterThanOrEqual(27);
      expect(y).toBeLessThanOrEqual(373);
    }
    const world = fitProjection(null, 800, 400);
    const [x0] = world([-179, 0])!;
    const [x1] = world([179, 0])!;
    expect(x1 - x0).toBeGreaterThan(600);
  });

  it('gives one place a regional map, not an infinitely close one', () => {
    const p = fitProjection([69.2, 34.5, 69.2, 34.5], 800, 400);
    // 8 degrees at least across: 100 km is a few dozen pixels.
    const px = groundPixels(p, 69.2, 34.5, 100);
    expect(px).toBeGreaterThan(10);
    expect(px).toBeLessThan(200);
  });
});

describe('the atlas', () => {
  const atlas = readAtlas(
    JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology,
  );

  it('finds countries by their ISO alpha-3 code', () => {
    expect(countryOf(atlas, 'PAK')?.properties.name).toBe('Pakistan');
    expect(countryOf(atlas, 'AFG')?.properties.name).toBe('Afghanistan');
    expect(countryOf(atlas, 'XXX')).toBeUndefined();
  });

  it('derives the Pakistan–Afghanistan border from the shared arcs, and none for strangers', () => {
    const line = borderBetween(atlas, 'PAK', 'AFG')!;
    expect(line.type).toBe('MultiLineString');
    // About 2,000 km at this resolution (the Durand Line is some 2,600 km).
    const km = geoLength(line) * 6371;
    expect(km).toBeGreaterThan(1500);
    expect(km).toBeLessThan(3000);
    expect(borderBetween(atlas, 'AFG', 'PAK')!.coordinates.length).toBe(line.coordinates.length);
    expect(borderBetween(atlas, 'PAK', 'FRA')).toBeNull();
  });
});

describe('places known by their country alone', () => {
  const atlas = readAtlas(
    JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology,
  );
  const input = seed();
  const base = input.events[0]!;
  const extra = (id: string, fields: object) => ({ ...base, id, ...fields });
  input.events.push(
    extra('only-alpha3', { location: { name: 'Somewhere in France', country: 'FRA' } }),
    // ACLED without coordinates: the place string and the numeric iso code.
    extra('acled-no-coords', {
      location: { name: 'Kandahar, Kandahar, Afghanistan', precision: 'point' },
      origin: { format: 'acled', codes: { iso: '4' } },
    }),
    // UCDP GED without coordinates: its country name, with the former name in brackets.
    extra('ucdp-no-coords', {
      location: { name: 'Goma' },
      origin: { format: 'ucdp-ged', codes: { country: 'DR Congo (Zaire)' } },
    }),
    extra('nowhere', { location: { name: 'A village' } }),
  );
  const { dataset, problems } = validateDataset(input);
  const withCountries = buildIndex(dataset!);
  const shown = () => filterEvents(withCountries, all);

  it('reads a country from an alpha-3 code, a numeric ISO code, or a name', () => {
    expect(alpha3Of('4')).toBe('AFG');
    expect(alpha3Of('004')).toBe('AFG');
    expect(alpha3Of('x')).toBeUndefined();
    expect(countryCode(atlas, { alpha3: 'PAK' })).toBe('PAK');
    expect(countryCode(atlas, { alpha3: 'XXX', numeric: '180' })).toBe('COD');
    expect(countryCode(atlas, { name: 'Russia (Soviet Union)' })).toBe('RUS');
    expect(countryCode(atlas, { name: 'Dem. Rep. Congo' })).toBe('COD');
    expect(countryCode(atlas, { name: 'Ivory Coast' })).toBe('CIV');
    expect(countryCode(atlas, { name: 'Kabul' })).toBeUndefined();
  });

  it('puts a country at the centre of its largest part (France in Europe, not the Atlantic)', () => {
    const [lon, lat] = countryCentre(atlas, 'FRA')!;
    expect(lon).toBeGreaterThan(-5);
    expect(lon).toBeLessThan(8);
    expect(lat).toBeGreaterThan(42);
    expect(lat).toBeLessThan(51);
  });

  it('places events without coordinates at country precision, named as the atlas names the country', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const places = placesOf(withCountries, shown(), atlas);
    const byCountry = (c: string) => places.filter((p) => p.country === c);
    const id = (i: number) => withCountries.events[i]!.id;
    const france = byCountry('FRA');
    expect(france.map((p) => [p.name, p.precision, p.events.map(id)])).toEqual([
      ['France', 'country', ['only-alpha3']],
    ]);
    const cod = byCountry('COD');
    expect(cod.map((p) => [p.name, p.precision, p.events.map(id)])).toEqual([
      ['Dem. Rep. Congo', 'country', ['ucdp-no-coords']],
    ]);
    // The ACLED row joins no other Afghanistan place (those have coordinates of their own).
    const kandahar = places.find((p) => p.events.map(id).includes('acled-no-coords'))!;
    expect([kandahar.name, kandahar.precision, kandahar.country]).toEqual([
      'Afghanistan',
      'country',
      'AFG',
    ]);
    // Nothing tells where the village is: it stays off the map.
    expect(places.some((p) => p.events.map(id).includes('nowhere'))).toBe(false);
    // Without the atlas only coordinates place events (the seed's four places).
    expect(placesOf(withCountries, shown()).length).toBe(4);
  });

  it('shades the country: the item carries the country’s shape', () => {
    const places = placesOf(withCountries, shown(), atlas);
    const projection = fitProjection(null, 800, 400);
    const items = mapItems(atlas, projection, places, 1, () => 'CONSULT');
    const france = items.find((it) => it.places.some((p) => p.country === 'FRA'))!;
    expect(france.kind).toBe('place');
    expect(france.precision).toBe('country');
    expect(france.area).toMatch(/^M/);
  });
});

describe('country names when zoomed in', () => {
  const atlas = readAtlas(
    JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology,
  );
  const projection = fitProjection([60, 23, 78, 38], 800, 400);
  const { labels } = baseMap(atlas, projection);

  it('names a country whose centre is off-screen on its part in view, inside the view', () => {
    // Zoomed 16× on a point in the far north-east of Pakistan, well away from its centroid.
    const [px, py] = projection([74.5, 35.5])!;
    const k = 16;
    const view = { x: 400 - px * k, y: 200 - py * k, k };
    const pak = labels.find((l) => l.name === 'Pakistan')!;
    const centre = [view.x + pak.x * k, view.y + pak.y * k];
    expect(centre[0]! < 0 || centre[0]! > 800 || centre[1]! < 0 || centre[1]! > 400).toBe(true);
    const shown = placeCountryLabels(projection, labels, view, 800, 400);
    const name = shown.find((l) => l.name === 'Pakistan')!;
    expect(name).toBeDefined();
    expect(name.x).toBeGreaterThan(0);
    expect(name.x).toBeLessThan(800);
    expect(name.y).toBeGreaterThan(-10);
    expect(name.y).toBeLessThan(400);
    // Far-away countries are not named.
    expect(shown.some((l) => l.name === 'France')).toBe(false);
  });

  it('names each country at the fitted view once, largest first', () => {
    const shown = placeCountryLabels(projection, labels, { x: 0, y: 0, k: 1 }, 800, 400);
    const names = shown.map((l) => l.name);
    expect(names).toContain('Pakistan');
    expect(names).toContain('Afghanistan');
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('synthetic places', () => {
  it('gives every event a place, deterministically, without changing the rest', async () => {
    const { generateDataset } = await import('../../scripts/synthetic');
    const plain = generateDataset({ events: 300, actors: 20, seed: 3 });
    const a = generateDataset({ events: 300, actors: 20, seed: 3, located: true });
    const b = generateDataset({ events: 300, actors: 20, seed: 3, located: true });
    expect(a).toEqual(b);
    expect(a.events.every((e) => e.location?.lat !== undefined)).toBe(true);
    expect(a.events.map((e) => ({ ...e, location: undefined }))).toEqual(
      plain.events.map((e) => ({ ...e, location: undefined })),
    );
    const { dataset, problems } = validateDataset(a);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const located = buildIndex(dataset!);
    expect(placesOf(located, filterEvents(located, all)).length).toBeGreaterThan(20);
  });
});
