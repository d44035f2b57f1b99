/**
 * The filter rules (src/query/filter.ts), one by one and combined, on a small hand-made
 * dataset whose dates are chosen to sit on the rules' edges, then on the seed report.
 */
import { describe, expect, it } from 'vitest';
import { Dataset, type Category } from '../../src/model/schema';
import { validateDataset } from '../../src/model/validate';
import { buildIndex, type DatasetIndex } from '../../src/query/indexes';
import {
  EMPTY_FILTERS,
  facetCounts,
  filterEvents,
  filterRelations,
  type Filters,
} from '../../src/query/filter';
import { seed } from './helpers';

const TEXT = 'The army shelled the town. The ISI met the rebels’ envoy. A march. A deal.';

interface Spec {
  id: string;
  edtf: string;
  category: Category;
  actors: string[];
  quote: string;
  title?: string;
}

function indexOf(specs: Spec[]): DatasetIndex {
  const dataset = Dataset.parse({
    format: 'traceline/1',
    id: 'test',
    title: 'Test',
    sources: [
      { id: 'src', title: 'Src', published: { edtf: '2022', basis: 'stated' }, text: TEXT },
    ],
    actors: [
      { id: 'state', name: 'The State', kind: 'state' },
      { id: 'army', name: 'The Army', kind: 'military', parent: 'state' },
      { id: 'isi', name: 'Intelligence', kind: 'intelligence-agency', parent: 'army' },
      { id: 'rebels', name: 'The Rebels', kind: 'armed-group' },
    ],
    events: specs.map((s) => {
      const start = TEXT.indexOf(s.quote);
      return {
        id: s.id,
        title: s.title ?? s.id,
        category: s.category,
        when: { edtf: s.edtf, basis: 'stated' },
        participants: s.actors.map((actor) => ({ actor, role: 'participant' })),
        evidence: [
          {
            source: 'src',
            quote: { type: 'TextQuoteSelector', exact: s.quote },
            position: { type: 'TextPositionSelector', start, end: start + s.quote.length },
          },
        ],
      };
    }),
    relations: [
      {
        id: 'isi-backs-rebels',
        kind: 'supports',
        from: 'isi',
        to: 'rebels',
        title: 'ISI backs the rebels',
        when: { edtf: '2020/..', basis: 'stated' },
        evidence: [
          {
            source: 'src',
            quote: { type: 'TextQuoteSelector', exact: 'A deal.' },
            position: { type: 'TextPositionSelector', start: 67, end: 74 },
          },
        ],
      },
    ],
  });
  return buildIndex(dataset);
}

const index = indexOf([
  {
    id: 'shelling',
    edtf: '2022-03-10',
    category: 'ASSAULT',
    actors: ['army'],
    quote: 'The army shelled the town.',
    title: 'Army shells the town',
  },
  {
    id: 'meeting',
    edtf: '2022-04',
    category: 'CONSULT',
    actors: ['isi', 'rebels'],
    quote: 'The ISI met the rebels’ envoy.',
    title: 'ISI meets the rebels’ envoy',
  },
  { id: 'march', edtf: '2022-06~', category: 'PROTEST', actors: ['rebels'], quote: 'A march.' },
  { id: 'deal', edtf: '2021/..', category: 'AGREE', actors: ['state', 'army'], quote: 'A deal.' },
]);

const ids = (f: Partial<Filters>) =>
  Array.from(filterEvents(index, { ...EMPTY_FILTERS, ...f }), (i) => index.events[i]!.id);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const endOfDay = (s: string) => day(s) + 86_399_999;

describe('filterEvents', () => {
  it('passes everything, in time order, when no rule is set', () => {
    expect(ids({})).toEqual(['deal', 'shelling', 'meeting', 'march']);
  });

  it('keeps the events of a chosen actor, with or without its sub-actors', () => {
    expect(ids({ actors: ['army'], includeSubActors: false })).toEqual(['deal', 'shelling']);
    // The ISI is part of the army: with sub-actors, the army stands for it too.
    expect(ids({ actors: ['army'], includeSubActors: true })).toEqual([
      'deal',
      'shelling',
      'meeting',
    ]);
    expect(ids({ actors: ['state'], includeSubActors: false })).toEqual(['deal']);
    expect(ids({ actors: ['state'], includeSubActors: true })).toEqual([
      'deal',
      'shelling',
      'meeting',
    ]);
  });

  it('reads several actors as "any of them"', () => {
    expect(ids({ actors: ['rebels', 'isi'], includeSubActors: false })).toEqual([
      'meeting',
      'march',
    ]);
  });

  it('keeps the events of the chosen categories', () => {
    expect(ids({ categories: ['ASSAULT'] })).toEqual(['shelling']);
    expect(ids({ categories: ['PROTEST', 'AGREE'] })).toEqual(['deal', 'march']);
    expect(ids({ categories: ['THREATEN'] })).toEqual([]);
  });

  it('keeps events whose certain period overlaps the window, edges included', () => {
    const w = (a: string, b: string) => [day(a), endOfDay(b)] as const;
    // The shelling is one day; the window touching that day keeps it.
    expect(ids({ window: w('2022-03-10', '2022-03-10'), includePossible: false })).toEqual([
      'deal',
      'shelling',
    ]);
    expect(ids({ window: w('2022-03-11', '2022-03-31'), includePossible: false })).toEqual([
      'deal',
    ]);
    // April 2022 overlaps a window ending on its first day.
    expect(ids({ window: w('2022-03-20', '2022-04-01'), includePossible: false })).toEqual([
      'deal',
      'meeting',
    ]);
    // An open end reaches forever: "2021 onward" is in any later window, never in an earlier one.
    expect(ids({ window: w('2030-01-01', '2030-12-31') })).toEqual(['deal']);
    expect(ids({ window: w('2019-01-01', '2019-12-31') })).toEqual([]);
  });

  it('keeps an approximate date that only possibly overlaps the window when asked', () => {
    // "2022-06~" is June 2022, possibly May to July: a window on 20 May overlaps only the padding.
    const window = [day('2022-05-20'), endOfDay('2022-05-20')] as const;
    expect(ids({ window, includePossible: false })).toEqual(['deal']);
    expect(ids({ window, includePossible: true })).toEqual(['deal', 'march']);
    // An exact date gains nothing from the option: the shelling has no padding.
    const before = [day('2022-03-09'), endOfDay('2022-03-09')] as const;
    expect(ids({ window: before, includePossible: true })).toEqual(['deal']);
  });

  it('searches titles, quotes and actor names, every word, case-insensitively', () => {
    expect(ids({ text: 'TOWN' })).toEqual(['shelling']);
    expect(ids({ text: 'rebels shelled' })).toEqual([]);
    expect(ids({ text: 'rebels’ envoy' })).toEqual(['meeting']);
    expect(ids({ text: 'rebel’s' })).toEqual([]);
    // A straight apostrophe finds the report's curly one.
    expect(ids({ text: "rebels' envoy" })).toEqual(['meeting']);
    // Participants' names count: the army takes part in the deal.
    expect(ids({ text: 'the army' })).toEqual(['deal', 'shelling']);
    expect(ids({ text: '   ' })).toEqual(['deal', 'shelling', 'meeting', 'march']);
  });

  it('applies every rule that is set, and leaves out the ignored ones', () => {
    const f = {
      ...EMPTY_FILTERS,
      actors: ['state'],
      includeSubActors: true,
      categories: ['CONSULT', 'AGREE'] as Category[],
      text: 'envoy',
    };
    expect(ids(f)).toEqual(['meeting']);
    const names = (xs: Uint32Array) => Array.from(xs, (i) => index.events[i]!.id);
    expect(names(filterEvents(index, f, ['text']))).toEqual(['deal', 'meeting']);
    expect(names(filterEvents(index, f, ['actors', 'categories']))).toEqual(['meeting']);
  });
});

describe('filterRelations', () => {
  const rel = (f: Partial<Filters>) =>
    filterRelations(index, { ...EMPTY_FILTERS, ...f }).map((r) => r.id);

  it('passes a relation through either end, sub-actors included', () => {
    expect(rel({ actors: ['rebels'] })).toEqual(['isi-backs-rebels']);
    expect(rel({ actors: ['state'], includeSubActors: true })).toEqual(['isi-backs-rebels']);
    expect(rel({ actors: ['state'], includeSubActors: false })).toEqual([]);
  });

  it('passes a relation by its date and its words; categories do not apply', () => {
    expect(rel({ window: [day('2019-01-01'), day('2019-06-01')] })).toEqual([]);
    expect(rel({ window: [day('2025-01-01'), day('2025-06-01')] })).toEqual(['isi-backs-rebels']);
    expect(rel({ text: 'backs' })).toEqual(['isi-backs-rebels']);
    expect(rel({ text: 'opposes' })).toEqual([]);
    expect(rel({ categories: ['ASSAULT'] })).toEqual(['isi-backs-rebels']);
  });
});

describe('facetCounts', () => {
  it('counts, per actor, the events that checking it would show', () => {
    const direct = facetCounts(index, { ...EMPTY_FILTERS, includeSubActors: false });
    expect(Object.fromEntries(direct.byActor)).toEqual({ state: 1, army: 2, isi: 1, rebels: 2 });
    const nested = facetCounts(index, { ...EMPTY_FILTERS, includeSubActors: true });
    // The deal has both the state and the army: it counts once for the state.
    expect(Object.fromEntries(nested.byActor)).toEqual({ state: 3, army: 3, isi: 1, rebels: 2 });
  });

  it('ignores the actor rule for actor counts and the category rule for category counts', () => {
    const f = { ...EMPTY_FILTERS, actors: ['rebels'], categories: ['PROTEST'] as Category[] };
    const { byActor, byCategory } = facetCounts(index, f);
    // Actor counts: the PROTEST events (the march) by actor.
    expect(Object.fromEntries(byActor)).toEqual({ rebels: 1 });
    // Category counts: the rebels' events (meeting, march) by category.
    expect(Object.fromEntries(byCategory)).toEqual({ CONSULT: 1, PROTEST: 1 });
    // Counts agree with filtering: checking CONSULT too would add exactly one event.
    expect(ids({ ...f, categories: ['PROTEST', 'CONSULT'] })).toHaveLength(2);
  });

  it('agrees with filterEvents on the seed for every actor and category', () => {
    const { dataset } = validateDataset(seed());
    const seedIndex = buildIndex(dataset!);
    for (const includeSubActors of [true, false]) {
      const f = { ...EMPTY_FILTERS, includeSubActors };
      const { byActor, byCategory } = facetCounts(seedIndex, f);
      for (const actor of seedIndex.actorsById.keys()) {
        const n = filterEvents(seedIndex, { ...f, actors: [actor] }).length;
        expect(byActor.get(actor) ?? 0, actor).toBe(n);
      }
      for (const c of seedIndex.eventsByCategory.keys()) {
        expect(byCategory.get(c)).toBe(filterEvents(seedIndex, { ...f, categories: [c] }).length);
      }
    }
    // Pakistan with its sub-actors (government, military, ISI…) has more than Pakistan alone.
    const withSubs = facetCounts(seedIndex, EMPTY_FILTERS).byActor.get('pakistan')!;
    const alone = facetCounts(seedIndex, { ...EMPTY_FILTERS, includeSubActors: false });
    expect(withSubs).toBeGreaterThan(alone.byActor.get('pakistan')!);
  });
});
