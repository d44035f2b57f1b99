/**
 * A JSON document too long for one string, read in text chunks: the elements of the
 * top-level object's "events" array are handed on one by one as their text completes, and
 * the rest of the document (with `"events":[]`) is kept as one small text. The scanner
 * only finds where values begin and end (strings, escapes, nesting); JSON.parse judges
 * each piece, so a piece that is not JSON is reported by the parser, not guessed here.
 */

/** Why a document could not be split; the message names what is wrong and where. */
export class JsonStreamError extends Error {}

export interface EventsSplitter {
  /** The next chunk of text (it may end anywhere, even inside a string or an escape). */
  push(chunk: string): void;
  /** The end of the text: returns the document without the events' contents. */
  end(): SplitHead;
}

export interface SplitHead {
  /** The document with the events array emptied (`"events":[]`). */
  text: string;
  /** Whether a top-level "events" array was found. */
  found: boolean;
  /** In `text`, the index just past the events array's `[` (-1 when not found). */
  at: number;
  /** How many characters of the document the events' contents took. */
  eventsLength: number;
}

/** Events text is passed on with its index and the character offset where it begins. */
export type OnElement = (text: string, index: number, offset: number) => void;

/** Beyond this the rest of the document is not small: the events are not where expected. */
export const HEAD_LIMIT = 2 ** 28;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const at = (offset: number) => `character ${offset.toLocaleString('en')}`;

/**
 * A key longer than this raw text cannot be "events", even with every letter escaped
 * (`\u0065` is six characters): longer keys are not kept.
 */
const KEY_MAX = 6 * 6 + 2;

export function splitEvents(onElement: OnElement, headLimit = HEAD_LIMIT): EventsSplitter {
  let offset = 0; // characters before the current chunk
  let depth = 0;
  let inString = false;
  let escaped = false; // the next character is escaped (a backslash ended the last chunk)
  let ended = false; // the top-level value has closed
  let inEvents = false;
  let found = false;
  // Head text: chunks' slices outside the events' contents.
  const head: string[] = [];
  let headLength = 0;
  let headAt = -1;
  let eventsLength = 0;
  // Top-level keys: is the value that follows the events array?
  let expectKey = false;
  let keyParts: string[] | null = null; // the raw key being read (null: not a key)
  let keyLength = 0;
  let afterEventsKey = false;
  // The current element (inside the events array).
  let element: string[] = [];
  let elementStart = -1; // in the current chunk; -1 when no element has begun
  let elementOffset = 0;
  let elementCount = 0;
  let commaPending = false; // a comma was read and no element yet follows it
  let eventsStartOffset = 0;

  const keep = (s: string) => {
    head.push(s);
    headLength += s.length;
    if (headLength > headLimit) {
      throw new JsonStreamError(
        found
          ? `the document outside its events array is longer than ${headLimit.toLocaleString('en')} characters`
          : `no top-level "events" array in the first ${headLimit.toLocaleString('en')} characters`,
      );
    }
  };

  const finishKey = (raw: string) => {
    let key = raw;
    if (raw.includes('\\')) {
      try {
        key = JSON.parse(`"${raw}"`) as string;
      } catch {
        key = raw; // not a valid key: JSON.parse of the head says so
      }
    }
    if (key !== 'events') return;
    if (found) {
      throw new JsonStreamError(
        'the top-level key "events" is written twice; a file this big is read only with one',
      );
    }
    afterEventsKey = true;
  };

  const emit = (s: string, end: number) => {
    const text =
      element.length === 0
        ? s.slice(elementStart, end)
        : element.join('') + s.slice(elementStart, end);
    element = [];
    elementStart = -1;
    onElement(text, elementCount++, elementOffset);
  };

  /** Skips a string from `i` (just past its opening quote or a chunk's start); returns where it ended. */
  const skipString = (s: string, from: number): number => {
    const n = s.length;
    let i = from;
    if (escaped) {
      escaped = false;
      i++;
      if (i > n) return n;
    }
    for (;;) {
      const q = s.indexOf('"', i);
      if (q < 0) {
        // The chunk ends in the string: does it end on a live backslash?
        let k = n - 1;
        while (k >= i && s.charCodeAt(k) === BACKSLASH) k--;
        escaped = (n - 1 - k) % 2 === 1;
        return n;
      }
      let k = q - 1;
      while (k >= i && s.charCodeAt(k) === BACKSLASH) k--;
      if ((q - 1 - k) % 2 === 0) {
        inString = false;
        return q + 1;
      }
      i = q + 1;
    }
  };

  const push = (s: string) => {
    const n = s.length;
    if (n === 0) return;
    let headFrom = inEvents ? -1 : 0; // where this chunk's head text begins (-1: none yet)
    if (inEvents && elementStart < 0 && element.length > 0) elementStart = 0;
    let i = 0;
    // A key being read continues from the chunk's start.
    let keyFrom = keyParts ? 0 : -1;
    while (i < n) {
      if (inString) {
        const end = skipString(s, i);
        if (!inString && keyParts) {
          const raw = keyParts.join('') + s.slice(keyFrom, end - 1);
          keyParts = null;
          keyFrom = -1;
          finishKey(raw);
        }
        i = end;
        continue;
      }
      const c = s.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (ended) {
        throw new JsonStreamError(
          `unexpected text after the end of the JSON document at ${at(offset + i)}`,
        );
      }
      // Only an array right after the top-level key "events" is the events array.
      if (afterEventsKey && c !== 0x3a /* : */ && c !== 0x5b /* [ */) afterEventsKey = false;
      if (inEvents && depth === 2) {
        // Between or at the edge of the events' elements.
        if (c === 0x2c /* , */ || c === 0x5d /* ] */ || c === 0x7d /* } */) {
          if (elementStart >= 0) emit(s, i);
          else if (commaPending || (c === 0x2c && elementCount === 0)) {
            const what =
              c !== 0x2c
                ? 'a comma ends the events array'
                : commaPending
                  ? 'two commas with no event between them'
                  : 'the events array begins with a comma';
            throw new JsonStreamError(
              `${what} (event ${elementCount.toLocaleString('en')} is missing) at ${at(offset + i)}`,
            );
          }
          if (c === 0x2c) {
            commaPending = true;
            i++;
            continue;
          }
          if (c === 0x7d) {
            throw new JsonStreamError(
              `the events array is closed with "}" instead of "]" at ${at(offset + i)}`,
            );
          }
          // The array closes: what follows is head text again.
          inEvents = false;
          depth = 1;
          eventsLength += offset + i - eventsStartOffset;
          headFrom = i;
          i++;
          continue;
        }
        if (elementStart < 0) {
          elementStart = i;
          elementOffset = offset + i;
          commaPending = false;
        }
      }
      if (c === QUOTE) {
        inString = true;
        if (depth === 1 && expectKey && !inEvents) {
          expectKey = false;
          keyParts = [];
          keyLength = 0;
          keyFrom = i + 1;
        }
        i = skipString(s, i + 1);
        if (!inString && keyParts) {
          const raw = s.slice(keyFrom, i - 1);
          keyParts = null;
          keyFrom = -1;
          finishKey(raw);
        }
        continue;
      }
      if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
        if (depth === 1 && afterEventsKey && c === 0x5b) {
          // The events array: from here, its elements are passed on, not kept.
          afterEventsKey = false;
          keep(s.slice(headFrom, i + 1));
          found = true;
          inEvents = true;
          depth = 2;
          headAt = headLength;
          headFrom = -1;
          eventsStartOffset = offset + i + 1;
          commaPending = false;
          i++;
          continue;
        }
        depth++;
        if (depth === 1) expectKey = c === 0x7b;
        i++;
        continue;
      }
      if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth < 0) {
          throw new JsonStreamError(
            `an unmatched "${String.fromCharCode(c)}" at ${at(offset + i)}`,
          );
        }
        if (depth === 0) ended = true;
        i++;
        continue;
      }
      if (depth === 1 && c === 0x2c) expectKey = true;
      i++;
    }
    // Carry what the chunk leaves open to the next one.
    if (keyParts && keyFrom >= 0) {
      const part = s.slice(keyFrom);
      keyLength += part.length;
      if (keyLength <= KEY_MAX) keyParts.push(part);
      else keyParts = [''.padEnd(KEY_MAX + 1, '?')]; // too long for "events"
    }
    if (inEvents && elementStart >= 0) {
      element.push(s.slice(elementStart));
      elementStart = -1;
    }
    if (headFrom >= 0) keep(s.slice(headFrom));
    offset += n;
  };

  return {
    push,
    end() {
      if (inString || depth > 0) {
        const where = inEvents
          ? `in event ${elementCount.toLocaleString('en')}`
          : 'outside the events';
        throw new JsonStreamError(
          `the file ends before the JSON document does (${inString ? 'inside a string, ' : ''}${where}, after ${at(offset)}): it may be cut short`,
        );
      }
      if (!ended && head.every((h) => h.trim() === ''))
        throw new JsonStreamError('the file is empty');
      return { text: head.join(''), found, at: headAt, eventsLength };
    },
  };
}
