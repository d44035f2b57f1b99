import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { timeScale } from '../../src/query/timeline/scale';

// The main view's scale was d3's scaleUtc; the written-out one must put every instant on
// the same pixel, and read every pixel back to the same instant.
const ms = fc.integer({ min: Date.UTC(-3000, 0, 1), max: Date.UTC(3000, 0, 1) });
// Domains and ranges as the view makes them: a window of at least a millisecond, a
// range of at least a pixel; instants and pixels anywhere (gestures go past the ends).
const span = fc.integer({ min: 1, max: 2 * Date.UTC(3000, 0, 1) });
const px = fc.double({ min: -5000, max: 5000, noNaN: true });
const width = fc.double({ min: 1, max: 5000, noNaN: true });
/** Equal numbers (0 and -0 count as one; a pixel has no sign of zero). */
const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

describe('timeScale', () => {
  it('maps and inverts exactly as scaleUtc', () => {
    fc.assert(
      fc.property(ms, span, px, width, ms, px, (d0, dd, r0, w, t, p) => {
        const [d1, r1] = [d0 + dd, r0 + w];
        const d3 = scaleUtc()
          .domain([new Date(d0), new Date(d1)])
          .range([r0, r1]);
        const ours = timeScale([d0, d1], [r0, r1]);
        expect(same(ours(t), d3(new Date(t)))).toBe(true);
        // scaleUtc's invert rounds to whole milliseconds (a Date); the zoom handler does too.
        // Past a Date's range (±8.64e15 ms) d3 has no instant to compare with.
        const back = d3.invert(p).getTime();
        if (!Number.isNaN(back)) expect(same(Math.round(ours.invert(p)), back)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a zoom gesture back as d3-zoom rescaleX does', () => {
    const whole = [Date.UTC(1990, 0, 1), Date.UTC(2030, 0, 1)] as const;
    const range = [150, 1000] as const;
    const transform = zoomIdentity.translate(-1234.5, 0).scale(7.25);
    const x = timeScale(whole, range);
    const ours = range.map((p) => x.invert(transform.invertX(p)));
    const d3 = transform
      .rescaleX(
        scaleUtc()
          .domain(whole.map((t) => new Date(t)))
          .range(range),
      )
      .domain()
      .map((d) => d.getTime());
    expect(ours.map(Math.round)).toEqual(d3);
  });

  it('maps an empty domain to the middle of the range', () => {
    expect(timeScale([5, 5], [100, 300])(42)).toBe(200);
  });
});
