/**
 * Opens a file in a Web Worker (open.worker.ts), so that parsing, validating and indexing a
 * big file never holds the page up; the main thread only puts the handed-back index together.
 * Cancelling stops the worker at once. Without Worker support (tests in node), the same
 * steps run here.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { OnProgress } from '../../io/import/progress';
import { loadEdtfParser } from '../../model/dates';
import type { ValidationResult } from '../../model/problems';
import type { DatasetIndex } from '../../query/indexes';
import { IndexJoiner, type IndexHead, type Slice } from './handOff';
import type { OpenApi, OpenReply } from './open.worker';
import type { SeedApi, SeedReply } from './seed.worker';
import type { Opened } from './openBytes';
import type { LibraryRecord } from '../../persist/libraryRecord';

/** The reason a cancelled job's promise gives. */
export class Cancelled extends Error {
  constructor() {
    super('the import was cancelled');
  }
}

/** What a file gave, and (from a worker) the library's copy of its dataset, being made. */
export interface OpenedFile extends Opened {
  /** Null when the worker could not make it (the page then makes its own). */
  record?: Promise<LibraryRecord | null>;
}

export interface OpenJob {
  done: Promise<OpenedFile>;
  cancel(): void;
}

interface Started {
  worker: Worker;
  /** Rejects when the worker fails (its module may fail to load before any job is given). */
  failed: Promise<never>;
}

const importWorker = () =>
  new Worker(new URL('./open.worker.ts', import.meta.url), { type: 'module' });
/** The report's own worker: the validator and the index only, so it starts sooner. */
const seedWorker = () =>
  new Worker(new URL('./seed.worker.ts', import.meta.url), { type: 'module' });

function startWorker(make: () => Worker = importWorker): Started {
  const worker = make();
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      reject(new Error(e.message || 'the import worker stopped'));
    });
  });
  failed.catch(() => {}); // a spare that fails unused reports nothing
  return { worker, failed };
}

/**
 * A worker started ahead of need, so its module has loaded by the time a file is chosen
 * (at a thousand events, starting one took longer than reading the file).
 */
let spare: Started | null = null;

/** Starts the spare worker, if there is none; the app calls it once it has drawn. */
export function warmUpImport(): void {
  if (typeof Worker !== 'undefined' && !spare) spare = startWorker();
}

/**
 * Opens a file. `keep: false` when the dataset needs no library copy (it is the library's
 * own, being reopened): the worker then makes no record.
 */
export function openFile(file: File, onProgress: OnProgress, { keep = true } = {}): OpenJob {
  if (typeof Worker === 'undefined') {
    let cancel = () => {};
    const cancelled = new Promise<never>((_, reject) => {
      cancel = () => reject(new Cancelled());
    });
    // Loaded only here: where there are workers, the page never carries the import pipeline.
    // The same choice of path as in the worker (a big Traceline dataset read in chunks).
    const here = import('./openLarge').then(({ openLarge }) => openLarge(file, onProgress));
    return { done: Promise.race([here, cancelled]), cancel };
  }
  const started = spare ?? startWorker();
  spare = null;
  let recorded: (r: LibraryRecord | null) => void = () => {};
  const record = new Promise<LibraryRecord | null>((resolve) => (recorded = resolve));
  const job = inWorker<OpenApi, OpenReply>(
    started,
    (api, onSlice) =>
      api.open(file, proxy(onProgress), onSlice, keep ? proxy(recorded) : undefined),
    keep ? record : undefined,
  );
  // Each job has its worker to itself (cancelling ends it at once); the next one is started.
  job.done.then(warmUpImport, warmUpImport);
  // A job that fails or is cancelled sends no record.
  job.ended.then(
    () => recorded(null),
    () => recorded(null),
  );
  const done = job.done.then(({ reply, index }): OpenedFile => {
    if (!index) {
      recorded(null); // nothing to keep: the worker makes no record
      return { read: reply.read, index: null };
    }
    reply.read.result.dataset = index.dataset;
    return keep ? { read: reply.read, index, record } : { read: reply.read, index };
  });
  return { done, cancel: job.cancel };
}

/**
 * A dataset kept in the library (its stored JSON), validated and indexed in the import
 * worker like a file, so that reopening a big one after a reload does not hold the page.
 */
export async function readStored(
  json: string | Blob,
): Promise<ValidationResult & { index: DatasetIndex | null }> {
  const file = new File([json], 'stored.json', { type: 'application/json' });
  const { read, index } = await openFile(file, () => {}, { keep: false }).done;
  if (read.kind === 'dataset') {
    return { dataset: index?.dataset ?? null, problems: read.result.problems, index };
  }
  // What the library keeps is always a Traceline dataset.
  const message = 'it is not a Traceline dataset';
  return { dataset: null, problems: [{ severity: 'error', path: [], message }], index: null };
}

/**
 * Runs one job in a worker of its own, putting together the index it hands back in slices.
 * Cancelling ends the worker at once; so does the end of the job, or of `lastly` (work the
 * worker goes on with after its reply) when there is such work and the job succeeded.
 */
function inWorker<Api, R extends { head: IndexHead | null }>(
  started: Started,
  run: (api: Remote<Api>, onSlice: (s: Slice) => void) => Promise<R>,
  lastly?: Promise<unknown>,
): {
  done: Promise<{ reply: R; index: DatasetIndex | null }>;
  /** Settles when the worker is ended. */
  ended: Promise<void>;
  cancel(): void;
} {
  const { worker, failed } = started;
  const api = wrap<Api>(worker);
  // Slices come through their own channel: the reply says how many to wait for.
  const joiner = new IndexJoiner();
  let arrived = () => {};
  const onSlice = (s: Slice) => {
    joiner.add(s);
    arrived();
  };
  const work = (async () => {
    const reply = await run(api, proxy(onSlice));
    const { head } = reply;
    if (!head) return { reply, index: null };
    if (joiner.count < head.slices) {
      await new Promise<void>((resolve) => {
        arrived = () => {
          if (joiner.count >= head.slices) resolve();
        };
      });
    }
    const index = joiner.finish(head);
    // The worker read every date; the page needs the edtf parser only for uncommon forms.
    if (head.needsEdtfParser) await loadEdtfParser();
    return { reply, index };
  })();
  let cancel = () => {};
  const cancelled = new Promise<never>((_, reject) => {
    cancel = () => reject(new Cancelled());
  });
  const done = Promise.race([work, cancelled, failed]);
  const ended = done
    .then(() => lastly && Promise.race([lastly, cancelled, failed]))
    .then(
      () => worker.terminate(),
      () => worker.terminate(),
    );
  return { done, ended, cancel };
}

/**
 * The bundled report, validated and indexed in a worker (where there are workers): the page
 * then needs neither the validator (zod) nor the seed's JSON on a first visit.
 */
export async function openSeed(): Promise<ValidationResult & { index: DatasetIndex | null }> {
  const job = inWorker<SeedApi, SeedReply>(startWorker(seedWorker), (api, onSlice) =>
    api.openSeed(onSlice),
  );
  // The import worker's spare starts as the report's worker ends, not when the page is next
  // idle (after the report's first render): a file chosen at once found none and waited for
  // a worker to start (about 300 ms at a thousand events).
  job.done.then(warmUpImport, warmUpImport);
  const { reply, index } = await job.done;
  return { dataset: index?.dataset ?? null, problems: reply.problems, index };
}
