/**
 * From a selection in the source text to W3C Web Annotation selectors, and the small
 * text moves the reader needs (whole words, a sentence, extending by a sentence).
 *
 * Offsets are UTF-16 code units into the NFC text, like every offset in a dataset. A
 * selection never ends inside a surrogate pair (an emoji is one character to a reader),
 * and the quote's prefix and suffix never cut one in half either.
 */
import type { Evidence } from '../model/schema';

/** Characters of context kept on each side of a quote (the seed uses 32). */
export const CONTEXT = 32;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Moves an offset off the middle of a surrogate pair: to its start (-1) or its end (+1). */
export function snapToCharacter(text: string, at: number, toward: -1 | 1): number {
  const i = Math.max(0, Math.min(text.length, at));
  if (i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i))) {
    return toward < 0 ? i - 1 : i + 1;
  }
  return i;
}

/**
 * Tidies a selection: clamps it to the text, keeps surrogate pairs whole and trims white
 * space at both ends (a drag often catches a space or a line break). Null when empty.
 */
export function tidySelection(text: string, start: number, end: number): [number, number] | null {
  let a = snapToCharacter(text, Math.min(start, end), -1);
  let b = snapToCharacter(text, Math.max(start, end), 1);
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return a < b ? [a, b] : null;
}

/** The evidence selectors for text[start, end): the quote with its context, and the position. */
export function evidenceFor(
  text: string,
  sourceId: string,
  start: number,
  end: number,
): Evidence | null {
  const range = tidySelection(text, start, end);
  if (!range) return null;
  const [a, b] = range;
  const from = snapToCharacter(text, Math.max(0, a - CONTEXT), 1);
  const to = snapToCharacter(text, Math.min(text.length, b + CONTEXT), -1);
  const quote: Evidence['quote'] = { type: 'TextQuoteSelector', exact: text.slice(a, b) };
  if (from < a) quote.prefix = text.slice(from, a);
  if (b < to) quote.suffix = text.slice(b, to);
  return {
    source: sourceId,
    quote,
    position: { type: 'TextPositionSelector', start: a, end: b },
  };
}

/**
 * Sentence boundaries: . ! ? (with any closing quotes or brackets) before space and a word
 * that is not in lower case (“Why?” he asked. is one sentence), or a line break.
 */
const SENTENCE_END = /[.!?][”’"')\]]*(?=[^\S\n]*$|\s+[^a-z\s])|\n/g;

/** The sentence around `at`: [start, end) without its surrounding white space. */
export function sentenceAt(text: string, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop <= at) start = stop;
    else {
      end = m[0] === '\n' ? m.index : stop;
      break;
    }
  }
  return tidySelection(text, start, end) ?? [at, at];
}

/** Extends [start, end) to the end of the next sentence (or back to the previous one's start). */
export function extendBySentence(
  text: string,
  start: number,
  end: number,
  direction: 1 | -1,
): [number, number] {
  if (direction > 0) {
    let next = end;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (next >= text.length) return [start, end];
    return [start, sentenceAt(text, next)[1]];
  }
  let prev = start - 1;
  while (prev > 0 && /\s/.test(text[prev]!)) prev--;
  if (prev < 0) return [start, end];
  return [sentenceAt(text, prev)[0], end];
}

/** The sentences of a text, as [start, end) ranges in order. */
export function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  while (at < text.length) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (at >= text.length) break;
    const s = sentenceAt(text, at);
    if (s[1] <= at) break;
    out.push(s);
    at = s[1];
  }
  return out;
}
