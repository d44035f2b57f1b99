/**
 * What the import worker runs and hands back, checked in node: the pipeline's progress
 * reports, the words of the progress bar, and the index split into slices and joined again
 * (as structured clones, in any order) equal to the index built in one piece.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { acledCsv } from '../../scripts/acled-csv';
import { joinIndex, splitIndex } from '../../src/app/import/handOff';
import { openBytes } from '../../src/app/import/openBytes';
import {
  describeProgress,
  overall,
  throttled,
  type ImportProgress,
} from '../../src/io/import/progress';
import { validateDataset } from '../../src/model/validate';
import { buildIndex, type DatasetIndex } from '../../src/query/indexes';
import { seed } from './helpers';

/** The slices shuffled (they may arrive in any order) and every message structured-cloned. */
function roundTrip(index: DatasetIndex, size: number): DatasetIndex {
  const { head, slices, transfer } = splitIndex(index, size);
  expect(head.slices).toBe(slices.length);
  const cloned = structuredClone(head, { transfer });
  const arrived = slices.map((s) => structuredClone(s)).reverse();
  return joinIndex(cloned, arrived);
}

describe('the index handed back by the worker', () => {
  it('joins to the index built in one piece (the seed, with known dates)', () => {
    const dataset = validateDataset(seed()).dataset!;
    const whole = buildIndex(dataset);
    expect(whole.dates.best).not.toBe(whole.dates.text);
    expect(roundTrip(buildIndex(dataset), 3)).toEqual(whole);
  });

  it('joins to the same index for an import (one source per row, no known dates)', () => {
    const { index } = openBytes(readFileSync('tests/fixtures/import/acled.csv'), 'acled.csv');
    const joined = roundTrip(index!, 2);
    expect(joined).toEqual(buildIndex(index!.dataset));
    expect(joined.dates.best).toBe(joined.dates.text);
    expect(joined.eventsById.get(joined.events[3]!.id)).toBe(3);
  });

  it('moves the typed arrays rather than copying them', () => {
    const index = buildIndex(validateDataset(seed()).dataset!);
    const { transfer } = splitIndex(index);
    expect(transfer).toContain(index.start.buffer);
    expect(transfer).toContain(index.byTime.buffer);
    structuredClone(splitIndex(index).head, { transfer });
    expect(index.start.length).toBe(0); // detached: it went, it was not copied
  });
});

describe('progress while opening a file', () => {
  it('reports every step in order, the rows parsed growing to the whole file', () => {
    const rows = 5000;
    const seen: ImportProgress[] = [];
    const { index } = openBytes(new TextEncoder().encode(acledCsv({ rows })), 'big.csv', (p) =>
      seen.push(p),
    );
    expect(index!.events).toHaveLength(rows);
    const stages = [...new Set(seen.map((p) => p.stage))];
    expect(stages).toEqual(['parsing', 'mapping', 'validating', 'indexing']);
    const parsing = seen.filter((p) => p.stage === 'parsing');
    expect(parsing.length).toBeGreaterThan(2);
    expect(parsing.map((p) => p.rows)).toEqual(
      [...parsing.map((p) => p.rows)].sort((a, b) => a - b),
    );
    expect(parsing.at(-1)).toEqual({ stage: 'parsing', rows, done: 1 });
    const bar = seen.map(overall);
    expect(bar).toEqual([...bar].sort((a, b) => a - b));
  });

  it('says rows, megabytes and rows per second', () => {
    expect(describeProgress({ stage: 'parsing', rows: 120000, done: 0.4 }, 100e6, 2000)).toBe(
      'Parsing: 120,000 rows · 40.0 of 100.0 MB · 60,000 rows/s',
    );
    expect(describeProgress({ stage: 'reading', rows: 0, done: 0.5 }, 3e6, 10)).toBe(
      'Reading: 1.5 of 3.0 MB',
    );
    expect(overall({ stage: 'reading', rows: 0, done: 0 })).toBe(0);
    expect(overall({ stage: 'indexing', rows: 10, done: 1 })).toBe(1);
  });

  it('passes a report on at most every so often, and at every new stage', () => {
    let t = 0;
    const out: string[] = [];
    const report = throttled(
      (p) => out.push(`${p.stage}${p.rows}`),
      100,
      () => t,
    );
    for (const [time, stage, rows] of [
      [0, 'parsing', 1],
      [50, 'parsing', 2],
      [120, 'parsing', 3],
      [130, 'mapping', 3],
      [140, 'validating', 3],
    ] as const) {
      t = time;
      report({ stage, rows, done: 0 });
    }
    expect(out).toEqual(['parsing1', 'parsing3', 'mapping3', 'validating3']);
  });
});
