/**
 * Keyboard movement between actors: an arrow key goes to the neighbour that lies most
 * nearly in that direction. When no neighbour lies that way, it goes to the nearest actor
 * that does, so every actor can be reached from every other.
 */
import type { Point } from './layout';

export type Direction = 'left' | 'right' | 'up' | 'down';

const UNIT: Record<Direction, Point> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The best candidate in the direction: the 90° cone around it, scored by distance over
 * the cosine of the angle (a neighbour straight ahead beats a slightly nearer one aside).
 */
function best(
  from: Point,
  dir: Direction,
  candidates: Iterable<string>,
  position: (id: string) => Point | undefined,
): string | null {
  const [ux, uy] = UNIT[dir];
  let bestId: string | null = null;
  let bestScore = Infinity;
  for (const id of candidates) {
    const p = position(id);
    if (!p) continue;
    const dx = p[0] - from[0];
    const dy = p[1] - from[1];
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const cos = (dx * ux + dy * uy) / dist;
    if (cos < Math.SQRT1_2 - 1e-9) continue;
    const score = dist / cos;
    if (score < bestScore || (score === bestScore && bestId !== null && id < bestId)) {
      bestScore = score;
      bestId = id;
    }
  }
  return bestId;
}

export function stepInDirection(
  fromId: string,
  dir: Direction,
  neighbours: ReadonlySet<string> | undefined,
  allIds: Iterable<string>,
  position: (id: string) => Point | undefined,
): string | null {
  const from = position(fromId);
  if (!from) return null;
  return (
    best(from, dir, neighbours ?? [], position) ??
    best(
      from,
      dir,
      [...allIds].filter((id) => id !== fromId),
      position,
    )
  );
}

export const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * An actor's ties in the order the keyboard walks them: the busiest first, then by name
 * (so the walk is the same every time).
 */
export function tiesOf<E extends { id: string; source: string; target: string; count: number }>(
  edges: readonly E[],
  actor: string,
  name: (edge: E) => string,
): E[] {
  return edges
    .filter((e) => e.source === actor || e.target === actor)
    .map((e) => ({ e, n: name(e) }))
    .sort((a, b) => b.e.count - a.e.count || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0))
    .map(({ e }) => e);
}
