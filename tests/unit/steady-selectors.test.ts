/**
 * The steady selectors give back their last result while the items are the same, so a zoom
 * that moves the window but keeps the same events in it leaves the views downstream alone.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents } from '../../src/query/filter';
import { steadyVisibleEvents } from '../../src/store/selectors';
import { seed } from './helpers';

describe('steady selectors', () => {
  it('keep their result while the events are the same, and change it when they change', () => {
    const index = buildIndex(validateDataset(seed()).dataset!);
    const all = steadyVisibleEvents(index, EMPTY_FILTERS);
    expect([...all]).toEqual([...filterEvents(index, EMPTY_FILTERS)]);
    // A window around the whole span: new filters, same events, the same array back.
    const [a, b] = index.span;
    const wide = { ...EMPTY_FILTERS, window: [a - 86_400_000, b + 86_400_000] as [number, number] };
    expect(steadyVisibleEvents(index, wide)).toBe(all);
    // A window over the first half: fewer events, a new array.
    const half = { ...EMPTY_FILTERS, window: [a, (a + b) / 2] as [number, number] };
    const some = steadyVisibleEvents(index, half);
    expect(some).not.toBe(all);
    expect(some.length).toBeLessThan(all.length);
    expect([...some]).toEqual([...filterEvents(index, half)]);
    // Back to the whole span: the whole set again.
    const again = steadyVisibleEvents(index, wide);
    expect(again).not.toBe(some);
    expect([...again]).toEqual([...all]);
  });
});
