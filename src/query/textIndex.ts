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
 * The distinct words of the texts and, for each text, its words as numbers. A hand-written
 * scanner hashes each word as it reads it (FNV-1a) into an open-addressing table, so that a
 * word already seen costs no new string: at a million events (25 million words) slicing
 * every word and looking it up in a Map took 11 s; only new words are sliced here.
 */
class WordTable {
  words: string[] = [];
  private hashes = new Uint32Array(1 << 12);
  private slots = new Int32Array(1 << 16);

  /** The number of the word text[from, to) whose hash is `h`, added when new. */
  numberOf(text: string, from: number, to: number, h: number): number {
    const { words, hashes } = this;
    const mask = this.slots.length - 1;
    const length = to - from;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const w = this.slots[slot]! - 1;
      if (w < 0) return this.add(text.slice(from, to), h, slot);
      const word = words[w]!;
      if (hashes[w] === h && word.length === length && text.startsWith(word, from)) return w;
    }
  }

  private add(word: string, h: number, slot: number): number {
    const w = this.words.length;
    this.words.push(word);
    if (w === this.hashes.length) {
      const grown = new Uint32Array(w * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[w] = h;
    this.slots[slot] = w + 1;
    // Kept at most half full, so probes stay short.
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return w;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let w = 0; w < this.words.length; w++) {
      let slot = this.hashes[w]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = w + 1;
    }
    this.slots = slots;
  }
}

/**
 * Builds the index of lowercased search texts: one pass reads the words into a stream of
 * word numbers; the postings are then counted and filled from the stream.
 */
export function buildTextIndex(texts: readonly string[]): TextIndex {
  const table = new WordTable();
  let stream = new Int32Array(1 << 16);
  let length = 0;
  const ends = new Uint32Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    let from = -1;
    let h = 0;
    for (let j = 0; j <= text.length; j++) {
      const c = j === text.length ? 32 : text.charCodeAt(j);
      if (!isSpace(c)) {
        if (from < 0) {
          from = j;
          h = 0x811c9dc5;
        }
        h = Math.imul(h ^ c, 0x01000193);
        continue;
      }
      if (from < 0) continue;
      const w = table.numberOf(text, from, j, h >>> 0);
      from = -1;
      if (length === stream.length) {
        const grown = new Int32Array(stream.length * 2);
        grown.set(stream);
        stream = grown;
      }
      stream[length++] = w;
    }
    ends[i] = length;
  }
  const { words } = table;
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
