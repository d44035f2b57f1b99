/**
 * The date basis (src/query/dateBasis.ts) on the seed report: best known places an event by
 * its cited known date, "as the text says" by its own; filtering, sorting, the table and the
 * graph's time scoping all follow the choice.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { extentOf } from '../../src/model/dates';
import { buildIndex } from '../../src/query/indexes';
import { basisDate } from '../../src/query/dateBasis';
import { EMPTY_FILTERS, filterEvents, type Filters } from '../../src/query/filter';
import { deriveGraph, type ActorGraph } from '../../src/query/graph/derive';
import { sortRows } from '../../src/views/table/sortRows';
import { dateWords, markName, rangeLabel } from '../../src/views/timeline/text';
import { seed } from './helpers';

const index = buildIndex(validateDataset(seed()).dataset!);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const endOfDay = (s: string) => day(s) + 86_399_999;

const ids = (f: Partial<Filters>) =>
  [...filterEvents(index, { ...EMPTY_FILTERS, ...f })].map((i) => index.events[i]!.id);
const graphOf = (f: Partial<Filters>) =>
  deriveGraph(index, filterEvents(index, { ...EMPTY_FILTERS, ...f }), []);
const ties = (g: ActorGraph) => g.edges.map((e) => `${e.id}×${e.count}`).sort();

const TTP_2021: Partial<Filters> = {
  actors: ['ttp'],
  window: [day('2021-06-01'), endOfDay('2021-12-31')],
};
const TTP_2022: Partial<Filters> = {
  actors: ['ttp'],
  window: [day('2022-01-01'), endOfDay('2022-07-31')],
};
const APRIL_2022: [number, number] = [day('2022-04-01'), endOfDay('2022-04-30')];

describe('the basis rule', () => {
  it('uses the known date when there is one, else the text’s, and the text’s as asked', () => {
    for (const e of index.events) {
      const best = basisDate(e, 'best');
      const text = basisDate(e, 'text');
      expect(text).toEqual({ extent: extentOf(e.when.edtf), known: false });
      if (e.known) expect(best).toEqual({ extent: extentOf(e.known.edtf), known: true });
      else expect(best).toEqual(text);
    }
    // The talks the text leaves undated are placed by what is known of them.
    const talks = index.events.find((e) => e.id === 'cease-fire-talks-fail')!;
    expect(basisDate(talks, 'best').extent.start).toBe(day('2021-12-09'));
    expect(basisDate(talks, 'text').extent.start).toBe(day('2021-08-01'));
  });

  it('keeps the index’s columns for each basis in step with the rule', () => {
    index.events.forEach((e, i) => {
      for (const basis of ['best', 'text'] as const) {
        const cols = index.dates[basis];
        const { extent, known } = basisDate(e, basis);
        expect([cols.start[i], cols.end[i], cols.softStart[i], cols.softEnd[i]]).toEqual([
          extent.start,
          extent.end,
          extent.softStart,
          extent.softEnd,
        ]);
        expect(cols.known[i]).toBe(known ? 1 : 0);
      }
    });
  });
});

describe('the TTP in 2021 and in 2022', () => {
  it('gives different events, tables and graphs under best known', () => {
    const a = ids({ ...TTP_2021 });
    const b = ids({ ...TTP_2022 });
    expect(a).toEqual([
      'ttp-terrorist-strikes',
      'cease-fire-mediation-sought',
      'cease-fire-talks',
      'airstrikes-on-ttp-in-afghanistan',
      'cease-fire-talks-fail',
    ]);
    expect(b).toEqual([
      'ttp-terrorist-strikes',
      'airstrikes-on-ttp-in-afghanistan',
      'former-isi-chief-kabul-talks',
    ]);
    const ga = graphOf(TTP_2021);
    const gb = graphOf(TTP_2022);
    expect(ties(ga)).not.toEqual(ties(gb));
    // The Kabul talks (May 2022) bring in Faiz Hameed in 2022 only.
    expect(ga.nodes.map((n) => n.id)).not.toContain('faiz-hameed');
    expect(gb.nodes.map((n) => n.id)).toContain('faiz-hameed');
  });

  it('gives the same events, table and graph as the text says (it does not date them)', () => {
    const a = ids({ ...TTP_2021, dates: 'text' });
    const b = ids({ ...TTP_2022, dates: 'text' });
    expect(a).toHaveLength(6);
    expect(a).toEqual(b);
    expect(ties(graphOf({ ...TTP_2021, dates: 'text' }))).toEqual(
      ties(graphOf({ ...TTP_2022, dates: 'text' })),
    );
    // With possible=0 as well.
    expect(ids({ ...TTP_2021, dates: 'text', includePossible: false })).toEqual(
      ids({ ...TTP_2022, dates: 'text', includePossible: false }),
    );
  });
});

describe('April 2022 alone', () => {
  it('returns only events known, or stated when nothing is known, to fall in it', () => {
    const got = ids({ window: APRIL_2022 });
    expect(got.length).toBeLessThan(index.events.length);
    for (const id of got) {
      const e = index.events.find((x) => x.id === id)!;
      const x = extentOf((e.known ?? e.when).edtf);
      expect(x.softStart <= APRIL_2022[1] && x.softEnd >= APRIL_2022[0], id).toBe(true);
    }
    // Known to be elsewhere: the cease-fire talks (late 2021), the Kabul talks (May 2022).
    for (const id of ['cease-fire-talks', 'cease-fire-talks-fail', 'former-isi-chief-kabul-talks'])
      expect(got).not.toContain(id);
    for (const id of ['imran-khan-ousted', 'taliban-demonstrations', 'ttp-terrorist-strikes'])
      expect(got).toContain(id);
    // As the text says, the undated talks may fall in April too.
    expect(ids({ window: APRIL_2022, dates: 'text' })).toContain('cease-fire-talks');
  });
});

describe('sorting by the basis', () => {
  it('orders events and table rows by the date the basis gives', () => {
    const best = filterEvents(index, EMPTY_FILTERS);
    const text = filterEvents(index, { ...EMPTY_FILTERS, dates: 'text' });
    const pos = (list: Uint32Array, id: string) =>
      [...list].findIndex((i) => index.events[i]!.id === id);
    // Known: the US exit ended on 30 August 2021, after the takeover of 15 August.
    expect(pos(best, 'us-withdraws-from-afghanistan')).toBeGreaterThan(
      pos(best, 'taliban-take-afghanistan'),
    );
    // As the text says: "last summer" (June–August) comes before "August".
    expect(pos(text, 'us-withdraws-from-afghanistan')).toBeLessThan(
      pos(text, 'taliban-take-afghanistan'),
    );
    const rows = (list: Uint32Array) =>
      [...sortRows(index, list, 'date', 'ascending')].map((i) => index.events[i]!.id);
    expect(rows(best)).not.toEqual(rows(text));
  });
});

describe('search', () => {
  it('looks in known-date notes, citations, locations and identifications', () => {
    expect(ids({ text: 'Khost' })).toContain('airstrikes-on-ttp-in-afghanistan');
    expect(ids({ text: 'RFE/RL' })).toContain('airstrikes-on-ttp-in-afghanistan');
    expect(ids({ text: 'Kabul' })).toContain('former-isi-chief-kabul-talks');
    expect(ids({ text: 'Express Tribune' })).toEqual(['former-isi-chief-kabul-talks']);
    expect(ids({ text: 'Pakistan-Afghanistan border' })).toContain('border-fence-thwarted');
  });
});

describe('names that say which date is used', () => {
  const at = (id: string) => index.eventsById.get(id)!;

  it('states the date used and its basis, and the other date beside it', () => {
    expect(markName(index, at('airstrikes-on-ttp-in-afghanistan'), 'best')).toBe(
      'Airstrikes on TTP targets in Afghanistan, December 2021 – 16 April 2022 (known; the text: August 2021 – c. May 2022)',
    );
    expect(markName(index, at('airstrikes-on-ttp-in-afghanistan'), 'text')).toBe(
      'Airstrikes on TTP targets in Afghanistan, August 2021 – c. May 2022 (as the text says; known: December 2021 – 16 April 2022)',
    );
    expect(dateWords(index, at('taliban-target-pakistan'), 'best')).toBe(
      'August 2021 – c. May 2022 (as the text says)',
    );
  });

  it('gives a density cell the true range of what it holds', () => {
    expect(rangeLabel(day('2021-08-01'), day('2022-02-01') - 1)).toBe('August 2021 – January 2022');
    expect(rangeLabel(-Infinity, day('2022-06-01') - 1)).toBe('until May 2022');
    expect(rangeLabel(day('2022-04-01'), Infinity)).toBe('April 2022 onward');
  });
});
