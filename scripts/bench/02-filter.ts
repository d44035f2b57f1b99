/**
 * Filtering: each rule of filterEvents alone, all combined, and the facet counts the filter
 * panel shows, on synthetic datasets of 100k and 1M events.
 *
 * The index is built straight from the generated object (no JSON round trip, no
 * validation): generateDataset's output is valid by construction, and round-tripping 1M
 * events through JSON would take longer than everything measured here.
 */
import { generateDataset } from '../synthetic';
import type { Dataset } from '../../src/model/schema';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, facetCounts, filterEvents, type Filters } from '../../src/query/filter';
import { fmt, measure, medianMs, printTable } from './measure';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

export async function run() {
  const rows: (string | number)[][] = [];
  for (const events of [100_000, 1_000_000]) {
    const dataset = generateDataset({ events, actors: 200, seed: 2 }) as Dataset;
    const { result: index, ms: indexMs } = measure(() => buildIndex(dataset));
    // A popular actor (a root, so sub-actors widen it), two categories, a five-year window.
    const root = index.roots.find((id) => (index.childrenOf.get(id)?.length ?? 0) > 0)!;
    const cases: [string, Partial<Filters>][] = [
      ['no rule', {}],
      ['actor (with sub-actors)', { actors: [root], includeSubActors: true }],
      ['actor (alone)', { actors: [root], includeSubActors: false }],
      ['2 categories', { categories: ['ASSAULT', 'PROTEST'] }],
      [
        'window, possible overlap',
        { window: [day('2015-01-01'), day('2019-12-31')], includePossible: true },
      ],
      [
        'window, certain overlap',
        { window: [day('2015-01-01'), day('2019-12-31')], includePossible: false },
      ],
      ['text, 2 words', { text: 'northern attacked' }],
      [
        'all combined',
        {
          actors: [root],
          categories: ['ASSAULT', 'PROTEST'],
          window: [day('2015-01-01'), day('2019-12-31')],
          text: 'attacked',
        },
      ],
    ];
    const label = `${events.toLocaleString('en')} (index ${fmt(indexMs, 0)} ms)`;
    for (const [name, patch] of cases) {
      const f = { ...EMPTY_FILTERS, ...patch };
      const shown = filterEvents(index, f).length;
      rows.push([
        label,
        name,
        shown.toLocaleString('en'),
        fmt(medianMs(() => filterEvents(index, f))),
        fmt(medianMs(() => facetCounts(index, f), 3)),
      ]);
    }
  }
  printTable(
    'Filter events and count facets (200 actors; index built without JSON round trip or validation)',
    ['events', 'rule', 'events shown', 'filterEvents ms (median)', 'facetCounts ms (median)'],
    rows,
  );
}
