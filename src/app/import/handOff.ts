/**
 * Handing an index from the worker to the page without a long pause. One structured clone of
 * a 300k-event index would be unpacked on the main thread in one go (seconds); instead its
 * long arrays of objects go in slices, one message each, and the rest in a last message whose
 * typed arrays are transferred, not copied. `joinIndex` puts the pieces back.
 */
import type { Dataset, Event, Source } from '../../model/schema';
import { datasetDates, needsEdtfParser, type Extent } from '../../model/dates';
import type { DatasetIndex } from '../../query/indexes';

const KEYS = ['events', 'sources', 'extents', 'bestExtents'] as const;
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
  const arrays: Record<SliceKey, readonly unknown[]> = {
    events: dataset.events,
    sources: dataset.sources,
    extents: index.extents,
    bestExtents: bestIsText ? [] : dates.best.extents,
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
  return {
    head: {
      index: head,
      bestIsText,
      slices: slices.length,
      // Decided here, in the worker, so that the page need not read every date again.
      needsEdtfParser: needsEdtfParser(datasetDates(dataset)),
    },
    slices,
    transfer: [...buffers],
  };
}

/**
 * Puts the index back together as its slices arrive, each in its own task, so that the last
 * step (finish) has little left to do.
 */
export class IndexJoiner {
  private readonly arrays: Record<SliceKey, unknown[]> = {
    events: [],
    sources: [],
    extents: [],
    bestExtents: [],
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
    const extents = arrays.extents as Extent[];
    const text = { ...h.dates.text, extents };
    const best = head.bestIsText
      ? text
      : { ...h.dates.best, extents: arrays.bestExtents as Extent[] };
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
