/// <reference lib="webworker" />
/**
 * Opens a file off the main thread: the same pure steps as on it (openBytes: read, map,
 * validate, index; a big Traceline dataset read in chunks, openLarge), reported as they
 * go, and the index handed back in slices with its typed arrays transferred (handOff.ts).
 * This file only carries messages (comlink).
 */
import { expose, transfer } from 'comlink';
import { throttled, type OnProgress } from '../../io/import/progress';
import { handOver, type IndexHead, type Slice } from './handOff';
import { openLarge } from './openLarge';
import type { Opened } from './openBytes';
import { libraryFormat } from './libraryFormat';
import { recordInSlices, type LibraryRecord } from '../../persist/libraryRecord';

/** What the worker returns: the read result without its dataset (it travels in the index). */
export interface OpenReply {
  read: Opened['read'];
  head: IndexHead | null;
}

const api = {
  /**
   * `onRecord` receives the library's copy of the dataset (persist/libraryRecord.ts), made
   * here after the hand-over while the page draws, or null when it could not be made: at
   * 100k events, making it on the page took about 2 s of the page's time.
   */
  async open(
    file: File,
    onProgress: OnProgress,
    onSlice: (s: Slice) => void | Promise<void>,
    onRecord?: (record: LibraryRecord | null) => void,
  ): Promise<OpenReply> {
    const report = throttled(onProgress, 100);
    const { read, index } = await openLarge(file, report);
    // The decoded text stays here: the page needs only the dataset and the problems.
    if (read.kind === 'dataset') read.result = { ...read.result, dataset: null, text: null };
    else read.result = { ...read.result, dataset: null };
    if (!index) return { read, head: null };
    const { head, buffers } = await handOver(index, onSlice);
    if (onRecord) {
      const meta = { format: libraryFormat(read), added: new Date() };
      // Begun in a later task, so that the reply goes out first.
      void nextTask()
        .then(() => recordInSlices(index.dataset, meta, nextTask, 50))
        .then(onRecord, () => onRecord(null));
    }
    return transfer({ read, head }, buffers);
  },
};

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type OpenApi = typeof api;

expose(api);
