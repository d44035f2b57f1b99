/**
 * The overview strip reads a model's instants and anchors from overviewData, made ahead in
 * steps for a big model: the same instants the strip collected from the mark times itself
 * (every finite anchor and span core end), sorted, and the same anchors, sorted; and the
 * strip's histogram, counted by binary search over them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDataset } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents, filterRelations } from '../../src/query/filter';
import { buildModel, type TimelineModel } from '../../src/query/timeline/model';
import {
  histogramCounts,
  overviewData,
  overviewDataSteps,
} from '../../src/query/timeline/overviewData';
import { overviewScale, overviewScaleOfSorted } from '../../src/query/timeline/overviewScale';
import { STEP_EVENTS } from '../../src/query/steps';
import { generateDataset } from '../../scripts/synthetic';
import { seed } from './helpers';

function modelOf(json: unknown): TimelineModel {
  const index = buildIndex(validateDataset(json).dataset!);
  const events = filterEvents(index, EMPTY_FILTERS);
  return buildModel(index, events, filterRelations(index, EMPTY_FILTERS), 'actor', false);
}

/** The strip's own reading before overviewData (Overview.tsx). */
function readDirectly(model: TimelineModel) {
  const instants: number[] = [];
  const anchors: number[] = [];
  for (const t of model.times) {
    if (Number.isFinite(t.anchor)) {
      instants.push(t.anchor);
      anchors.push(t.anchor);
    }
    if (t.shape === 'span' && Number.isFinite(t.coreEnd)) instants.push(t.coreEnd);
  }
  return { instants, anchors };
}

const models = [
  ['the seed', modelOf(seed())],
  ['a generated dataset', modelOf(generateDataset({ events: 9000, actors: 20, seed: 5 }))],
] as const;

describe('overviewData', () => {
  for (const [name, model] of models) {
    it(`holds the instants sorted and the anchors of ${name}`, () => {
      const want = readDirectly(model);
      const data = overviewData(model);
      expect(Array.from(data.instants)).toEqual([...want.instants].sort((a, b) => a - b));
      expect(Array.from(data.anchors)).toEqual([...want.anchors].sort((a, b) => a - b));
      expect(data.instants.length).toBeGreaterThan(0);
      // The scale of the sorted instants is the scale of the instants as they come.
      const direct = overviewScale(want.instants, [150, 1100], [0, 1]);
      const sorted = overviewScaleOfSorted(data.instants, [150, 1100], [0, 1]);
      expect(sorted.segments).toEqual(direct.segments);
      expect(sorted.breaks).toEqual(direct.breaks);
      expect(sorted.extent).toEqual(direct.extent);
    });
  }

  it('is made in steps, once per model', () => {
    const model = modelOf(generateDataset({ events: 9000, actors: 20, seed: 6 }));
    const steps = overviewDataSteps(model);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(Math.floor(model.times.length / STEP_EVENTS));
    // Kept: the strip gets the data made ahead, and steps made again do no work.
    expect(overviewData(model)).toBe(r.value);
    expect(overviewDataSteps(model).next()).toEqual({ done: true, value: r.value });
  });
});

/** The strip's histogram as it was counted before histogramCounts: every anchor placed. */
function countDirectly(
  anchors: Float64Array,
  x: (t: number) => number,
  [L, R]: readonly [number, number],
  step: number,
): number[] {
  const n = Math.max(1, Math.floor((R - L) / step));
  const counts = new Array<number>(n).fill(0);
  for (const a of anchors) {
    const b = Math.floor((x(a) - L) / step);
    if (b >= 0 && b < n) counts[b]!++;
  }
  return counts;
}

describe('histogramCounts', () => {
  // Times in a few clusters far apart, so that the scale has stubs and breaks.
  const times = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1e6 })),
    { maxLength: 300 },
  );

  it('counts each bar as placing every time does, for any times and range', () => {
    fc.assert(
      fc.property(
        times,
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 1200 }),
        (ts, L, w) => {
          const sorted = Float64Array.from(ts, ([c, t]) => c * 1e9 + t).sort();
          const range = [L, L + w] as const;
          const scale = overviewScaleOfSorted(sorted, range, [0, 1]);
          // Some times outside the scale's range too (they fall outside the bars).
          const anchors = Float64Array.from([...sorted, -5e9, 9e9]).sort();
          expect(Array.from(histogramCounts(anchors, scale.x, range, 3))).toEqual(
            countDirectly(anchors, scale.x, range, 3),
          );
        },
      ),
    );
  });

  it('places a few times per bar, not every time', () => {
    const sorted = Float64Array.from({ length: 100_000 }, (_, k) => k * 1000);
    const range = [100, 1000] as const;
    const scale = overviewScaleOfSorted(sorted, range, [0, 1]);
    let calls = 0;
    const x = (t: number) => {
      calls++;
      return scale.x(t);
    };
    const counts = histogramCounts(sorted, x, range, 3);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(sorted.length);
    // Two binary searches' worth (about 17 steps each) per bar, far below one per time.
    expect(calls).toBeLessThan(counts.length * 40);
    expect(calls).toBeLessThan(sorted.length / 5);
  });
});
