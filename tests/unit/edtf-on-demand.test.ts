/**
 * The edtf parser loads on demand (dates.ts). This file imports neither the validator nor
 * edtfParser.ts, so the parser starts unregistered, as on the page.
 */
import { describe, expect, it } from 'vitest';
import edtf from 'edtf';
import {
  datasetDates,
  ensureEdtfFor,
  extentOf,
  EdtfParserMissing,
  readsWithoutParser,
  tryExtent,
} from '../../src/model/dates';
import type { Dataset } from '../../src/model/schema';

const SEASON = '2021-21';

describe('the edtf parser on demand', () => {
  it('reads the common forms without it, and will not answer for the others', async () => {
    expect(extentOf('2021-08~').start).toBe(Date.UTC(2021, 7, 1));
    expect(readsWithoutParser('../2021-08')).toBe(true);
    expect(readsWithoutParser(SEASON)).toBe(false);
    expect(readsWithoutParser('2021-02-30')).toBe(false);
    expect(() => extentOf(SEASON)).toThrow(EdtfParserMissing);
    // Simple strings only: nothing is loaded.
    await ensureEdtfFor(['2021', '2021-08-15/..']);
    expect(() => extentOf(SEASON)).toThrow(EdtfParserMissing);
  });

  it('loads it for a form the fast path does not read; the earlier refusal was not kept', async () => {
    await ensureEdtfFor(['2021', SEASON]);
    expect(extentOf(SEASON).start).toBe(edtf(SEASON).min);
    expect(readsWithoutParser(SEASON)).toBe(true);
    expect(tryExtent('2021-02-30')).toMatch(/is not a valid EDTF date/);
  });

  it('lists every date of a dataset', () => {
    const claim = (edtf: string) => ({ edtf, basis: 'stated' as const });
    const dataset = {
      sources: [{ published: claim('2021-08-20') }],
      events: [{ when: claim('2021-08') }, { when: claim('2021'), known: { edtf: '2021-21' } }],
      relations: [{ when: claim('1947/..') }, {}],
    } as unknown as Dataset;
    expect([...datasetDates(dataset)]).toEqual([
      '2021-08-20',
      '2021-08',
      '2021',
      '2021-21',
      '1947/..',
    ]);
  });
});
