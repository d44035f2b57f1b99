/// <reference lib="webworker" />
/**
 * Opens a file off the main thread: the same pure steps as on it (openBytes: read, map,
 * validate, index; a big Traceline dataset read in chunks, openLarge), reported as they go, and the index handed back in slices with its typed
 * arrays transferred (handOff.ts). This file only carries messages (comlink).
 */
import { expose, transfer } from 'comlink';
import { throttled, type OnProgress } from '../../io/import/progress';
import { handOver, type IndexHead, type Slice } from './handOff';
import { openLarge } from './openLarge';
import type { Opened } from './openBytes';

/** What the worker returns: the read result without its dataset (it travels in the index). */
export interface OpenReply {
  read: Opened['read'];
  head: IndexHead | null;
}

const api = {
  async open(
    file: File,
    onProgress: OnProgress,
    onSlice: (s: Slice) => void | Promise<void>,
  ): Promise<OpenReply> {
    const report = throttled(onProgress, 100);
    const { read, index } = await openLarge(file, report);
    // The decoded text stays here: the page needs only the dataset and the problems.
    if (read.kind === 'dataset') read.result = { ...read.result, dataset: null, text: null };
    else read.result = { ...read.result, dataset: null };
    if (!index) return { read, head: null };
    const { head, buffers } = await handOver(index, onSlice);
    return transfer({ read, head }, buffers);
  },
};

export type OpenApi = typeof api;

expose(api);
