/**
 * Anchoring evidence quotes in a source text (W3C TextQuote + TextPosition selectors).
 *
 * The position is trusted only while it still selects the exact quote. When it has
 * drifted (the text was edited, or offsets were written by hand) the quote is found again:
 *   1. exact occurrences of the quote, the best one chosen by how well the prefix and
 *      suffix match around it, then by nearness to the old position;
 *   2. failing that, the closest approximate match (approx-string-match, Myers' algorithm)
 *      with at most a tenth of the quote's length in edits.
 */
import search from 'approx-string-match';

export interface Selectors {
  exact: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
  start: number;
  end: number;
}

export type Anchor =
  | { status: 'ok'; start: number; end: number }
  | {
      status: 'moved';
      start: number;
      end: number;
      candidates: number;
      /** How many occurrences share the best context score (more than 1: a tie). */
      tied: number;
    }
  | { status: 'fuzzy'; start: number; end: number; errors: number; found: string }
  | { status: 'missing' };

/** How many characters of prefix (read backwards) and suffix agree at [start, end). */
function contextScore(text: string, start: number, end: number, s: Selectors): number {
  let score = 0;
  const prefix = s.prefix ?? '';
  for (let i = 1; i <= prefix.length && start - i >= 0; i++) {
    if (text[start - i] !== prefix[prefix.length - i]) break;
    score++;
  }
  const suffix = s.suffix ?? '';
  for (let i = 0; i < suffix.length && end + i < text.length; i++) {
    if (text[end + i] !== suffix[i]) break;
    score++;
  }
  return score;
}

function exactOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

/** Finds where a quote stands in the text. Pure; never throws. */
export function anchorQuote(text: string, s: Selectors): Anchor {
  if (s.exact.length === 0) return { status: 'missing' };
  if (s.start >= 0 && s.end <= text.length && text.slice(s.start, s.end) === s.exact) {
    return { status: 'ok', start: s.start, end: s.end };
  }
  const occurrences = exactOccurrences(text, s.exact);
  if (occurrences.length > 0) {
    let best = occurrences[0]!;
    let bestScore = -1;
    let tied = 0;
    for (const at of occurrences) {
      const score = contextScore(text, at, at + s.exact.length, s);
      const closer = Math.abs(at - s.start) < Math.abs(best - s.start);
      if (score > bestScore) tied = 1;
      else if (score === bestScore) tied++;
      if (score > bestScore || (score === bestScore && closer)) {
        best = at;
        bestScore = score;
      }
    }
    return {
      status: 'moved',
      start: best,
      end: best + s.exact.length,
      candidates: occurrences.length,
      tied,
    };
  }
  const maxErrors = Math.floor(s.exact.length / 10);
  if (maxErrors === 0) return { status: 'missing' };
  const matches = search(text, s.exact, maxErrors);
  if (matches.length === 0) return { status: 'missing' };
  let best = matches[0]!;
  for (const m of matches) {
    const better =
      m.errors < best.errors ||
      (m.errors === best.errors &&
        contextScore(text, m.start, m.end, s) > contextScore(text, best.start, best.end, s));
    if (better) best = m;
  }
  return {
    status: 'fuzzy',
    start: best.start,
    end: best.end,
    errors: best.errors,
    found: text.slice(best.start, best.end),
  };
}
