/**
 * Keyboard movement between marks: left/right through time, up/down to the nearest mark
 * in time in the next lane that has one, Home/End to the first and last. Pure.
 */

export interface NavItem {
  key: string;
  lane: number;
  /** Position in time (px or ms: anything ordered like time). */
  x: number;
  row: number;
}

/** Sorts items into time order (then lane, then row). */
export function timeOrder<T extends NavItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.x - b.x || a.lane - b.lane || a.row - b.row);
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * The key of the item to move to from `current` (items in time order), or null when there
 * is nowhere to go that way.
 */
export function navigate(
  items: readonly NavItem[],
  current: string | null,
  key: NavKey,
): string | null {
  if (items.length === 0) return null;
  const at = items.findIndex((i) => i.key === current);
  if (key === 'Home') return items[0]!.key;
  if (key === 'End') return items[items.length - 1]!.key;
  if (at === -1) return items[0]!.key;
  if (key === 'ArrowRight') return items[at + 1]?.key ?? null;
  if (key === 'ArrowLeft') return items[at - 1]?.key ?? null;
  const here = items[at]!;
  const lanes = [...new Set(items.map((i) => i.lane))].sort((a, b) => a - b);
  const li = lanes.indexOf(here.lane) + (key === 'ArrowDown' ? 1 : -1);
  const lane = lanes[li];
  if (lane === undefined) return null;
  let best: NavItem | null = null;
  for (const i of items) {
    if (i.lane !== lane) continue;
    if (!best || Math.abs(i.x - here.x) < Math.abs(best.x - here.x)) best = i;
  }
  return best?.key ?? null;
}
