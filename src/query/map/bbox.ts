/**
 * The place filter: a box of longitudes and latitudes [west, south, east, north] (degrees),
 * as the `bbox=` of a link writes it. A box whose west edge lies east of its east edge
 * crosses the antimeridian (170° E to 170° W). Pure.
 */
export type Bbox = readonly [west: number, south: number, east: number, north: number];

/** Whether a point (lon, lat) lies in the box, edges included. */
export function inBbox(box: Bbox, lon: number, lat: number): boolean {
  const [w, s, e, n] = box;
  if (!(lat >= s && lat <= n)) return false;
  return w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
}

/** Rounded to 4 decimals (about 10 m): enough for a box drawn on a map, short in a link. */
const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function formatBbox(box: Bbox): string {
  return box.map(round).join(',');
}

/** Reads "west,south,east,north"; returns the box or a sentence saying what is wrong. */
export function parseBbox(raw: string): Bbox | string {
  const parts = raw.split(',');
  const nums = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p.trim()) ? Number(p) : NaN));
  if (parts.length !== 4 || nums.some(Number.isNaN)) {
    return `must be four numbers west,south,east,north, not "${raw}"`;
  }
  const [w, s, e, n] = nums as [number, number, number, number];
  if ([w, e].some((x) => x < -180 || x > 180)) return 'has a longitude outside −180…180';
  if ([s, n].some((x) => x < -90 || x > 90)) return 'has a latitude outside −90…90';
  if (s > n) return 'has its south edge north of its north edge';
  return [w, s, e, n];
}

const deg = (x: number, pos: string, neg: string) =>
  `${Math.abs(round(x)).toFixed(2)}° ${x < 0 ? neg : pos}`;

/** "29.10° N to 35.20° N, 60.50° E to 71.30° E": the box in words, for the filters panel. */
export function describeBbox([w, s, e, n]: Bbox): string {
  return `${deg(s, 'N', 'S')} to ${deg(n, 'N', 'S')}, ${deg(w, 'E', 'W')} to ${deg(e, 'E', 'W')}`;
}

/**
 * The smallest box holding the given points (lon, lat), for a box drawn on the map: its
 * corners and edge points, brought back to longitudes and latitudes.
 */
export function bboxOfPoints(points: readonly (readonly [number, number])[]): Bbox | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [lon, lat] of points) {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  if (!Number.isFinite(w)) return null;
  return [round(w), round(s), round(e), round(n)];
}
