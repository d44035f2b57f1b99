/**
 * The timeline's pure layout alone (node): ms per layoutTimeline call on synthetic datasets
 * of 10k, 100k and 300k events (50 actors), for three windows centred on the data: the
 * whole extent, a tenth of it and a thousandth. A zoomed-in window should cost what is in
 * view, not what the dataset holds. Also ms per buildModel call (once per dataset, filters,
 * grouping and basis), against the model as it was built before it shared mark times
 * (tests/unit/timeline-model-reference.ts), alternating the same way.
 *
 * "Before" is the layout that places every event with fresh arrays each call, kept as the
 * unit tests' reference (tests/unit/timeline-layout-reference.ts). The two alternate on the
 * same model in rounds, so a busy machine slows both alike; each round's figure is a median
 * of nine calls, and the median and least of the rounds are printed.
 *
 * The index is built straight from the generated object (valid by construction, as in
 * 02-filter), so only the layout is timed; the model is built once, as the app does.
 */
import type { Dataset } from '../../src/model/schema';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents } from '../../src/query/filter';
import { buildModel, layoutTimeline } from '../../src/query/timeline/layout';
import { viewDomain } from '../../src/query/timeline/scale';
import { layoutReference } from '../../tests/unit/timeline-layout-reference';
import { buildModelReference } from '../../tests/unit/timeline-model-reference';
import { generateDataset } from '../synthetic';
import { fmt, measure, medianMs, printTable } from './measure';

const SIZES = [10_000, 100_000, 300_000];
const ACTORS = 50;
const ROUNDS = 5;
const WINDOWS: [string, number][] = [
  ['whole extent', 1],
  ['1/10', 1 / 10],
  ['1/1000', 1 / 1000],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const both = (xs: number[]) => `${fmt(median(xs))}, ${fmt(Math.min(...xs))}`;

export async function run() {
  const rows: (string | number)[][] = [];
  for (const events of SIZES) {
    const dataset = generateDataset({ events, actors: ACTORS, seed: 1 }) as Dataset;
    const index = buildIndex(dataset);
    const events_ = filterEvents(index, EMPTY_FILTERS);
    const { result: model, ms: modelMs } = measure(() =>
      buildModel(index, events_, [], 'actor', false),
    );
    const modelBefore: number[] = [];
    const modelNow: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      modelBefore.push(medianMs(() => buildModelReference(index, events_, [], 'actor', false), 3));
      modelNow.push(medianMs(() => buildModel(index, events_, [], 'actor', false), 3));
    }
    rows.push([
      `${events.toLocaleString('en')} (model ${fmt(modelMs, 0)} ms)`,
      'buildModel',
      '',
      both(modelBefore),
      both(modelNow),
    ]);
    const [s0, s1] = viewDomain(null, index.span);
    const mid = (s0 + s1) / 2;
    for (const [name, part] of WINDOWS) {
      const half = ((s1 - s0) * part) / 2;
      const opts = { domain: [mid - half, mid + half] as const, range: [150, 1000] as const };
      const before: number[] = [];
      const now: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        before.push(medianMs(() => layoutReference(model, opts), 9));
        now.push(medianMs(() => layoutTimeline(model, opts), 9));
      }
      rows.push([
        `${events.toLocaleString('en')} (model ${fmt(modelMs, 0)} ms)`,
        name,
        layoutTimeline(model, opts).drawn,
        both(before),
        both(now),
      ]);
    }
  }
  printTable(
    `Timeline layout alone (node): one buildModel, one layoutTimeline call (${ACTORS} actors, 850 px), ${ROUNDS} alternating rounds`,
    ['events', 'window', 'marks + cells', 'before ms (median, least)', 'now ms (median, least)'],
    rows,
  );
}
