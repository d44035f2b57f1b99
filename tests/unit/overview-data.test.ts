/**
 * The overview strip reads a model's instants and anchors from overviewData, made ahead in
 * steps for a big model: the same instants the strip collected from the mark times itself
 * (every finite anchor and span core end), sorted, and the same anchors.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents, filterRelations } from '../../src/query/filter';
import { buildModel, type TimelineModel } from '../../src/query/timeline/model';
import { overviewData, overviewDataSteps } from '../../src/query/timeline/overviewData';
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
      expect(Array.from(data.anchors)).toEqual(want.anchors);
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
