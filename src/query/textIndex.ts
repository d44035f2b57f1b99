/**
 * An index for the text filter, so that a search does not scan every event's text.
 *
 * The filter's rule is "every whitespace-separated search word occurs in the event's search
 * text" (filter.ts), with substrings allowed ("attack" finds "attacked"). A search word has
 * no whitespace, so wherever it occurs it lies inside one whitespace-separated word of the
 * text. The index therefore keeps the text's distinct words (its vocabulary) and, for each,
 * the events that use it: a search word's events are those of the vocabulary words that
 * contain it. That gives exactly the scan's answer while reading only the vocabulary (a few
 * thousand to a few hundred thousand words) instead of every event's text.
 *
 * Built with the rest of the index (in the import worker for opened files); the postings are
 * typed arrays, so the hand-over transfers them instead of copying.
 */

export interface TextIndex {
  /**
   * The distinct whitespace-separated words of all events' search texts, joined by line
   * breaks: one flat string, searched with indexOf (a search word has no line break, so a
   * match never runs across two words), and one string to hand over instead of a million.
   */
  vocabulary: string;
  /** Where each word starts in the vocabulary (and, last, its length plus one). */
  wordStarts: Uint32Array;
  /** Word w's events are `events[starts[w]]` up to `events[starts[w + 1]]`, ascending. */
  starts: Uint32Array;
  events: Uint32Array;
}

/** Whether a UTF-16 code unit is whitespace as a regular expression's `\s` means it. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Builds the index of lowercased search texts. One pass reads the words into a stream of
 * word numbers (a hand-written scanner: a regular expression's match objects made it ten
 * times slower); the postings are then counted and filled from the stream.
 */
export function buildTextIndex(texts: readonly string[]): TextIndex {
  const ids = new Map<string, number>();
  const words: string[] = [];
  let stream = new Int32Array(1 << 16);
  let length = 0;
  const ends = new Uint32Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    let from = -1;
    for (let j = 0; j <= text.length; j++) {
      const space = j === text.length || isSpace(text.charCodeAt(j));
      if (!space) {
        if (from < 0) from = j;
        continue;
      }
      if (from < 0) continue;
      const word = text.slice(from, j);
      from = -1;
      let w = ids.get(word);
      if (w === undefined) {
        w = words.length;
        ids.set(word, w);
        words.push(word);
      }
      if (length === stream.length) {
        const grown = new Int32Array(stream.length * 2);
        grown.set(stream);
        stream = grown;
      }
      stream[length++] = w;
    }
    ends[i] = length;
  }
  // The last event counted for each word, so an event using a word twice counts once.
  const last = new Int32Array(words.length).fill(-1);
  const starts = new Uint32Array(words.length + 1);
  for (let i = 0, j = 0; i < texts.length; i++) {
    for (; j < ends[i]!; j++) {
      const w = stream[j]!;
      if (last[w] !== i) {
        last[w] = i;
        starts[w + 1]!++;
      }
    }
  }
  for (let w = 0; w < words.length; w++) starts[w + 1] = starts[w + 1]! + starts[w]!;
  const events = new Uint32Array(starts[words.length]!);
  const fill = starts.slice(0, words.length);
  last.fill(-1);
  for (let i = 0, j = 0; i < texts.length; i++) {
    for (; j < ends[i]!; j++) {
      const w = stream[j]!;
      if (last[w] !== i) {
        last[w] = i;
        events[fill[w]!++] = i;
      }
    }
  }
  const wordStarts = new Uint32Array(words.length + 1);
  for (let w = 0; w < words.length; w++) wordStarts[w + 1] = wordStarts[w]! + words[w]!.length + 1;
  return { vocabulary: words.join('\n'), wordStarts, starts, events };
}

/** The number of the word at a position of the vocabulary (a binary search of the starts). */
function wordAt(wordStarts: Uint32Array, at: number): number {
  let lo = 0;
  let hi = wordStarts.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (wordStarts[mid]! <= at) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** The words of the index, in their order (for tests and inspection). */
export function wordsOf(index: TextIndex): string[] {
  return index.vocabulary === '' && index.wordStarts.length === 1
    ? []
    : index.vocabulary.split('\n');
}

/**
 * Marks in `into` (one byte per event, set to 1) the events whose text contains any of the
 * spellings (each without whitespace).
 */
export function markContaining(
  index: TextIndex,
  spellings: readonly string[],
  into: Uint8Array,
): void {
  const { vocabulary, wordStarts, starts, events } = index;
  for (const spelling of spellings) {
    if (spelling === '') continue;
    let at = vocabulary.indexOf(spelling);
    while (at >= 0) {
      const w = wordAt(wordStarts, at);
      for (let j = starts[w]!; j < starts[w + 1]!; j++) into[events[j]!] = 1;
      // On to the next word: this one's events are marked.
      at = vocabulary.indexOf(spelling, wordStarts[w + 1]!);
    }
  }
}
