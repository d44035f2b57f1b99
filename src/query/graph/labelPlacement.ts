/**
 * Where the graph's labels go, so that none overlaps another, a mark or the drawing's edge.
 * Greedy by priority (the busiest actors first): each label tries below its mark, then
 * above, right, left and the four diagonals, and takes the first place that is free; a
 * label with no free place is hidden (the actor's full name still shows on hover and
 * focus). All sizes are in screen pixels, so a zoom only rescales the positions.
 */
import type { Point } from './layout';

/** Approximate width of one character and the line height at the graph's 11px font. */
export const LABEL_CHAR_PX = 6.6;
export const LABEL_LINE_PX = 13;

export interface LabelItem {
  id: string;
  /** Radius of the mark, in screen pixels. */
  r: number;
  lines: readonly string[];
}

export type LabelSide =
  | 'below'
  | 'above'
  | 'right'
  | 'left'
  | 'below-right'
  | 'below-left'
  | 'above-right'
  | 'above-left';

export interface LabelPlace {
  side: LabelSide;
  /** Offset of the label box's anchor from the mark's centre (screen px). */
  dx: number;
  /** Offset of the box's top from the mark's centre (screen px). */
  dy: number;
  anchor: 'middle' | 'start' | 'end';
  /** The box on screen: [x0, y0, x1, y1]. */
  box: Box;
}

export type Box = readonly [number, number, number, number];

const GAP = 2;
/** The places a label tries, in order of preference. */
const SIDES: readonly LabelSide[] = [
  'below',
  'above',
  'right',
  'left',
  'below-right',
  'below-left',
  'above-right',
  'above-left',
];

export const labelSize = (lines: readonly string[]) => ({
  width: Math.max(0, ...lines.map((l) => l.length)) * LABEL_CHAR_PX,
  height: lines.length * LABEL_LINE_PX,
});

const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/** Room kept around each placed label: the box is an estimate of the drawn text. */
const PAD = 3;
const padded = (b: Box): Box => [b[0] - PAD, b[1] - PAD, b[2] + PAD, b[3] + PAD];

/** The label's box for a side: [x0, y0] is its top-left corner on screen. */
function candidate(side: LabelSide, [x, y]: Point, r: number, w: number, h: number): LabelPlace {
  const d = r + GAP;
  // A diagonal place sits off the mark's corner, so it may come nearer the centre.
  const c = d * Math.SQRT1_2;
  const [x0, y0, anchor]: [number, number, LabelPlace['anchor']] = {
    below: [x - w / 2, y + d, 'middle'],
    above: [x - w / 2, y - d - h, 'middle'],
    right: [x + d, y - h / 2, 'start'],
    left: [x - d - w, y - h / 2, 'end'],
    'below-right': [x + c, y + c, 'start'],
    'below-left': [x - c - w, y + c, 'end'],
    'above-right': [x + c, y - c - h, 'start'],
    'above-left': [x - c - w, y - c - h, 'end'],
  }[side] as [number, number, LabelPlace['anchor']];
  const ax = anchor === 'middle' ? x0 + w / 2 : anchor === 'start' ? x0 : x0 + w;
  return { side, dx: ax - x, dy: y0 - y, anchor, box: [x0, y0, x0 + w, y0 + h] };
}

/**
 * Places the labels of `items` (in priority order) at screen positions `at(id)`. `bounds`,
 * when given, is the visible drawing: a label must lie wholly inside it. Returns the
 * placed labels by id; the rest are hidden.
 */
export function placeLabels(
  items: readonly LabelItem[],
  at: (id: string) => Point | undefined,
  bounds?: Box,
): Map<string, LabelPlace> {
  const marks: { id: string; box: Box }[] = [];
  for (const item of items) {
    const p = at(item.id);
    if (p)
      marks.push({
        id: item.id,
        box: [p[0] - item.r, p[1] - item.r, p[0] + item.r, p[1] + item.r],
      });
  }
  const placed = new Map<string, LabelPlace>();
  const taken: Box[] = [];
  for (const item of items) {
    const p = at(item.id);
    if (!p || item.lines.length === 0) continue;
    const { width, height } = labelSize(item.lines);
    for (const side of SIDES) {
      const c = candidate(side, p, item.r, width, height);
      const b = c.box;
      if (bounds && (b[0] < bounds[0] || b[1] < bounds[1] || b[2] > bounds[2] || b[3] > bounds[3]))
        continue;
      if (taken.some((t) => overlaps(b, t))) continue;
      if (marks.some((m) => m.id !== item.id && overlaps(b, m.box))) continue;
      placed.set(item.id, c);
      taken.push(padded(b));
      break;
    }
  }
  return placed;
}
