// @vitest-environment jsdom
/**
 * The store's side of the library (src/store/library.ts) over fake-indexeddb: a kept import
 * opens by id, several combine with the matches confirmed, the link names them, and
 * deleting an open dataset falls back to the rest.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importBytes } from '../../src/io/import';
import { resetTracelineDb } from '../../src/persist/db';
import { recordInSlices, toRecord } from '../../src/persist/libraryRecord';
import { putRecord } from '../../src/persist/library';
import {
  deleteDataset,
  draftCombination,
  keepAndOpen,
  libraryEntries,
  openCombination,
  openDatasets,
  openFromLink,
  readStoredWith,
  renameDataset,
} from '../../src/store/library';
import { validateDataset } from '../../src/model/validate';
import { buildIndex, type DatasetIndex } from '../../src/query/indexes';
import { useStore } from '../../src/store/store';

const acled = importBytes(readFileSync('tests/fixtures/import/acled.csv'), {
  file: 'acled.csv',
}).dataset!;
const ready = () => {
  const { load } = useStore.getState();
  if (load.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(load)}`);
  return load.index;
};

describe('the library, from the store', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetTracelineDb();
    window.history.replaceState(null, '', '/');
  });

  it('keeps an import, opens it from the link, combines it, renames and deletes it', async () => {
    await keepAndOpen('acled.csv', acled, 'acled', []);
    const [id] = useStore.getState().datasets;
    expect(id).toMatch(/^acled-[a-z0-9]+$/);
    expect(window.location.search).toBe(`?ds=${id}`);
    expect((await libraryEntries()).entries.map((e) => [e.id, e.events])).toEqual([
      ['seed', 19],
      [id, 4],
    ]);

    // A fresh start on this link reads it back from IndexedDB.
    useStore.setState({ load: { status: 'loading' } });
    await openFromLink();
    expect(ready().dataset.events).toHaveLength(4);

    // Combining: the same names start checked; the TTP is one of them.
    const draft = await draftCombination(['seed', id!]);
    expect(draft.checked).toContainEqual([
      { part: 0, id: 'ttp' },
      { part: 1, id: 'ttp-tehrik-i-taliban-pakistan' },
    ]);
    await openCombination(draft.ids, draft.checked);
    expect(useStore.getState().datasets).toEqual(['seed', id]);
    expect(window.location.search).toBe(`?ds=seed,${id}`);
    const index = ready();
    expect(index.dataset.events).toHaveLength(23);
    expect(index.actorsById.get('seed-ttp')!.aliases).toContain('TTP: Tehrik-i-Taliban Pakistan');

    // With no matches confirmed, a reload keeps the actors apart: the choice is remembered.
    await openCombination(draft.ids, []);
    useStore.setState({ load: { status: 'loading' } });
    await openFromLink();
    expect(ready().actorsById.has(`${id}-ttp-tehrik-i-taliban-pakistan`)).toBe(true);

    await renameDataset(id!, 'ACLED, Pakistan');
    expect((await libraryEntries()).entries[1]!.title).toBe('ACLED, Pakistan');
    // The open combination takes the part's new name at once (Details and exports use it).
    expect(useStore.getState().datasets).toEqual(['seed', id]);
    expect(ready().dataset.combines!.map((p) => p.title)).toEqual([
      expect.any(String),
      'ACLED, Pakistan',
    ]);
    expect(ready().dataset.title).toMatch(/ \+ ACLED, Pakistan$/);

    // Deleting an open dataset opens what is left.
    await deleteDataset(id!);
    expect(useStore.getState().datasets).toEqual(['seed']);
    expect(window.location.search).toBe('');
    expect((await libraryEntries()).entries.map((e) => e.id)).toEqual(['seed']);
  });

  it('reads a kept dataset through the reader the app hands in, with its index', async () => {
    // Kept by an earlier visit, under a title given in the Library.
    const record = { ...toRecord(acled, { format: 'acled', added: new Date() }), title: 'Renamed' };
    await putRecord(record);
    const id = record.id;
    window.history.replaceState(null, '', `/?ds=${id}`);
    // As the import worker would: the stored JSON (kept as a Blob) validated and indexed.
    const given: (string | Blob)[] = [];
    let built: DatasetIndex | null = null;
    readStoredWith(async (json) => {
      given.push(json);
      const result = validateDataset(JSON.parse(await new Response(json).text()));
      built = buildIndex(result.dataset!);
      return { ...result, index: built };
    });
    try {
      useStore.setState({ load: { status: 'loading' } });
      await openFromLink();
      expect(given).toHaveLength(1);
      expect(given[0]).toBe(record.json);
      const index = ready();
      // The reader's index is shown as it is, under the Library's title.
      expect(index.start).toBe(built!.start);
      expect(index.dataset.title).toBe('Renamed');
      expect(index.events).toHaveLength(acled.events.length);

      // A reader that finds the JSON no longer valid: the link's dataset is not opened.
      readStoredWith(async () => ({
        dataset: null,
        problems: [{ severity: 'error', path: [], message: 'bad' }],
      }));
      await renameDataset(id, 'Renamed'); // which forgets the copy read this session
      await openDatasets([id]);
    } finally {
      readStoredWith(null);
    }
    const notices = useStore.getState().notices.map((n) => n.message);
    expect(notices.at(-1)).toContain('the stored dataset "Renamed" no longer validates: bad');
  });

  it('keeps the record the import worker made; without one, makes its own', async () => {
    // The worker's record, as it sends it: made by recordInSlices, its JSON a Blob.
    const added = new Date('2026-01-02T03:04:05Z');
    const made = await recordInSlices(acled, { format: 'acled', added }, async () => {});
    await keepAndOpen('acled.csv', acled, 'acled', [], undefined, Promise.resolve(made));
    const [id] = useStore.getState().datasets;
    expect(id).toBe(made.id);
    const kept = (await libraryEntries()).entries.find((e) => e.id === id)!;
    // Its time of adding is the worker's, so the page did not make another.
    expect(kept.added).toBe(added.toISOString());

    // The worker could not make it (null): the page makes the same record itself.
    globalThis.indexedDB = new IDBFactory();
    resetTracelineDb();
    await keepAndOpen('acled.csv', acled, 'acled', [], undefined, Promise.resolve(null));
    expect(useStore.getState().datasets).toEqual([made.id]);
    const again = (await libraryEntries()).entries.find((e) => e.id === made.id)!;
    expect(again.added).not.toBe(added.toISOString());
    expect(again.events).toBe(acled.events.length);
  });
});
