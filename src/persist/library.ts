/**
 * The library of datasets in IndexedDB (the `datasets` store) and the actor matches confirmed
 * for combinations of them (`combinations`). The store calls this module; views never do.
 *
 * Every write is one request in one transaction, so a failed write (a full disk, a quota)
 * leaves nothing behind; the error comes back as a sentence the reader can act on.
 */
import type { ActorRef } from '../model/matchActors';
import { openTracelineDb } from './db';
import { asEntry, entryOf, isBlob, type LibraryEntry, type LibraryRecord } from './libraryRecord';

/** An error whose message is meant for the reader. */
export class StorageError extends Error {}

/** The reader's sentence for a storage failure while doing `what` ("keep acled.csv"). */
export function storageMessage(error: unknown, what: string): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return `Could not ${what}: the browser's storage for this page is full (quota exceeded). Nothing was written; delete datasets from the Library to make room.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Could not ${what}: ${message}`;
}

/** Runs a storage step, turning any failure into a StorageError with the reader's sentence. */
async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new StorageError(storageMessage(error, what));
  }
}

/** Every stored entry, newest first. Values that are not records are skipped. */
export function listEntries(): Promise<LibraryEntry[]> {
  return step('read the library', async () => {
    const db = await openTracelineDb();
    const values = await db.getAll('entries');
    return values
      .map(asEntry)
      .filter((r): r is LibraryEntry => typeof r !== 'string')
      .sort((a, b) => b.added.localeCompare(a.added));
  });
}

/**
 * The stored value for an id (unchecked: fromRecord reads it), or undefined. JSON kept as a
 * Blob (recordInSlices) is read back as text here.
 */
export async function getRecord(id: string): Promise<unknown> {
  const value = await getStored(id);
  const json = (value as { json?: unknown } | undefined)?.json;
  return isBlob(json) ? { ...(value as object), json: await json.text() } : value;
}

/**
 * The stored value for an id as it is kept (its JSON a string or a Blob), or undefined: a
 * Blob can go to the import worker as a file without the page reading it.
 */
export function getStored(id: string): Promise<unknown> {
  return step('read the library', async () => (await openTracelineDb()).get('datasets', id));
}

/** Keeps a record; one that is already there (the same content) keeps its entry. */
export function putRecord(record: LibraryRecord): Promise<LibraryEntry> {
  return step(`keep “${record.title}” in the library`, async () => {
    const db = await openTracelineDb();
    const tx = db.transaction(['datasets', 'entries'], 'readwrite');
    const there = asEntry(await tx.objectStore('entries').get(record.id));
    if (typeof there !== 'string') {
      await tx.done;
      return there;
    }
    // The dataset and its summary are written together, or neither is.
    await tx.objectStore('datasets').put({ ...record });
    await tx.objectStore('entries').put({ ...entryOf(record) });
    await tx.done;
    return entryOf(record);
  });
}

export function renameRecord(id: string, title: string): Promise<void> {
  return step('rename the dataset', async () => {
    const db = await openTracelineDb();
    const tx = db.transaction(['datasets', 'entries'], 'readwrite');
    const datasets = tx.objectStore('datasets');
    // The stored value is put back as it is (its JSON may be a string or a Blob).
    const value: unknown = await datasets.get(id);
    const entry = asEntry(value);
    if (typeof entry === 'string') throw new Error('it is no longer in the library');
    await datasets.put({ ...(value as { id: string }), title });
    await tx.objectStore('entries').put({ ...entry, title });
    await tx.done;
  });
}

/** Deletes a dataset and every combination that names it, in one transaction. */
export function deleteRecord(id: string): Promise<void> {
  return step('delete the dataset', async () => {
    const db = await openTracelineDb();
    const tx = db.transaction(['datasets', 'entries', 'combinations'], 'readwrite');
    await tx.objectStore('datasets').delete(id);
    await tx.objectStore('entries').delete(id);
    const combinations = tx.objectStore('combinations');
    for (const key of await combinations.getAllKeys()) {
      if (key.split(',').includes(id)) await combinations.delete(key);
    }
    await tx.done;
  });
}

export type Merge = readonly [ActorRef, ActorRef];

const isRef = (x: unknown): x is ActorRef =>
  typeof x === 'object' &&
  x !== null &&
  Number.isInteger((x as ActorRef).part) &&
  typeof (x as ActorRef).id === 'string';

/** The matches confirmed for these datasets (in this order), or null when none were. */
export function getMatches(ids: readonly string[]): Promise<Merge[] | null> {
  return step('read the confirmed actor matches', async () => {
    const value = await (await openTracelineDb()).get('combinations', ids.join(','));
    const merges = (value as { merges?: unknown } | undefined)?.merges;
    if (!Array.isArray(merges)) return null;
    return merges.filter(
      (m): m is Merge => Array.isArray(m) && m.length === 2 && isRef(m[0]) && isRef(m[1]),
    );
  });
}

export function putMatches(ids: readonly string[], merges: readonly Merge[]): Promise<void> {
  return step('keep the confirmed actor matches', async () => {
    const db = await openTracelineDb();
    await db.put('combinations', { id: ids.join(','), merges: merges.map((m) => [...m]) });
  });
}
