/**
 * The workbench's drafts in IndexedDB (the `drafts` store): a dataset being built, with its
 * edit history, saved after every edit so that a reload or a crash loses nothing and undo
 * still works afterwards. The store calls this module; views never do.
 *
 * A draft is read back through the validator like any file; its history is plain commands.
 */
import type { Dataset } from '../model/schema';
import { loadValidator, validator } from '../model/validator';
import type { History } from '../edit/history';
import { openTracelineDb } from './db';
import { storageMessage, StorageError } from './library';

/** Drafts' ids start with this, so a link's `ds=` tells a draft from a kept dataset. */
export const DRAFT_PREFIX = 'draft-';

export const isDraftId = (id: string) => id.startsWith(DRAFT_PREFIX);

export interface Draft {
  id: string;
  dataset: Dataset;
  history: History;
  /** When it was last saved (ISO 8601). */
  updated: string;
}

/** A new draft id: readable, unique enough for one browser. */
export function newDraftId(now = Date.now(), random = Math.random()): string {
  return `${DRAFT_PREFIX}${now.toString(36)}${Math.floor(random * 36 ** 4)
    .toString(36)
    .padStart(4, '0')}`;
}

const isHistory = (x: unknown): x is History =>
  typeof x === 'object' &&
  x !== null &&
  Array.isArray((x as History).done) &&
  Array.isArray((x as History).undone);

/**
 * A stored value as a draft (its dataset validated); a sentence when it is not one. The
 * validator must have loaded (getDraft and listDrafts load it).
 */
export function asDraft(value: unknown): Draft | string {
  if (typeof value !== 'object' || value === null) return 'the stored draft is not a record';
  const r = value as Record<string, unknown>;
  if (typeof r.id !== 'string' || typeof r.updated !== 'string') return 'the draft has no id';
  const { dataset, problems } = validator().validateDataset(r.dataset);
  if (!dataset) {
    const first = problems.find((p) => p.severity === 'error')?.message ?? 'it is not valid';
    return `the draft no longer validates: ${first}`;
  }
  // A history that cannot be read is dropped, not the work: the dataset is what matters.
  const history = isHistory(r.history) ? r.history : { done: [], undone: [] };
  return { id: r.id, dataset, history, updated: r.updated };
}

/** Saves a draft (one put: it is written whole or not at all). */
export async function putDraft(draft: Draft): Promise<void> {
  try {
    const db = await openTracelineDb();
    await db.put('drafts', { ...draft });
  } catch (error) {
    throw new StorageError(storageMessage(error, `save the draft “${draft.dataset.title}”`));
  }
}

export async function getDraft(id: string): Promise<Draft | string> {
  await loadValidator();
  try {
    const value = await (await openTracelineDb()).get('drafts', id);
    return value === undefined ? `the draft “${id}” is not in this browser` : asDraft(value);
  } catch (error) {
    return storageMessage(error, 'read the draft');
  }
}

export async function deleteDraft(id: string): Promise<void> {
  try {
    await (await openTracelineDb()).delete('drafts', id);
  } catch (error) {
    throw new StorageError(storageMessage(error, 'delete the draft'));
  }
}

/** What the Library lists of a draft. */
export interface DraftSummary {
  id: string;
  title: string;
  events: number;
  updated: string;
}

/**
 * Every draft, the most recently saved first. Drafts are made by hand, so they are few and
 * small: reading them whole is fine here (the library's datasets have a summary store).
 */
export async function listDrafts(): Promise<DraftSummary[]> {
  await loadValidator();
  try {
    const values = await (await openTracelineDb()).getAll('drafts');
    return values
      .map(asDraft)
      .filter((d): d is Draft => typeof d !== 'string')
      .map((d) => ({
        id: d.id,
        title: d.dataset.title,
        events: d.dataset.events.length,
        updated: d.updated,
      }))
      .sort((a, b) => b.updated.localeCompare(a.updated));
  } catch (error) {
    throw new StorageError(storageMessage(error, 'read the drafts'));
  }
}
