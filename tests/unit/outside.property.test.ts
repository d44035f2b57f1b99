/**
 * The edge buttons' words ("5 later events (2022 onward) ▶") over random windows: never NaN
 * or Infinity, always a count and a year range, and a click target that is a finite window.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDataset } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents } from '../../src/query/filter';
import { edgeLabel, includeInWindow, outsideWindow } from '../../src/query/timeline/outside';
import { seed } from './helpers';

const index = buildIndex(validateDataset(seed()).dataset!);
const all = filterEvents(index, EMPTY_FILTERS);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

const YEARS = /^\((\d{4}|\d{4}–\d{4}|\d{4} onward|until \d{4})\)/;
const BEFORE = /^◀ \d+ earlier events?$/;
const AFTER = /^\d+ later events?$/;

describe('edge labels', () => {
  it('say "2022 onward" rather than "2022–NaN" for ?from=2021-09-01&to=2021-12-31', () => {
    const out = outsideWindow(index, all, [day('2021-09-01'), day('2022-01-01') - 1], 'text');
    expect(edgeLabel(out.after!, 'after').join(' ')).toBe('5 later events (2022 onward) ▶');
    const best = outsideWindow(index, all, [day('2021-09-01'), day('2022-01-01') - 1], 'best');
    expect(edgeLabel(best.after!, 'after')[1]).toMatch(/^\(2022 onward\) ▶$/);
  });

  it('are whole and finite over random windows, under either basis', () => {
    const lo = day('1940-01-01');
    const hi = day('2030-01-01');
    fc.assert(
      fc.property(
        fc.integer({ min: lo, max: hi }),
        fc.integer({ min: 1, max: hi - lo }),
        fc.constantFrom('best' as const, 'text' as const),
        (from, width, basis) => {
          const window: [number, number] = [from, from + width];
          const out = outsideWindow(index, all, window, basis);
          const { softStart, softEnd } = index.dates[basis];
          let before = 0;
          let after = 0;
          for (const i of all) {
            if (softEnd[i]! < window[0]) before++;
            else if (softStart[i]! > window[1]) after++;
          }
          expect(out.before?.count ?? 0).toBe(before);
          expect(out.after?.count ?? 0).toBe(after);
          for (const side of ['before', 'after'] as const) {
            const o = out[side];
            if (!o) continue;
            const [count, years] = edgeLabel(o, side);
            expect(count).toMatch(side === 'before' ? BEFORE : AFTER);
            expect(years).toMatch(YEARS);
            expect(`${count} ${years}`).not.toMatch(/NaN|Infinity|undefined/);
            const wider = includeInWindow(window, o.from, o.to);
            expect(wider.every(Number.isFinite)).toBe(true);
            expect(wider[0]).toBeLessThanOrEqual(window[0]);
            expect(wider[1]).toBeGreaterThanOrEqual(window[1]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
