/// <reference lib="webworker" />
/**
 * Opens a file off the main thread: the same pure steps as on it (openBytes: read, map,
 * validate, index), reported as they go, and the index handed back in slices with its typed
 * arrays transferred (handOff.ts). This file only carries messages (comlink).
 */
import { expose, transfer } from 'comlink';
import { throttled, type OnProgress } from '../../io/import/progress';
import { splitIndex, type IndexHead, type Slice } from './handOff';
import { openBytes, type Opened } from './openBytes';
import { readBytes } from './readBytes';
import { loadSeed } from '../../store/seed';
import { validateDataset, type ValidationResult } from '../../model/validate';
import { buildIndex, type DatasetIndex } from '../../query/indexes';

/** What the worker returns: the read result without its dataset (it travels in the index). */
export interface OpenReply {
  read: Opened['read'];
  head: IndexHead | null;
}

/** The bundled report's validation, without its dataset (it travels in the index). */
export interface SeedReply {
  problems: ValidationResult['problems'];
  head: IndexHead | null;
}

const IN_FLIGHT = 4;

/** Sends an index's slices, then returns its head with the typed arrays to transfer. */
async function handOver(index: DatasetIndex, onSlice: (s: Slice) => void | Promise<void>) {
  const { head, slices, transfer: buffers } = splitIndex(index);
  // A few slices in flight at a time: the page gets idle moments between them to collect
  // garbage in, rather than one long pause when a flood of messages has filled its heap.
  for (let i = 0; i < slices.length; i++) {
    const sent = onSlice(slices[i]!);
    if (i % IN_FLIGHT === IN_FLIGHT - 1) await sent;
  }
  return { head, buffers };
}

const api = {
  async open(
    file: File,
    onProgress: OnProgress,
    onSlice: (s: Slice) => void | Promise<void>,
  ): Promise<OpenReply> {
    const report = throttled(onProgress, 100);
    const bytes = await readBytes(file, (read) =>
      report({ stage: 'reading', rows: 0, done: read / Math.max(1, file.size) }),
    );
    const { read, index } = openBytes(bytes, file.name, report);
    // The decoded text stays here: the page needs only the dataset and the problems.
    if (read.kind === 'dataset') read.result = { ...read.result, dataset: null, text: null };
    else read.result = { ...read.result, dataset: null };
    if (!index) return { read, head: null };
    const { head, buffers } = await handOver(index, onSlice);
    return transfer({ read, head }, buffers);
  },

  /**
   * The bundled report, validated and indexed here as the page did it (from its parsed
   * JSON), so that the page does without the validator on a first visit.
   */
  async openSeed(onSlice: (s: Slice) => void | Promise<void>): Promise<SeedReply> {
    const { dataset, problems } = validateDataset((await loadSeed()).json);
    if (!dataset) return { problems, head: null };
    const { head, buffers } = await handOver(buildIndex(dataset), onSlice);
    return transfer({ problems, head }, buffers);
  },
};

export type OpenApi = typeof api;

expose(api);
