/**
 * The overview's scale reads its instants from a typed array, sorted natively. The order
 * they come in, and the non-finite ones among them, make no difference.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overviewScale } from '../../src/query/timeline/overviewScale';

describe('overviewScale', () => {
  it('gives the same scale for the instants in any order, with non-finite ones left out', () => {
    const instant = fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: -3e12, max: 3e12 }) },
      fc.constantFrom(NaN, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 60 }), (instants) => {
        const sorted = instants.filter(Number.isFinite).sort((a, b) => a - b);
        const got = overviewScale(instants, [100, 900], [0, 1e12]);
        const want = overviewScale(sorted, [100, 900], [0, 1e12]);
        expect(got.segments).toEqual(want.segments);
        expect(got.breaks).toEqual(want.breaks);
        expect(got.extent).toEqual(want.extent);
        // Sorted input is what the scale builds its clusters from: their ends are instants.
        for (const s of got.segments) {
          if (sorted.length) expect(sorted).toContain(s.first);
        }
      }),
      { numRuns: 500 },
    );
  });
});
