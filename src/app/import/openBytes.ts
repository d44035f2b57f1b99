/**
 * Everything opening a file takes short of showing it: reading it (io/readDataset, the
 * import pipeline for outside formats) and indexing the dataset that came out. Pure and
 * synchronous: the worker runs it as it is, and tests and the bench call it from node.
 */
import type { OnProgress } from '../../io/import/progress';
import { readAnyFile, type ReadAnyResult } from '../../io/readDataset';
import { buildIndex, type DatasetIndex } from '../../query/indexes';

export interface Opened {
  read: ReadAnyResult;
  /** The index of the dataset read (null when none came out). */
  index: DatasetIndex | null;
}

export function openBytes(bytes: Uint8Array, name: string, onProgress?: OnProgress): Opened {
  return indexRead(readAnyFile(bytes, name, onProgress), onProgress);
}

/** Indexes the dataset a file gave, if it gave one. */
export function indexRead(read: ReadAnyResult, onProgress?: OnProgress): Opened {
  const dataset = read.result.dataset;
  if (!dataset) return { read, index: null };
  onProgress?.({ stage: 'indexing', rows: dataset.events.length, done: 0 });
  return { read, index: buildIndex(dataset) };
}
