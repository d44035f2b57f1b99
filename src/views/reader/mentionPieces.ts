/** A run of a segment's text: plain, or a mention of an actor. */
export interface Piece {
  start: number;
  end: number;
  actor?: string;
}

/**
 * Splits [start, end) of the text at the mentions inside it (sorted by start, not
 * overlapping, as findMentions returns them). Pure.
 */
export function mentionPieces(
  start: number,
  end: number,
  mentions: readonly { actor: string; start: number; end: number }[],
): Piece[] {
  // The first mention that ends after `start` (binary search: a text has thousands).
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Piece[] = [];
  let at = start;
  for (let i = lo; i < mentions.length && mentions[i]!.start < end; i++) {
    const m = mentions[i]!;
    const a = Math.max(m.start, start);
    const b = Math.min(m.end, end);
    if (a > at) out.push({ start: at, end: a });
    out.push({ start: a, end: b, actor: m.actor });
    at = b;
  }
  if (at < end) out.push({ start: at, end });
  return out;
}
