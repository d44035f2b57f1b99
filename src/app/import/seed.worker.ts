/// <reference lib="webworker" />
/**
 * Validates and indexes the bundled report off the page, from its parsed JSON as the page
 * once did, and hands the index back as the import worker does (handOff.ts). A worker of its
 * own, without the import pipeline, so that the first drawing waits as little as it can.
 */
import { expose, transfer } from 'comlink';
import { handOver, type IndexHead, type Slice } from './handOff';
import { loadSeed } from '../../store/seed';
import { validateDataset, type ValidationResult } from '../../model/validate';
import { buildIndex } from '../../query/indexes';

/** The report's validation, without its dataset (it travels in the index). */
export interface SeedReply {
  problems: ValidationResult['problems'];
  head: IndexHead | null;
}

const api = {
  async openSeed(onSlice: (s: Slice) => void | Promise<void>): Promise<SeedReply> {
    const { dataset, problems } = validateDataset((await loadSeed()).json);
    if (!dataset) return { problems, head: null };
    const { head, buffers } = await handOver(buildIndex(dataset), onSlice);
    return transfer({ problems, head }, buffers);
  },
};

export type SeedApi = typeof api;

expose(api);
