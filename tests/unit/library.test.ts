import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, openTracelineDb, resetTracelineDb } from '../../src/persist/db';
import {
  deleteRecord,
  getMatches,
  getRecord,
  listEntries,
  putMatches,
  putRecord,
  renameRecord,
  StorageError,
} from '../../src/persist/library';
import {
  dateRange,
  entryOf,
  formatSize,
  fromRecord,
  libraryId,
  toRecord,
} from '../../src/persist/libraryRecord';
import { validateDataset } from '../../src/model/validate';
import { seed } from './helpers';
import { loadValidator } from '../../src/model/validator';

const report = validateDataset(seed()).dataset!;
const added = new Date('2026-11-29T07:00:00Z');

// The page loads the validator on demand; these call its users directly.
beforeAll(async () => {
  await loadValidator();
});

describe('library records', () => {
  it('describe a dataset: title, format, events, date range, size and when it was added', () => {
    const r = toRecord(report, { format: 'traceline', added });
    expect(r).toMatchObject({
      title: report.title,
      format: 'traceline',
      events: report.events.length,
      added: '2026-11-29T07:00:00.000Z',
    });
    expect(r.id).toMatch(/^traceline-[a-z0-9]+$/);
    expect(r.size).toBe(new TextEncoder().encode(r.json).length);
    // The report runs from Pakistan's creation (1947) to its own time (2022).
    expect(r.from).toBe('1947-01-01');
    expect(r.to?.slice(0, 4)).toBe('2022');
    expect(dateRange({ ...report, events: [] })).toEqual({ from: null, to: null });
  });

  it('read back as the same dataset, titled as the library names it', () => {
    const r = toRecord(report, { format: 'traceline', added });
    const back = fromRecord(r);
    if (typeof back === 'string') throw new Error(back);
    expect(back.dataset).toEqual(report);
    expect(back.entry).not.toHaveProperty('json');
    const renamed = fromRecord({ ...r, title: 'My copy' });
    expect(typeof renamed !== 'string' && renamed.dataset.title).toBe('My copy');
  });

  it('refuse stored values that are not records, or whose dataset no longer validates', () => {
    expect(fromRecord(null)).toBe('the stored entry is not a record');
    expect(fromRecord({ id: 'x' })).toBe('the stored entry has no title');
    const broken = { ...toRecord(report, { format: 'traceline', added }), json: '{"format":1}' };
    expect(fromRecord(broken)).toMatch(/^the stored dataset ".*" no longer validates: /);
  });

  it('have ids from their content, so the same file is one entry', () => {
    expect(libraryId('acled', '{"a":1}')).toBe(libraryId('acled', '{"a":1}'));
    expect(libraryId('acled', '{"a":1}')).not.toBe(libraryId('acled', '{"a":2}'));
    expect(libraryId('Not a format!', '{}')).toMatch(/^dataset-/);
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(84_000)).toBe('84 kB');
    expect(formatSize(1_234_567)).toBe('1.2 MB');
  });
});

describe('the library in IndexedDB', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetTracelineDb();
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps, lists (newest first), renames and deletes datasets', async () => {
    const a = toRecord(report, { format: 'traceline', added });
    const b = toRecord({ ...report, title: 'Other' }, { format: 'acled', added: new Date(2e12) });
    await putRecord(a);
    await putRecord(b);
    expect((await listEntries()).map((e) => e.title)).toEqual(['Other', report.title]);
    // The same content again keeps the first entry (its date included).
    const again = await putRecord({ ...a, added: new Date(3e12).toISOString() });
    expect(again.added).toBe(a.added);
    await renameRecord(a.id, 'Renamed');
    const stored = fromRecord(await getRecord(a.id));
    expect(typeof stored !== 'string' && stored.entry.title).toBe('Renamed');
    await deleteRecord(b.id);
    expect((await listEntries()).map((e) => e.id)).toEqual([a.id]);
  });

  it('lists from the summaries alone, never reading the kept JSON', async () => {
    const a = toRecord(report, { format: 'traceline', added });
    await putRecord(a);
    const db = await openTracelineDb();
    const read = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const listed = await listEntries();
    expect(listed).toEqual([entryOf(a)]);
    expect(read.mock.contexts.map((store) => (store as IDBObjectStore).name)).toEqual(['entries']);
    // The summary is the record without its JSON.
    expect(await db.get('entries', a.id)).toEqual(entryOf(a));
    expect(Object.keys((await db.get('entries', a.id))!)).not.toContain('json');
  });

  it('fills the summaries, on upgrade, from the datasets an older version kept', async () => {
    // Version 2 of the database, as the app made it before the summaries store.
    const old = await openDB(DB_NAME, 2, {
      upgrade(db) {
        db.createObjectStore('datasets', { keyPath: 'id' });
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('combinations', { keyPath: 'id' });
      },
    });
    const a = toRecord(report, { format: 'traceline', added });
    const b = toRecord({ ...report, title: 'Other' }, { format: 'acled', added: new Date(2e12) });
    await old.put('datasets', { ...a });
    await old.put('datasets', { ...b });
    await old.put('datasets', { id: 'broken', title: 42 });
    old.close();

    expect((await listEntries()).map((e) => e.id)).toEqual([b.id, a.id]);
    expect(typeof fromRecord(await getRecord(a.id))).not.toBe('string');
  });

  it('keeps confirmed matches per combination, and forgets them with a dataset', async () => {
    const merge = [
      [
        { part: 0, id: 'ttp' },
        { part: 1, id: 'ttp-x' },
      ],
    ] as const;
    await putMatches(['seed', 'acled-1'], merge);
    expect(await getMatches(['seed', 'acled-1'])).toEqual(merge);
    expect(await getMatches(['acled-1', 'seed'])).toBeNull();
    await deleteRecord('acled-1');
    expect(await getMatches(['seed', 'acled-1'])).toBeNull();
  });

  it('says the storage is full, and writes nothing, when the quota is exceeded', async () => {
    await openTracelineDb();
    const proto = (globalThis as unknown as { IDBObjectStore: { prototype: IDBObjectStore } })
      .IDBObjectStore.prototype;
    vi.spyOn(proto, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const r = toRecord(report, { format: 'traceline', added });
    const failed = putRecord(r);
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toThrow(
      /^Could not keep “.*” in the library: the browser's storage for this page is full \(quota exceeded\)\. Nothing was written/,
    );
    vi.restoreAllMocks();
    expect(await listEntries()).toEqual([]);
  });

  it('says so where there is no IndexedDB (private browsing)', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      await expect(listEntries()).rejects.toThrow(
        /^Could not read the library: This browser keeps no local data here \(IndexedDB is unavailable, e\.g\. in private browsing\)\.$/,
      );
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
