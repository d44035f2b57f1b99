/**
 * Cutting a source's text into what the reader shows: paragraphs, and within each paragraph
 * segments of text, each carrying the evidence passages that cover it. Pure functions.
 *
 * Passages overlap freely (two events quoting the same sentence, a relation quoting half of
 * it), so the text is cut at every passage boundary: a segment is a run of text over which
 * the set of covering passages does not change. Every passage is then exactly the union of
 * the segments that list it; none is lost, none is merged into another.
 *
 * A cut can leave a sliver: a quote ending one character before another ("…last year" and
 * "…last year.") leaves a segment of a lone full stop. The reader would show it as a button
 * of its own, too small to aim at or to read aloud, so such a fragment joins its neighbour
 * (see joinFragments): the neighbour then lists the fragment's passages too.
 *
 * Offsets are UTF-16 code units into `Source.text`, as in the dataset.
 */
import type { Category, Dataset } from '../model/schema';

/** One evidence item of an event or relation, placed in its source. */
export interface PassageItem {
  /** The id of the event or relation the evidence supports. */
  owner: string;
  kind: 'event' | 'relation';
  /** The index of this evidence item within its owner's evidence list. */
  evidence: number;
  start: number;
  end: number;
  /** The event's PLOVER category (for colour); null for a relation. */
  category: Category | null;
}

/** A run of text [start, end) and the passages covering all of it (possibly none). */
export interface Segment {
  start: number;
  end: number;
  items: readonly PassageItem[];
}

export interface Paragraph {
  start: number;
  end: number;
  segments: readonly Segment[];
}

/**
 * Passages by number, in their given order: what the reader's window reads of them. An
 * array of items is one (passagesOf); a source's evidence as columns (sourcePassages) is
 * another, which makes an item only when a window shows it.
 */
export interface Passages {
  readonly length: number;
  start(k: number): number;
  end(k: number): number;
  item(k: number): PassageItem;
}

/** An array of items as Passages. */
export function passagesOf(items: readonly PassageItem[]): Passages {
  return {
    length: items.length,
    start: (k) => items[k]!.start,
    end: (k) => items[k]!.end,
    item: (k) => items[k]!,
  };
}

const asPassages = (p: Passages | readonly PassageItem[]): Passages =>
  isPassages(p) ? p : passagesOf(p);
const isPassages = (p: Passages | readonly PassageItem[]): p is Passages => !Array.isArray(p);

/**
 * Every evidence item of a dataset as columns, grouped by source (in the dataset's order of
 * sources) and, within a source, events first and then relations, each in the dataset's
 * order. Made with the index (in the import worker for a file) and handed over as typed
 * arrays: a synthetic source can hold a passage per event, and at 100k events the reader
 * made an object for each in its render (100 ms, and a young-generation collection of
 * 140 ms more).
 */
export interface PassageColumns {
  /** Where each source's passages begin: source s has [from[s], from[s + 1]). */
  from: Uint32Array;
  start: Float64Array;
  end: Float64Array;
  /** The owner's number: an event's index, or the number of events plus a relation's. */
  owner: Uint32Array;
  /** The evidence item's number within its owner's evidence. */
  evidence: Uint32Array;
}

export function passageColumns(dataset: Dataset): PassageColumns {
  const { events, relations, sources } = dataset;
  const sourceAt = new Map(sources.map((s, k) => [s.id, k]));
  const owners = [events, relations] as const;
  // Counted per source first, so that each source's passages can be placed in one pass.
  const from = new Uint32Array(sources.length + 1);
  for (const list of owners)
    for (const o of list)
      for (const ev of o.evidence) {
        const s = sourceAt.get(ev.source);
        if (s !== undefined) from[s + 1]!++;
      }
  for (let s = 0; s < sources.length; s++) from[s + 1]! += from[s]!;
  const n = from[sources.length]!;
  const next = from.slice(0, sources.length);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const owner = new Uint32Array(n);
  const evidence = new Uint32Array(n);
  owners.forEach((list, o) => {
    const base = o === 0 ? 0 : events.length;
    for (let i = 0; i < list.length; i++) {
      const ev = list[i]!.evidence;
      for (let k = 0; k < ev.length; k++) {
        const s = sourceAt.get(ev[k]!.source);
        if (s === undefined) continue;
        const at = next[s]!++;
        start[at] = ev[k]!.position.start;
        end[at] = ev[k]!.position.end;
        owner[at] = base + i;
        evidence[at] = k;
      }
    }
  });
  return { from, start, end, owner, evidence };
}

/**
 * One source's passages from the columns (made here when not given). An item is made the
 * first time it is asked for (a window shows it) and kept, so each has one identity.
 */
export function sourcePassages(
  dataset: Dataset,
  sourceId: string,
  columns: PassageColumns = passageColumns(dataset),
): Passages {
  const { events, relations } = dataset;
  const s = dataset.sources.findIndex((x) => x.id === sourceId);
  const first = s < 0 ? 0 : columns.from[s]!;
  const n = s < 0 ? 0 : columns.from[s + 1]! - first;
  const { start, end, owner, evidence } = columns;
  const made: (PassageItem | undefined)[] = new Array(n);
  const make = (k: number): PassageItem => {
    const at = first + k;
    const o = owner[at]!;
    const e = o < events.length ? events[o]! : null;
    return {
      owner: e ? e.id : relations[o - events.length]!.id,
      kind: e ? 'event' : 'relation',
      evidence: evidence[at]!,
      start: start[at]!,
      end: end[at]!,
      category: e ? e.category : null,
    };
  };
  return {
    length: n,
    start: (k) => start[first + k]!,
    end: (k) => end[first + k]!,
    item: (k) => (made[k] ??= make(k)),
  };
}

/** Every evidence item of the dataset's events and then its relations that quotes `sourceId`. */
export function passageItems(dataset: Dataset, sourceId: string): PassageItem[] {
  const passages = sourcePassages(dataset, sourceId);
  return Array.from({ length: passages.length }, (_, k) => passages.item(k));
}

/**
 * The paragraphs of a text: runs separated by blank lines (a line of only spaces or tabs
 * counts as blank), with surrounding whitespace left out.
 */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const blank = /\n[ \t\r]*\n/g;
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) ranges.push({ start: a, end: b });
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return ranges;
}

/**
 * Cuts [from, to) into contiguous segments at every passage boundary. Each segment lists the
 * passages covering it, in the order they were given. Empty passages and the parts of
 * passages outside [from, to) are ignored.
 */
export function cutSegments(items: readonly PassageItem[], from: number, to: number): Segment[] {
  if (to <= from) return [];
  // The passages touching the range, clipped to it, remembering their given order.
  const clipped = items
    .map((item, order) => ({
      item,
      order,
      start: Math.max(item.start, from),
      end: Math.min(item.end, to),
    }))
    .filter((c) => c.start < c.end);
  const cuts = new Set<number>([from, to]);
  for (const c of clipped) {
    cuts.add(c.start);
    cuts.add(c.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const byStart = [...clipped].sort((a, b) => a.start - b.start || a.order - b.order);

  // Sweep left to right, keeping the passages active over the current segment.
  const segments: Segment[] = [];
  let active: typeof clipped = [];
  let next = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k]!;
    const b = bounds[k + 1]!;
    active = active.filter((c) => c.end > a);
    let added = false;
    while (next < byStart.length && byStart[next]!.start <= a) {
      active.push(byStart[next++]!);
      added = true;
    }
    if (added) active.sort((x, y) => x.order - y.order);
    segments.push({ start: a, end: b, items: active.map((c) => c.item) });
  }
  return segments;
}

/** The last text's paragraphs: the reader asks again for each window over the same text. */
let lastParagraphs: { text: string; ranges: { start: number; end: number }[] } | null = null;
function paragraphsOf(text: string) {
  if (lastParagraphs?.text !== text) lastParagraphs = { text, ranges: paragraphRanges(text) };
  return lastParagraphs.ranges;
}

/**
 * A text's passages in order of their start (ties in their given order), as numbers into
 * the items, and the longest passage's length: made once per source, so that moving the
 * reader's window over a long source reads only the passages near it (at 100k passages,
 * sorting them again for every window took about 80 ms).
 */
export interface PassageOrder {
  byStart: Uint32Array;
  longest: number;
}

export function passageOrder(items: Passages | readonly PassageItem[]): PassageOrder {
  const p = asPassages(items);
  const n = p.length;
  const byStart = new Uint32Array(n);
  let longest = 0;
  let sorted = true;
  for (let k = 0; k < n; k++) {
    byStart[k] = k;
    longest = Math.max(longest, p.end(k) - p.start(k));
    if (k > 0 && p.start(k) < p.start(k - 1)) sorted = false;
  }
  // Passages mostly come in the text's order already; sorting is needed only when not.
  if (!sorted) byStart.sort((a, b) => p.start(a) - p.start(b) || a - b);
  return { byStart, longest };
}

/**
 * The reader's model of a text: its paragraphs, each cut into segments. With `range`, only
 * the part of the text in [from, to) is modelled (paragraphs clipped to it), so a very long
 * source can be read a window at a time; `order` (passageOrder of the items) can be given
 * when it is kept between windows.
 */
export function readerParagraphs(
  text: string,
  items: Passages | readonly PassageItem[],
  range: readonly [number, number] = [0, text.length],
  order: PassageOrder = passageOrder(items),
): Paragraph[] {
  const p = asPassages(items);
  const [from, to] = range;
  const { byStart, longest } = order;
  // Each paragraph finds its passages by binary search rather than scanning them all (a
  // synthetic source can hold a million passages).
  const firstStartingAtOrAfter = (t: number) => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (p.start(byStart[mid]!) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out: Paragraph[] = [];
  for (const para of paragraphsOf(text)) {
    const start = Math.max(para.start, from);
    const end = Math.min(para.end, to);
    if (end <= start) continue;
    // A passage touching [start, end) starts no earlier than `start - longest`.
    const near: number[] = [];
    for (let k = firstStartingAtOrAfter(start - longest); k < byStart.length; k++) {
      const at = byStart[k]!;
      if (p.start(at) >= end) break;
      if (p.end(at) > start) near.push(at);
    }
    // Keep the given order among the passages (cutSegments lists them in that order).
    near.sort((a, b) => a - b);
    const rank = new Map(near.map((at) => [p.item(at), at]));
    const segments = joinFragments(
      text,
      cutSegments(
        near.map((at) => p.item(at)),
        start,
        end,
      ),
      (it) => rank.get(it)!,
    );
    out.push({ start, end, segments });
  }
  return out;
}

const WORDISH = /[\p{L}\p{N}]/u;
const WORDISH_ALL = /[\p{L}\p{N}]/gu;
/** Fewer letters or digits than this, cut off inside a word, is a sliver of that word. */
const SLIVER = 3;

/**
 * Whether a segment of passages is too small to stand alone: it has no letter or digit (a
 * lone full stop, a dash, a space), or it is a sliver of a word (a passage cut mid-word
 * leaving fewer than three letters or digits).
 */
export function isFragment(text: string, segment: Segment): boolean {
  const part = text.slice(segment.start, segment.end);
  const n = part.match(WORDISH_ALL)?.length ?? 0;
  if (n === 0) return true;
  if (n >= SLIVER) return false;
  const inWord = (at: number) => WORDISH.test(text[at - 1] ?? '') && WORDISH.test(text[at] ?? '');
  return inWord(segment.start) || inWord(segment.end);
}

/**
 * Joins every fragment of passages (isFragment) to a neighbour: the one sharing more of its
 * passages, else one with passages, else the one before. The joined segment lists the
 * passages of both, in the given order (`rank`), so no passage is lost; a passage may then
 * claim a full stop or a few letters next to its quote. Plain text is never a fragment.
 */
export function joinFragments(
  text: string,
  segments: readonly Segment[],
  rank: (item: PassageItem) => number,
): Segment[] {
  const out = [...segments];
  const score = (s: Segment | undefined, of: Segment) =>
    s ? 2 * s.items.filter((i) => of.items.includes(i)).length + (s.items.length > 0 ? 1 : 0) : -1;
  for (let k = 0; k < out.length;) {
    const s = out[k]!;
    if (out.length === 1 || s.items.length === 0 || !isFragment(text, s)) {
      k++;
      continue;
    }
    const intoPrev = score(out[k - 1], s) >= score(out[k + 1], s);
    const at = intoPrev ? k - 1 : k;
    const [a, b] = [out[at]!, out[at + 1]!];
    const items = [...new Set([...a.items, ...b.items])].sort((x, y) => rank(x) - rank(y));
    out.splice(at, 2, { start: a.start, end: b.end, items });
    k = at; // the joined segment may still be a fragment (". " next to ",")
  }
  return out;
}

/** The distinct owners (events or relations) of a segment's passages, in order. */
export function ownersOf(items: readonly PassageItem[]): string[] {
  return [...new Set(items.map((i) => i.owner))];
}
