/**
 * The width of the lane-name gutter: wide enough for the longest name (indented by its depth
 * in the actor tree), within bounds, so "Government of Pakistan" is not cut when there is
 * room for it. Names longer than the widest gutter are cut, with the full name on hover.
 */
import type { Lane } from './lanes';

/** Pixels a character of a lane name takes, roughly (the label's font at 12 px). */
export const LANE_CHAR_PX = 6.4;
/** The indent of a name: a margin, and 10 px a level of the actor tree. */
export const laneIndent = (depth: number) => 8 + depth * 10;
/** The tree glyph "└ " before a sub-actor's name. */
export const TREE_GLYPH_PX = 14;

export const GUTTER_MIN = 150;
export const GUTTER_MAX = 240;

/** The gutter for these lanes; never more than a quarter of the view (a phone keeps its plot). */
export function gutterWidth(lanes: readonly Pick<Lane, 'label' | 'depth'>[], viewWidth: number) {
  let widest = 0;
  for (const l of lanes) {
    const w =
      laneIndent(l.depth) + (l.depth > 0 ? TREE_GLYPH_PX : 0) + l.label.length * LANE_CHAR_PX + 6;
    if (w > widest) widest = w;
  }
  const cap = Math.max(GUTTER_MIN, Math.min(GUTTER_MAX, Math.floor(viewWidth / 4)));
  return Math.ceil(Math.min(cap, Math.max(GUTTER_MIN, widest)));
}
