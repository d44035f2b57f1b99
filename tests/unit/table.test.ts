/** Row order of the events table (src/views/table/sortRows.ts) and the evidence walk. */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents } from '../../src/query/filter';
import { currentStep, selectionWalk } from '../../src/query/evidence';
import { actorNames, sortRows } from '../../src/views/table/sortRows';
import { seed } from './helpers';

const index = buildIndex(validateDataset(seed()).dataset!);
const inTime = filterEvents(index, EMPTY_FILTERS);
const titles = (rows: Uint32Array) => Array.from(rows, (i) => index.events[i]!.title);

describe('sortRows', () => {
  it('keeps time order for the date, and reverses it for descending', () => {
    expect(sortRows(index, inTime, 'date', 'ascending')).toBe(inTime);
    expect(titles(sortRows(index, inTime, 'date', 'descending'))).toEqual(titles(inTime).reverse());
    // An open start ("until May 2022") comes before everything, then 1947.
    expect(titles(inTime).slice(0, 2)).toEqual([
      'Pakistan fences its border with Afghanistan',
      'Creation of Pakistan',
    ]);
  });

  it('sorts by title, category or actors, ties in time order', () => {
    const byTitle = titles(sortRows(index, inTime, 'title', 'ascending'));
    expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b, 'en')));
    const byCategory = sortRows(index, inTime, 'category', 'descending');
    const cats = Array.from(byCategory, (i) => index.events[i]!.category);
    expect(cats).toEqual([...cats].sort().reverse());
    // Within one category, time order holds.
    const assaults = Array.from(byCategory).filter((i) => index.events[i]!.category === 'ASSAULT');
    expect(assaults).toEqual(Array.from(inTime).filter((i) => assaults.includes(i)));
    const byActors = Array.from(sortRows(index, inTime, 'actors', 'ascending'), (i) =>
      actorNames(index, i),
    );
    expect(byActors[0]! <= byActors.at(-1)!).toBe(true);
  });
});

describe('the evidence walk of a selection', () => {
  it('lists every passage of every selected item, and finds the current one', () => {
    const walk = selectionWalk(index, [
      'airstrikes-on-ttp-in-afghanistan',
      'pakistan-supports-taliban',
      'nope',
    ]);
    expect(walk.map((s) => `${s.id}#${s.evidence}`)).toEqual([
      'airstrikes-on-ttp-in-afghanistan#0',
      'airstrikes-on-ttp-in-afghanistan#1',
      'pakistan-supports-taliban#0',
      'pakistan-supports-taliban#1',
      'pakistan-supports-taliban#2',
    ]);
    expect(currentStep(walk, null)).toBe(0);
    expect(currentStep(walk, { id: 'pakistan-supports-taliban', evidence: 1 })).toBe(3);
    // A focus outside the selection falls back to the first passage.
    expect(currentStep(walk, { id: 'imran-khan-ousted', evidence: 0 })).toBe(0);
    expect(currentStep([], null)).toBe(-1);
  });
});
