import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { resetTracelineDb } from '../../src/persist/db';
import { getRecord, putRecord, renameRecord } from '../../src/persist/library';
import { fromRecord, recordInSlices, toRecord } from '../../src/persist/libraryRecord';
import { validateDataset } from '../../src/model/validate';
import { loadValidator } from '../../src/model/validator';
import { generateDataset } from '../../scripts/synthetic';
import { seed } from './helpers';

const report = validateDataset(seed()).dataset!;
const big = validateDataset(generateDataset({ events: 5000, actors: 20, seed: 3 })).dataset!;
const added = new Date('2026-11-29T07:00:00Z');

describe('a library record made in slices', () => {
  it('is the record toRecord makes, with its JSON in a Blob, pausing between slices', async () => {
    for (const dataset of [report, big]) {
      let pauses = 0;
      const pause = async () => {
        pauses++;
      };
      // A budget of 0 ms: a pause after every piece of the JSON (200 events a piece).
      const sliced = await recordInSlices(dataset, { format: 'acled', added }, pause, 0);
      const { json, ...rest } = toRecord(dataset, { format: 'acled', added });
      expect(sliced).toMatchObject(rest);
      expect(sliced.json).toBeInstanceOf(Blob);
      expect(await (sliced.json as Blob).text()).toBe(json);
      expect(pauses).toBeGreaterThan(dataset === big ? 25 : 1);
    }
  });

  it('is kept in IndexedDB, read back as text, renamed and opened like any record', async () => {
    globalThis.indexedDB = new IDBFactory();
    resetTracelineDb();
    await loadValidator(); // fromRecord validates what it reads
    const record = await recordInSlices(report, { format: 'traceline', added }, async () => {});
    await putRecord(record);
    await renameRecord(record.id, 'Renamed');
    const back = fromRecord(await getRecord(record.id));
    expect(typeof back).not.toBe('string');
    if (typeof back === 'string') return;
    expect(back.entry.title).toBe('Renamed');
    expect(back.dataset.events).toEqual(report.events);
  });
});
