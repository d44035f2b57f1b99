/**
 * A Traceline dataset read from its bytes a chunk at a time, for files whose text is longer
 * than one string may be (about 512 Mi characters in V8): the bytes are decoded as they come
 * (as decode.ts does the whole file), the events are split off and parsed one by one
 * (jsonStream.ts), and the dataset put together is validated as readDataset validates one.
 * Never throws; a file that cannot be read gives a problem and no dataset, never part of one.
 */
import { bomlessUtf16, firstInvalidUtf8, type Encoding } from './decode';
import { JsonStreamError, splitEvents, type SplitHead } from './jsonStream';
import type { OnProgress } from './import/progress';
import type { ReadResult } from './readDataset';
import { mayHoldFffd, repeatedKeys, validateDataset, type Problem } from '../model/validate';

/** Above this size the app reads a Traceline dataset in chunks. */
export const STREAM_THRESHOLD = 64 * 2 ** 20;

/** Whether the start of a file (its first bytes, decoded loosely) names the Traceline format. */
export function namesTraceline(start: Uint8Array): boolean {
  const label =
    bomlessUtf16(start) ??
    (start[0] === 0xff ? 'utf-16le' : start[0] === 0xfe ? 'utf-16be' : 'utf-8');
  return new TextDecoder(label).decode(start).includes('"traceline/1"');
}

const problem = (severity: Problem['severity'], message: string): Problem => ({
  severity,
  path: [],
  message,
});
const failed = (message: string, encoding: Encoding | null = null): ReadResult => ({
  dataset: null,
  problems: [problem('error', message)],
  text: null,
  encoding,
  exact: false,
});

/** How many bytes at the end of `b` begin a UTF-8 sequence that the next chunk completes. */
function openTail(b: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const x = b[b.length - k]!;
    if ((x & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : x >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

export interface StreamReader {
  /** The next chunk of the file's bytes. */
  push(bytes: Uint8Array): void;
  /** The end of the file: the dataset read, or why there is none. */
  finish(): ReadResult;
  /** How many events have been read so far. */
  readonly events: number;
}

/** Reads a dataset from its bytes in chunks (push each, then finish). */
export function datasetReader(onValidating?: () => void): StreamReader {
  let start: Uint8Array | null = new Uint8Array(0); // the first bytes, until the encoding is told
  let decoder: TextDecoder | null = null;
  let encoding: Encoding | null = null;
  const warnings: Problem[] = [];
  let error: string | null = null;
  let bytes = 0; // bytes of the file passed to the decoder so far
  let tail: Uint8Array = new Uint8Array(0); // UTF-8: an unfinished sequence at a chunk's end
  let firstBad = -1;
  const events: unknown[] = [];
  const duplicates: Problem[] = [];
  let fffd = false;
  const splitter = splitEvents((text, index, offset) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new JsonStreamError(
        `event ${index.toLocaleString('en')}: ${shift(why, (p) => offset + p)}`,
      );
    }
    events.push(value);
    // Cheap next to the parse: the same scan readDataset runs over the whole text.
    duplicates.push(...repeatedKeys(text, ['events', index]));
    if (!fffd && mayHoldFffd(text)) fffd = true;
  });

  const feed = (text: string) => {
    if (error !== null) return;
    try {
      splitter.push(text);
    } catch (e) {
      error = notJson(e);
    }
  };

  /** UTF-8 only: where the first invalid sequence is, looked for only when U+FFFD appears. */
  const checkUtf8 = (chunk: Uint8Array, text: string, at: number) => {
    const open = openTail(chunk);
    if (firstBad < 0 && text.includes('\uFFFD')) {
      const body = chunk.subarray(0, chunk.length - open);
      const scan = new Uint8Array(tail.length + body.length);
      scan.set(tail);
      scan.set(body, tail.length);
      const bad = firstInvalidUtf8(scan);
      if (bad >= 0) firstBad = at - tail.length + bad;
    }
    tail = chunk.slice(chunk.length - open);
  };

  const begin = (b: Uint8Array) => {
    const startsWith = (...xs: number[]) => xs.every((x, i) => b[i] === x);
    if (startsWith(0x00, 0x00, 0xfe, 0xff) || startsWith(0xff, 0xfe, 0x00, 0x00)) {
      error = 'the file is UTF-32, which Traceline does not read; save it as UTF-8';
      return;
    }
    let skip = 0;
    if (startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff)) {
      encoding = b[0] === 0xff ? 'utf-16le' : 'utf-16be';
      skip = 2;
    } else {
      const guess = bomlessUtf16(b);
      if (guess) {
        encoding = guess;
        warnings.push(
          problem(
            'warning',
            `the file has no byte-order mark but reads as ${guess.toUpperCase()}; it was decoded so`,
          ),
        );
      } else if (startsWith(0xef, 0xbb, 0xbf)) {
        encoding = 'utf-8 with BOM';
        skip = 3;
      } else encoding = 'utf-8';
    }
    const label = encoding.startsWith('utf-8') ? 'utf-8' : encoding;
    decoder = new TextDecoder(label, { ignoreBOM: true });
    bytes = skip;
    decode(b.subarray(skip));
  };

  const decode = (chunk: Uint8Array) => {
    const text = decoder!.decode(chunk, { stream: true });
    if (encoding?.startsWith('utf-8')) checkUtf8(chunk, text, bytes);
    bytes += chunk.length;
    feed(text);
  };

  return {
    get events() {
      return events.length;
    },
    push(chunk) {
      if (error !== null) return;
      if (start) {
        // The encoding is told from the first 64 bytes (as decode.ts tells it).
        const joined = new Uint8Array(start.length + chunk.length);
        joined.set(start);
        joined.set(chunk, start.length);
        if (joined.length < 64) {
          start = joined;
          return;
        }
        start = null;
        begin(joined);
        return;
      }
      decode(chunk);
    },
    finish() {
      if (start) {
        const b = start;
        start = null;
        begin(b);
      }
      if (error === null && decoder) {
        if (encoding?.startsWith('utf-16') && bytes % 2 === 1) {
          error = `the file is ${encoding.toUpperCase()} but has an odd number of bytes; it is cut short`;
        } else {
          const rest = decoder.decode();
          if (rest.includes('\uFFFD') && firstBad < 0 && tail.length > 0)
            firstBad = bytes - tail.length;
          feed(rest);
        }
      }
      if (error !== null) return failed(error, encoding);
      let head: SplitHead;
      try {
        head = splitter.end();
      } catch (e) {
        return failed(notJson(e), encoding);
      }
      let json: unknown;
      try {
        json = JSON.parse(head.text);
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return failed(
          `the file is not valid JSON: outside the events: ${inFile(why, head)}`,
          encoding,
        );
      }
      if (head.found) (json as { events: unknown[] }).events = events;
      onValidating?.();
      const hint = { mayHoldFffd: fffd || mayHoldFffd(head.text) };
      const result = validateDataset(json, hint);
      if (firstBad >= 0) {
        warnings.push(
          problem(
            'warning',
            `the file is not valid UTF-8 (the first bad byte is at byte ${firstBad}); ` +
              'bad bytes were read as U+FFFD (�)',
          ),
        );
      }
      return {
        dataset: result.dataset,
        // As readDataset: decoding warnings, repeated keys, then the validator's problems.
        problems: [...warnings, ...repeatedKeys(head.text), ...duplicates, ...result.problems],
        text: null,
        encoding,
        exact: firstBad < 0,
      };
    },
  };
}

const notJson = (e: unknown) =>
  `the file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`;

/**
 * A parser's message about a piece of the document, its "position N" made a position in the
 * whole document (its line and column, counted in the piece, are dropped).
 */
function shift(message: string, where: (p: number) => number): string {
  return message
    .replace(/ \(line \d+ column \d+\)/, '')
    .replace(/position (\d+)/, (_, p: string) => `position ${where(Number(p))}`);
}

const inFile = (message: string, head: SplitHead) =>
  head.found ? shift(message, (p) => (p >= head.at ? p + head.eventsLength : p)) : message;

/** Reads a dataset from chunks of its bytes as they arrive, saying how far it has got. */
export async function readDatasetStream(
  chunks: AsyncIterable<Uint8Array>,
  total: number,
  onProgress?: OnProgress,
): Promise<ReadResult> {
  const reader = datasetReader(() =>
    onProgress?.({ stage: 'validating', rows: reader.events, done: 0 }),
  );
  let read = 0;
  for await (const chunk of chunks) {
    reader.push(chunk);
    read += chunk.length;
    onProgress?.({ stage: 'reading', rows: reader.events, done: read / Math.max(1, total) });
  }
  return reader.finish();
}

/** The same, over chunks at hand (tests, node). */
export function readDatasetChunks(chunks: Iterable<Uint8Array>): ReadResult {
  const reader = datasetReader();
  for (const chunk of chunks) reader.push(chunk);
  return reader.finish();
}
