/**
 * The one IndexedDB database of the app (through idb). The store calls the modules beside
 * this one (the library of datasets, the workbench's drafts); views never touch it.
 *
 * Object stores:
 * - `datasets`: the library: datasets opened or imported, kept across reloads (key: id).
 * - `drafts`: the workbench's work in progress, saved as it is edited (key: id).
 * - `combinations`: the actor matches confirmed for a set of library datasets (key: their
 *   ids joined with commas, as the `ds` link parameter writes them). Version 2.
 * - `entries`: what the Library lists of each dataset (its record without the JSON, key: id),
 *   so listing never reads whole datasets. Version 3 fills it from the datasets kept before.
 *
 * A new object store means a new DB_VERSION and a branch in `upgrade` that creates it.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { asRecord, entryOf } from './libraryRecord';

export const DB_NAME = 'traceline';
export const DB_VERSION = 3;

/** A stored record's value is owned by the module that writes it; here it is opaque JSON. */
export interface TracelineDB extends DBSchema {
  datasets: { key: string; value: { id: string } & Record<string, unknown> };
  drafts: { key: string; value: { id: string } & Record<string, unknown> };
  combinations: { key: string; value: { id: string } & Record<string, unknown> };
  entries: { key: string; value: { id: string } & Record<string, unknown> };
}

type UpgradeStore<Name extends 'datasets' | 'entries'> = IDBPObjectStore<
  TracelineDB,
  ArrayLike<'datasets' | 'drafts' | 'combinations' | 'entries'>,
  Name,
  'versionchange'
>;

/** Writes the summary of every kept dataset into `entries` (the version 3 upgrade). */
async function summarise(datasets: UpgradeStore<'datasets'>, entries: UpgradeStore<'entries'>) {
  for (let c = await datasets.openCursor(); c; c = await c.continue()) {
    const record = asRecord(c.value);
    if (typeof record !== 'string') await entries.put({ ...entryOf(record) });
  }
}

let opening: Promise<IDBPDatabase<TracelineDB>> | null = null;

/** Opens (once) the database; rejects with a plain message where IndexedDB is unavailable. */
export function openTracelineDb() {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(
      new Error(
        'This browser keeps no local data here (IndexedDB is unavailable, e.g. in private browsing).',
      ),
    );
  }
  opening ??= openDB<TracelineDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('datasets', { keyPath: 'id' });
        db.createObjectStore('drafts', { keyPath: 'id' });
      }
      if (oldVersion < 2) db.createObjectStore('combinations', { keyPath: 'id' });
      if (oldVersion < 3) {
        const entries = db.createObjectStore('entries', { keyPath: 'id' });
        // Summaries of what earlier versions kept, one dataset at a time (a cursor, so
        // the upgrade never holds every dataset's JSON at once).
        if (oldVersion >= 1) void summarise(tx.objectStore('datasets'), entries);
      }
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Forgets the open connection (tests that replace the IndexedDB factory call this). */
export function resetTracelineDb() {
  opening = null;
}
