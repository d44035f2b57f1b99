import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { ownCoordinates } from '../../src/query/map/coordinates';
import { placeColumns } from '../../src/query/map/places';
import { seed } from './helpers';

describe('ownCoordinates (the place filter, without the atlas)', () => {
  const base = validateDataset(seed()).dataset!;
  const [a, b] = base.events;
  const dataset = {
    ...base,
    events: [
      { ...a!, location: { name: 'Khost', lon: 69.9, lat: 33.3 } },
      { ...b!, location: { name: 'Pakistan', country: 'PAK' } },
    ],
  };
  const index = buildIndex(dataset);

  it('gives an event its own coordinates and no others (a country alone is no point)', () => {
    const cols = ownCoordinates(index);
    expect([cols.lon[0], cols.lat[0]]).toEqual([69.9, 33.3]);
    expect([cols.lon[1], cols.lat[1]]).toEqual([NaN, NaN]);
    expect(cols.countryOnly).toEqual([undefined, undefined]);
  });

  it('is what placeColumns gives without an atlas, built once per index', () => {
    expect(placeColumns(index)).toBe(ownCoordinates(index));
    expect(ownCoordinates(buildIndex(dataset))).not.toBe(ownCoordinates(index));
  });
});
