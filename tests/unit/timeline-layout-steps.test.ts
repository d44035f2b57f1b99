/**
 * A big model's first layout is made in steps (layoutTimelineSteps), ahead of the plot
 * (views/timeline/plotLayout.ts): run through, it must give what layoutTimeline gives, even
 * with other layouts run between its steps (they share arrays; the steps have their own).
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { buildIndex, type DatasetIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents, filterRelations } from '../../src/query/filter';
import {
  buildModel,
  layoutTimeline,
  layoutTimelineSteps,
  type LayoutOptions,
  type TimelineModel,
} from '../../src/query/timeline/layout';
import { laneListsSteps } from '../../src/query/timeline/model';
import { sortKey } from '../../src/query/timeline/extent';
import { viewDomain, zoomWindow } from '../../src/query/timeline/scale';
import { runSteps, STEP_EVENTS } from '../../src/query/steps';
import type { Grouping } from '../../src/query/timeline/lanes';
import {
  layoutStepsFor,
  layoutFor,
  plotOptions,
  plotRange,
} from '../../src/views/timeline/plotLayout';
import { generateDataset } from '../../scripts/synthetic';
import { seed } from './helpers';

function indexOf(json: unknown): DatasetIndex {
  return buildIndex(validateDataset(json).dataset!);
}
function modelOf(index: DatasetIndex, grouping: Grouping): TimelineModel {
  const events = filterEvents(index, EMPTY_FILTERS);
  const relations = grouping === 'actor' ? filterRelations(index, EMPTY_FILTERS) : [];
  return buildModel(index, events, relations, grouping, false);
}

const big = indexOf(generateDataset({ events: 12_000, actors: 25, seed: 3 }));
const seedIndex = indexOf(seed());

/** Windows from the whole span inward (zoomed 4× and 64×), and the plot's options. */
function optionsFor(index: DatasetIndex, model: TimelineModel, grouping: Grouping) {
  const whole = viewDomain(null, index.span);
  const range = plotRange(model, 1100);
  const opts: LayoutOptions[] = [];
  for (const zoom of [1, 4, 64]) {
    opts.push(plotOptions(zoomWindow(whole, 1 / zoom), range, grouping));
  }
  return opts;
}

describe('layoutTimelineSteps', () => {
  const cases = [
    ['a generated dataset by actor', big, 'actor'],
    ['a generated dataset by category', big, 'category'],
    ['a generated dataset in one lane', big, 'none'],
    ['the seed by actor', seedIndex, 'actor'],
  ] as const;
  for (const [name, index, grouping] of cases) {
    it(`run through, equals layoutTimeline for ${name}`, () => {
      const model = modelOf(index, grouping);
      for (const opts of optionsFor(index, model, grouping)) {
        expect(runSteps(layoutTimelineSteps(model, opts))).toEqual(layoutTimeline(model, opts));
      }
    });
  }

  it('yields every few thousand events', () => {
    const model = modelOf(big, 'actor');
    const [opts] = optionsFor(big, model, 'actor');
    const steps = layoutTimelineSteps(model, opts!);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    // 12,000 events in view, at most STEP_EVENTS handled between yields, each handled a
    // few times (placed, stacked, turned into a mark).
    expect(yields).toBeGreaterThanOrEqual(Math.floor(model.events.length / STEP_EVENTS));
    expect(r.value).toEqual(layoutTimeline(model, opts!));
  });

  it('is not disturbed by layouts of other models run between its steps', () => {
    const model = modelOf(big, 'actor');
    const other = modelOf(big, 'category');
    const otherOpts = optionsFor(big, other, 'category');
    for (const opts of optionsFor(big, model, 'actor')) {
      const expected = layoutTimeline(model, opts);
      const steps = layoutTimelineSteps(model, opts);
      let i = 0;
      let r = steps.next();
      // A gesture over the other model between every step, in the arrays layouts share.
      for (; !r.done; r = steps.next()) layoutTimeline(other, otherOpts[i++ % otherOpts.length]!);
      expect(r.value).toEqual(expected);
    }
  });
});

describe('layoutFor (the plot)', () => {
  it('takes the layout made ahead for the same options, and lays out anew for others', () => {
    const model = modelOf(big, 'actor');
    const [whole, zoomed] = optionsFor(big, model, 'actor');
    runSteps(layoutStepsFor(model, whole!));
    const first = layoutFor(model, { ...whole!, domain: [...whole!.domain] });
    expect(layoutFor(model, whole!)).toBe(first);
    expect(first).toEqual(layoutTimeline(model, whole!));
    const other = layoutFor(model, zoomed!);
    expect(other).not.toBe(first);
    expect(other).toEqual(layoutTimeline(model, zoomed!));
    // Another model is never given this one's layout.
    const byCategory = modelOf(big, 'category');
    expect(layoutFor(byCategory, whole!)).toEqual(layoutTimeline(byCategory, whole!));
    expect(layoutFor(byCategory, whole!)).not.toBe(first);
  });
});

describe("laneListsSteps (the model's lanes in time order, in steps)", () => {
  it("yields every few thousand events and gives the model's lists", () => {
    const model = modelOf(big, 'actor');
    const steps = laneListsSteps(model.times, model.assignment.from, model.byLane.length);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    // Keys, then sorts: at least one yield per STEP_EVENTS events for each.
    expect(yields).toBeGreaterThanOrEqual(2 * Math.floor(model.events.length / STEP_EVENTS) - 1);
    // buildModel's lists are checked against the code before steps (timeline-model.property).
    expect(r.value).toEqual(model.byLane);
    for (const list of r.value) {
      for (let i = 1; i < list.length; i++) {
        const [a, b] = [model.times[list[i - 1]!]!, model.times[list[i]!]!];
        expect(sortKey(a)).toBeLessThanOrEqual(sortKey(b));
      }
    }
  });
});
