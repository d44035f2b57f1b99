import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { validateDataset } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { filterEvents, filterRelations, EMPTY_FILTERS } from '../../src/query/filter';
import { viewSubset } from '../../src/io/export/subset';
import { toTracelineJson } from '../../src/io/export/json';
import { CSV_COLUMNS, FORMULA_START, toCsv } from '../../src/io/export/csv';
import { PLOVER_CATEGORIES, type Dataset, type DatasetInput } from '../../src/model/schema';
import { generateDataset } from '../../scripts/synthetic';

/** Text with what spreadsheets and JSON find awkward: formula starts, quotes, line breaks. */
const nastyText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '"', '\n', ','), fc.string())
    .map(([a, b]) => a + b),
);

/** A valid dataset: a synthetic one, with arbitrary titles, summaries, names and dates known. */
const datasets = fc
  .record({
    events: fc.integer({ min: 1, max: 25 }),
    actors: fc.integer({ min: 1, max: 8 }),
    seed: fc.integer({ min: 1, max: 1e6 }),
    texts: fc.array(nastyText, { minLength: 40, maxLength: 40 }),
    relations: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ events, actors, seed, texts, relations }): DatasetInput => {
    const d = generateDataset({ events, actors, seed });
    const t = (i: number) => texts[i % texts.length]!;
    d.title = t(0);
    d.actors.forEach((a, i) => {
      a.name = t(i + 1);
      if (i % 2) a.aliases = [t(i + 2)];
    });
    d.events.forEach((e, i) => {
      e.title = t(i + 3).slice(0, 200);
      e.summary = t(i + 4);
      if (i % 3 === 0) e.known = { edtf: '2020-01-02', citation: t(i + 5) };
    });
    const ev = d.events[0]?.evidence[0];
    if (ev && d.actors.length > 1) {
      for (let k = 0; k < relations; k++) {
        d.relations!.push({
          id: `r${k}`,
          kind: 'supports',
          from: d.actors[k % d.actors.length]!.id,
          to: d.actors[(k + 1) % d.actors.length]!.id,
          title: t(k + 6).slice(0, 200),
          when: k % 2 ? { edtf: '2001/..', basis: 'stated' } : undefined,
          evidence: [ev],
        });
      }
    }
    return d;
  });

const valid = (input: DatasetInput): Dataset => {
  const { dataset, problems } = validateDataset(input);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return dataset!;
};

const filters = fc.record({
  categories: fc.subarray([...PLOVER_CATEGORIES], { maxLength: 3 }),
  actors: fc.subarray(['a0', 'a1', 'a2', 'a5'], { maxLength: 2 }),
  window: fc.option(
    fc
      .tuple(fc.integer({ min: 1990, max: 2025 }), fc.integer({ min: 0, max: 10 }))
      .map(([y, n]) => [Date.UTC(y, 0, 1), Date.UTC(y + n, 0, 1)] as const),
  ),
  includeSubActors: fc.boolean(),
});

describe('Traceline JSON export', () => {
  it('round-trips: opening the export of the whole view gives back the dataset', () => {
    fc.assert(
      fc.property(datasets, (input) => {
        const original = valid(input);
        const index = buildIndex(original);
        const all = filterEvents(index, EMPTY_FILTERS);
        const text = toTracelineJson(viewSubset(index, all, filterRelations(index, EMPTY_FILTERS)));
        expect(valid(JSON.parse(text) as DatasetInput)).toEqual(original);
      }),
      { numRuns: 150 },
    );
  });

  it('exports a filtered view as a dataset that validates and holds exactly the view', () => {
    fc.assert(
      fc.property(datasets, filters, (input, f) => {
        const index = buildIndex(valid(input));
        const chosen = { ...EMPTY_FILTERS, ...f };
        const events = filterEvents(index, chosen);
        const relations = filterRelations(index, chosen);
        const text = toTracelineJson(viewSubset(index, events, relations));
        const back = valid(JSON.parse(text) as DatasetInput);
        expect(back.events.map((e) => e.id).sort()).toEqual(
          Array.from(events, (i) => index.events[i]!.id).sort(),
        );
        expect(back.relations.map((r) => r.id)).toEqual(relations.map((r) => r.id));
        // Each kept item is unchanged.
        for (const e of back.events) expect(e).toEqual(index.events[index.eventsById.get(e.id)!]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('CSV export', () => {
  it('neutralises every cell a spreadsheet would run as a formula, and changes nothing else', () => {
    fc.assert(
      fc.property(datasets, (input) => {
        const dataset = valid(input);
        const parsed = Papa.parse<string[]>(toCsv(dataset), { newline: '\r\n' });
        expect(parsed.errors).toEqual([]);
        const [header, ...rows] = parsed.data;
        expect(header).toEqual([...CSV_COLUMNS]);
        expect(rows).toHaveLength(dataset.events.length);
        const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
        rows.forEach((row, i) => {
          for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
          const e = dataset.events[i]!;
          // Reading back: a neutralised cell is the original with one leading apostrophe.
          const unguard = (cell: string, original: string) =>
            FORMULA_START.test(original) ? cell.replace(/^'/, '') : cell;
          expect(unguard(row[col('title')]!, e.title)).toBe(e.title);
          expect(unguard(row[col('summary')]!, e.summary)).toBe(e.summary);
          expect(row[col('id')]).toBe(e.id);
          expect(row[col('date')]).toBe(e.when.edtf);
        });
      }),
      { numRuns: 150 },
    );
  });
});
