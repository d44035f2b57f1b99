/**
 * buildModel shares one mark time per distinct date and reads each event's ends in one pass:
 * for any dataset, subset of events, grouping and basis, its model must equal the one built
 * as before (timeline-model-reference.ts, the code before the change).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extentOf } from '../../src/model/dates';
import { validateDataset } from '../../src/model/validate';
import { buildIndex, type DatasetIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents, filterRelations } from '../../src/query/filter';
import { buildModel } from '../../src/query/timeline/model';
import { eventEnds } from '../../src/query/timeline/lanes';
import { generateDataset } from '../../scripts/synthetic';
import { buildModelReference } from './timeline-model-reference';
import { seed } from './helpers';

const seedIndex = buildIndex(validateDataset(seed()).dataset!);
const synth = buildIndex(
  validateDataset(generateDataset({ events: 1200, actors: 14, seed: 3 })).dataset!,
);

const groupings = [
  ['actor', false],
  ['actor', true],
  ['category', false],
  ['none', false],
] as const;

/** Each event kept or not, the order (time order) kept. */
const subset = (events: Uint32Array, keep: boolean[]) =>
  events.filter((_, i) => keep[i % keep.length] !== false);

describe('buildModel', () => {
  it('equals the model built as before, on any subset, grouping and basis', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(seedIndex, synth),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 97 }),
        fc.constantFrom(...groupings),
        fc.constantFrom('best' as const, 'text' as const),
        fc.boolean(),
        (index, keep, [grouping, collapse], basis, withRelations) => {
          const events = subset(filterEvents(index, EMPTY_FILTERS), keep);
          const relations = withRelations ? filterRelations(index, EMPTY_FILTERS) : [];
          expect(buildModel(index, events, relations, grouping, collapse, basis)).toEqual(
            buildModelReference(index, events, relations, grouping, collapse, basis),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('shares a mark time between events with the same date', () => {
    const events = filterEvents(synth, EMPTY_FILTERS);
    const model = buildModel(synth, events, [], 'actor', false, 'text');
    const byText = new Map<string, unknown>();
    let shared = 0;
    events.forEach((i, k) => {
      const text = synth.extents[i]!.edtf;
      if (byText.has(text)) {
        expect(model.times[k]).toBe(byText.get(text));
        shared++;
      } else byText.set(text, model.times[k]);
    });
    expect(shared).toBeGreaterThan(0);
  });

  it('gives a copied extent (a hand-over) the same mark, and an altered one its own', () => {
    const events = filterEvents(seedIndex, EMPTY_FILTERS);
    // Every extent copied, as after a structured clone: same text, other objects.
    const copied = (xs: DatasetIndex['extents']) => xs.map((x) => structuredClone(x));
    const cloned: DatasetIndex = {
      ...seedIndex,
      extents: copied(seedIndex.extents),
      dates: {
        text: { ...seedIndex.dates.text, extents: copied(seedIndex.dates.text.extents) },
        best: { ...seedIndex.dates.best, extents: copied(seedIndex.dates.best.extents) },
      },
    };
    expect(buildModel(cloned, events, [], 'actor', false)).toEqual(
      buildModelReference(seedIndex, events, [], 'actor', false),
    );
    // Two events whose extents carry the same text but differ: each keeps its own mark.
    const a = events[0]!;
    const b = events[1]!;
    const text = seedIndex.dates.text;
    const other = { ...extentOf('2001-02-03'), edtf: text.extents[a]!.edtf };
    const extents = text.extents.map((x, i) => (i === b ? other : x));
    const odd: DatasetIndex = {
      ...seedIndex,
      dates: { ...seedIndex.dates, text: { ...text, extents } },
    };
    const model = buildModel(odd, events, [], 'none', false, 'text');
    expect(model).toEqual(buildModelReference(odd, events, [], 'none', false, 'text'));
    expect(model.times[1]!.start).toBe(Date.UTC(2001, 1, 3));
    expect(model.times[0]!.start).not.toBe(Date.UTC(2001, 1, 3));
  });

  it('reads the same two ends of each event as eventEnds', () => {
    for (const index of [seedIndex, synth]) {
      const events = filterEvents(index, EMPTY_FILTERS);
      const model = buildModel(index, events, [], 'actor', false);
      const laneOf = new Map(model.assignment.lanes.map((l, i) => [l.actors[0], i]));
      events.forEach((i, k) => {
        const ends = eventEnds(index.events[i]!);
        expect(model.assignment.from[k]).toBe(laneOf.get(ends.from));
        const to = ends.to === null ? -1 : laneOf.get(ends.to)!;
        expect(model.assignment.to[k]).toBe(to === model.assignment.from[k] ? -1 : to);
      });
    }
  });
});
