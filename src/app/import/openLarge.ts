/**
 * Opening a file in the worker, by its size: a Traceline dataset above STREAM_THRESHOLD is
 * read a chunk at a time (io/readStream.ts: its text may be longer than one string can be);
 * any other file is read whole, as before (openBytes), up to OTHER_MAX_BYTES.
 */
import type { OnProgress } from '../../io/import/progress';
import { STREAM_THRESHOLD, namesTraceline, readDatasetStream } from '../../io/readStream';
import { indexRead, openBytes, type Opened } from './openBytes';
import { readBytes } from './readBytes';

/** Files read whole (outside formats, whose readers need all the text) stop here. */
export const OTHER_MAX_BYTES = 256 * 2 ** 20;

/** How much of a big file's start is looked at for the Traceline format's name. */
const SNIFF_BYTES = 2 ** 20;

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

async function* chunksOf(file: Blob): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      yield chunk.value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The sizes that decide the path (tests pass small ones). */
export interface Limits {
  stream: number;
  otherMax: number;
}

export async function openLarge(
  file: File,
  onProgress: OnProgress,
  limits: Limits = { stream: STREAM_THRESHOLD, otherMax: OTHER_MAX_BYTES },
): Promise<Opened> {
  if (file.size > limits.stream) {
    const start = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    if (namesTraceline(start)) {
      const result = await readDatasetStream(chunksOf(file), file.size, onProgress);
      return indexRead({ kind: 'dataset', result }, onProgress);
    }
    if (file.size > limits.otherMax) {
      const message =
        `the file is ${mib(file.size)} MiB and its start does not name the Traceline format ` +
        `("traceline/1"); files in other formats are read only up to ${mib(limits.otherMax)} MiB ` +
        '(a bigger Traceline dataset is read when its "format" comes before its events)';
      const problems = [{ severity: 'error' as const, path: [], message }];
      const result = { dataset: null, problems, text: null, encoding: null, exact: false };
      return { read: { kind: 'dataset', result }, index: null };
    }
  }
  const bytes = await readBytes(file, (read) =>
    onProgress({ stage: 'reading', rows: 0, done: read / Math.max(1, file.size) }),
  );
  return openBytes(bytes, file.name, onProgress);
}
