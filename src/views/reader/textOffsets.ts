/**
 * Between the reader's DOM and offsets into the source text. Every run of text the reader
 * draws sits in an element with `data-start` and `data-end` (its offsets in the text), so a
 * point in the DOM maps to an offset by counting the characters before it in that element.
 */

const segmentOf = (node: Node | null) =>
  (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-start]') ??
  null;

/** The text offset of a DOM point inside `root`, or null when it is not in the text. */
export function offsetAt(root: HTMLElement, node: Node, offset: number): number | null {
  const seg = segmentOf(node);
  if (!seg && node instanceof Element && root.contains(node)) {
    // A point between elements (a paragraph's edge): the segment after it, or before it.
    const after = node.childNodes[offset];
    const before = node.childNodes[offset - 1];
    const next = after instanceof Element ? after.closest<HTMLElement>('[data-start]') : null;
    if (next) return Number(next.dataset.start);
    const prev = before instanceof Element ? before.closest<HTMLElement>('[data-start]') : null;
    return prev ? Number(prev.dataset.end) : null;
  }
  if (!seg || !root.contains(seg)) return null;
  const range = document.createRange();
  range.setStart(seg, 0);
  range.setEnd(node, offset);
  return Number(seg.dataset.start) + range.toString().length;
}

/** The DOM point (text node and offset) of a text offset, or null when it is not drawn. */
export function pointAt(root: HTMLElement, at: number): [Node, number] | null {
  for (const seg of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(seg.dataset.start);
    const end = Number(seg.dataset.end);
    if (at < start || at > end) continue;
    let left = at - start;
    const walker = document.createTreeWalker(seg, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const length = n.textContent?.length ?? 0;
      if (left <= length) return [n, left];
      left -= length;
    }
  }
  return null;
}

/** The selection's [start, end) in the text when it lies in `root`, else undefined. */
export function selectedRange(root: HTMLElement): [number, number] | null | undefined {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !root.contains(sel.anchorNode)) {
    return undefined;
  }
  if (sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const a = offsetAt(root, range.startContainer, range.startOffset);
  const b = offsetAt(root, range.endContainer, range.endOffset);
  return a === null || b === null ? null : [Math.min(a, b), Math.max(a, b)];
}

/** Shows [start, end) as the document's selection (for keyboard selection). */
export function showSelection(root: HTMLElement, start: number, end: number) {
  const a = pointAt(root, start);
  const b = pointAt(root, end);
  const sel = document.getSelection();
  if (!a || !b || !sel) return;
  sel.setBaseAndExtent(a[0], a[1], b[0], b[1]);
}
