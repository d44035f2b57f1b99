/**
 * Overlapping places aggregate into count circles that split as the map zooms in. Pure.
 *
 * Marks are in the projection's own units (zoom 1); at zoom k two marks are `k` times
 * further apart on screen. Clustering walks the marks heaviest first: each mark not yet
 * taken starts a cluster and takes every free mark within `radius` screen pixels of it, so
 * the busiest place anchors its neighbourhood (ties go west, then north), and the result
 * does not depend on the order the marks came in. A grid of cells one radius wide finds the neighbours, so the cost is
 * linear in the marks. The cluster sits at the weighted mean of its members.
 */
export interface MapMark {
  x: number;
  y: number;
  /** How many events it stands for. */
  weight: number;
}

export interface Cluster {
  x: number;
  y: number;
  /** Indexes into the marks, heaviest first. */
  members: number[];
  weight: number;
}

/** Offsets that keep grid coordinates positive, packed into one number key. */
const OFF = 2 ** 20;
const cellKey = (cx: number, cy: number) => (cx + OFF) * 2 ** 21 + (cy + OFF);

export function clusterMarks(marks: readonly MapMark[], k: number, radius: number): Cluster[] {
  const d = radius / k;
  const grid = new Map<number, number[]>();
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    const key = cellKey(Math.floor(m.x / d), Math.floor(m.y / d));
    const cell = grid.get(key);
    if (cell) cell.push(i);
    else grid.set(key, [i]);
  }
  const heavier = (a: number, b: number) => {
    const ma = marks[a]!;
    const mb = marks[b]!;
    return mb.weight - ma.weight || ma.x - mb.x || ma.y - mb.y || a - b;
  };
  const order = Array.from(marks, (_, i) => i).sort(heavier);
  const taken = new Uint8Array(marks.length);
  const clusters: Cluster[] = [];
  const d2 = d * d;
  for (const seed of order) {
    if (taken[seed]) continue;
    const s = marks[seed]!;
    const members = [seed];
    taken[seed] = 1;
    const cx = Math.floor(s.x / d);
    const cy = Math.floor(s.y / d);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const j of grid.get(cellKey(gx, gy)) ?? []) {
          if (taken[j]) continue;
          const m = marks[j]!;
          if ((m.x - s.x) ** 2 + (m.y - s.y) ** 2 <= d2) {
            taken[j] = 1;
            members.push(j);
          }
        }
      }
    }
    let weight = 0;
    let x = 0;
    let y = 0;
    for (const j of members) {
      const m = marks[j]!;
      weight += m.weight;
      x += m.x * m.weight;
      y += m.y * m.weight;
    }
    members.sort(heavier);
    clusters.push({ x: x / weight, y: y / weight, members, weight });
  }
  return clusters;
}

/**
 * The zoom the clusters are computed for: k rounded to a half power of two, so that a
 * wheel gesture re-clusters a few times rather than every frame, and panning never does.
 */
export function clusterZoom(k: number): number {
  return 2 ** (Math.round(Math.log2(Math.max(k, 1e-6)) * 2) / 2);
}

/** A count circle's radius (px): grows with the square root of the events it holds. */
export function countRadius(weight: number): number {
  return Math.min(30, 7 + 2.2 * Math.sqrt(weight));
}
