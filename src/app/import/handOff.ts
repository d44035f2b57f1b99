/**
 * Handing an index from the worker to the page without a long pause. One structured clone of
 * a 300k-event index would be unpacked on the main thread in one go (seconds); instead its
 * long arrays of objects go in slices, one message each, and the rest in a last message whose
 * typed arrays are transferred, not copied. `joinIndex` puts the pieces back.
 *
 * Dates go as columns: each event's extent is a number into a table of the distinct extents.
 * Datasets repeat dates a great deal, and one Extent object per event (and per basis) was
 * about a third of what the page unpacked.
 */
import type { Dataset, Event, Source } from '../../model/schema';
import { datasetDates, needsEdtfParser, type Extent } from '../../model/dates';
import type { DatasetIndex } from '../../query/indexes';

const KEYS = ['events', 'sources', 'dates'] as const;
type SliceKey = (typeof KEYS)[number];

export interface Slice {
  key: SliceKey;
  /** Where the items go in their array (slices may arrive in any order). */
  at: number;
  items: unknown[];
}

export interface IndexHead {
  /** The index with the sliced arrays left empty. */
  index: DatasetIndex;
  /** No event has a known date: the best-known columns are the text's own. */
  bestIsText: boolean;
  slices: number;
  /** Each event's extent as a number into the distinct extents (the `dates` slices). */
  extentCodes: { text: Uint32Array; best: Uint32Array | null };
  /** Some date is beyond the fast path: the page loads the edtf parser before showing it. */
  needsEdtfParser: boolean;
}

/** Items per slice: small enough that unpacking one takes the page a few milliseconds. */
export const SLICE_SIZE = 250;

export function splitIndex(
  index: DatasetIndex,
  size = SLICE_SIZE,
): { head: IndexHead; slices: Slice[]; transfer: ArrayBuffer[] } {
  const { dataset, dates } = index;
  const bestIsText = dates.best === dates.text;
  const { table, codes } = extentTable(
    bestIsText ? [index.extents] : [index.extents, dates.best.extents],
  );
  const arrays: Record<SliceKey, readonly unknown[]> = {
    events: dataset.events,
    sources: dataset.sources,
    dates: table,
  };
  const slices: Slice[] = [];
  for (const key of KEYS) {
    for (let at = 0; at < arrays[key].length; at += size) {
      slices.push({ key, at, items: arrays[key].slice(at, at + size) });
    }
  }
  const text = { ...dates.text, extents: [] };
  const head: DatasetIndex = {
    ...index,
    dataset: { ...dataset, events: [], sources: [] },
    events: [],
    eventsById: new Map(),
    extents: [],
    dates: { text, best: bestIsText ? text : { ...dates.best, extents: [] } },
  };
  const buffers = new Set<ArrayBuffer>();
  for (const c of [dates.text, dates.best]) {
    for (const a of [c.start, c.end, c.softStart, c.softEnd, c.known, c.byTime]) {
      buffers.add(a.buffer as ArrayBuffer);
    }
  }
  for (const map of [index.eventsByActor, index.eventsByCategory]) {
    for (const a of map.values()) buffers.add(a.buffer as ArrayBuffer);
  }
  buffers.add(index.textIndex.starts.buffer as ArrayBuffer);
  buffers.add(index.textIndex.events.buffer as ArrayBuffer);
  buffers.add(index.textIndex.wordStarts.buffer as ArrayBuffer);
  for (const c of codes) buffers.add(c.buffer as ArrayBuffer);
  for (const a of Object.values(index.passages)) buffers.add(a.buffer as ArrayBuffer);
  return {
    head: {
      index: head,
      bestIsText,
      slices: slices.length,
      extentCodes: { text: codes[0]!, best: codes[1] ?? null },
      // Decided here, in the worker, so that the page need not read every date again.
      needsEdtfParser: needsEdtfParser(datasetDates(dataset)),
    },
    slices,
    transfer: [...buffers],
  };
}

/**
 * The distinct extents of some columns, and each column as numbers into them. Extents are
 * told apart by identity: the date reader gives one object per distinct date string.
 */
export function extentTable(columns: readonly (readonly Extent[])[]): {
  table: Extent[];
  codes: Uint32Array[];
} {
  const table: Extent[] = [];
  const seen = new Map<Extent, number>();
  const codes = columns.map((column) => {
    const out = new Uint32Array(column.length);
    for (let i = 0; i < column.length; i++) {
      const x = column[i]!;
      let code = seen.get(x);
      if (code === undefined) {
        code = table.length;
        seen.set(x, code);
        table.push(x);
      }
      out[i] = code;
    }
    return out;
  });
  return { table, codes };
}

/** A column of extents again, from its numbers into the table. */
function extentsFrom(table: readonly Extent[], codes: Uint32Array): Extent[] {
  const out: Extent[] = new Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = table[codes[i]!]!;
  return out;
}

/**
 * Puts the index back together as its slices arrive, each in its own task, so that the last
 * step (finish) has little left to do.
 */
export class IndexJoiner {
  private readonly arrays: Record<SliceKey, unknown[]> = {
    events: [],
    sources: [],
    dates: [],
  };
  private readonly eventsById = new Map<string, number>();
  count = 0;

  add({ key, at, items }: Slice): void {
    const into = this.arrays[key];
    for (let i = 0; i < items.length; i++) into[at + i] = items[i];
    if (key === 'events') {
      items.forEach((e, i) => this.eventsById.set((e as Event).id, at + i));
    }
    this.count++;
  }

  finish(head: IndexHead): DatasetIndex {
    const { arrays } = this;
    const h = head.index;
    const events = arrays.events as Event[];
    const dataset: Dataset = { ...h.dataset, events, sources: arrays.sources as Source[] };
    const table = arrays.dates as Extent[];
    const { extentCodes: codes } = head;
    const extents = extentsFrom(table, codes.text);
    const text = { ...h.dates.text, extents };
    const best =
      head.bestIsText || !codes.best
        ? text
        : { ...h.dates.best, extents: extentsFrom(table, codes.best) };
    return {
      ...h,
      dataset,
      events,
      eventsById: this.eventsById,
      extents,
      dates: { text, best },
    };
  }
}

const IN_FLIGHT = 4;

/** In a worker: sends an index's slices, then gives its head and the buffers to transfer. */
export async function handOver(
  index: DatasetIndex,
  onSlice: (s: Slice) => void | Promise<void>,
): Promise<{ head: IndexHead; buffers: ArrayBuffer[] }> {
  const { head, slices, transfer: buffers } = splitIndex(index);
  // A few slices in flight at a time: the page gets idle moments between them to collect
  // garbage in, rather than one long pause when a flood of messages has filled its heap.
  for (let i = 0; i < slices.length; i++) {
    const sent = onSlice(slices[i]!);
    if (i % IN_FLIGHT === IN_FLIGHT - 1) await sent;
  }
  return { head, buffers };
}

/** The index again, from its head and all its slices. */
export function joinIndex(head: IndexHead, slices: readonly Slice[]): DatasetIndex {
  const joiner = new IndexJoiner();
  for (const s of slices) joiner.add(s);
  return joiner.finish(head);
}
