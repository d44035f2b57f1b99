/**
 * The overview strip's scale: piecewise linear, with axis breaks. Events far from the rest
 * (the seed's 1947 beside Aug 2021 – 2022) would squeeze the dense period into a few pixels
 * of a linear strip; instead the instants are split into clusters at every gap longer than
 * a share of the whole span, each cluster gets a stretch of the strip in proportion to
 * how many instants it holds (a lone outlier gets a narrow stub), time runs linearly within
 * each stretch, and a break marks each gap. Pure.
 */
import { DAY } from './scale';

export interface OverviewSegment {
  /** The padded time range of a cluster. */
  t0: number;
  t1: number;
  /** The first and last instants it holds. */
  first: number;
  last: number;
  /** Its stretch of the strip. */
  x0: number;
  x1: number;
  /** Narrowed to a stub (its share by length would be smaller). */
  stub: boolean;
}

export interface OverviewScale {
  segments: OverviewSegment[];
  /** Pixel centres of the breaks between segments. */
  breaks: number[];
  /** The data's extent plus a margin: brushing never sets a window beyond it. */
  extent: [number, number];
  x(t: number): number;
  invert(px: number): number;
}

/** A gap longer than this share of the whole span breaks the axis. */
export const BREAK_SHARE = 0.4;
/** Pixels a break takes, and the least a stub gets (room for a year). */
export const BREAK_PX = 12;
export const STUB_PX = 40;

/** The margin around a cluster: a month, or 4% of its length if more. */
const padOf = (t0: number, t1: number) => Math.max(30 * DAY, (t1 - t0) * 0.04);

export function overviewScale(
  instants: ArrayLike<number>,
  range: readonly [number, number],
  fallback: readonly [number, number],
): OverviewScale {
  // A typed array sorts numbers natively: an array with a comparator took over a second of
  // the page for a million events' instants.
  const finite = new Float64Array(instants.length);
  let m = 0;
  for (let i = 0; i < instants.length; i++) {
    if (Number.isFinite(instants[i])) finite[m++] = instants[i]!;
  }
  return overviewScaleOfSorted(finite.subarray(0, m).sort(), range, fallback);
}

/** overviewScale of instants already finite and sorted (overviewData.ts makes them). */
export function overviewScaleOfSorted(
  ts: Float64Array,
  range: readonly [number, number],
  fallback: readonly [number, number],
): OverviewScale {
  const [L, R] = range;
  // Clusters: runs of instants with no gap longer than the break share between them.
  const clusters: [number, number][] = [];
  const counts: number[] = [];
  if (ts.length === 0) {
    clusters.push([fallback[0], fallback[1]]);
    counts.push(1);
  } else {
    const limit = (ts[ts.length - 1]! - ts[0]!) * BREAK_SHARE;
    let start = 0;
    for (let i = 1; i <= ts.length; i++) {
      if (i === ts.length || (limit > 0 && ts[i]! - ts[i - 1]! > limit)) {
        clusters.push([ts[start]!, ts[i - 1]!]);
        counts.push(i - start);
        start = i;
      }
    }
  }
  const padded = clusters.map(([a, b]) => [a - padOf(a, b), b + padOf(a, b)] as const);
  // Widths: in proportion to the instants held, but never under a stub's width.
  const room = Math.max(1, R - L - BREAK_PX * (padded.length - 1));
  const lengths = counts;
  const stub = lengths.map(() => false);
  for (let round = 0; round < padded.length; round++) {
    const free = room - STUB_PX * stub.filter(Boolean).length;
    const total = lengths.reduce((s, l, i) => s + (stub[i] ? 0 : l), 0);
    let changed = false;
    lengths.forEach((l, i) => {
      if (!stub[i] && (free * l) / total < STUB_PX && padded.length > 1) {
        stub[i] = true;
        changed = true;
      }
    });
    if (!changed) break;
  }
  const free = room - STUB_PX * stub.filter(Boolean).length;
  const total = lengths.reduce((s, l, i) => s + (stub[i] ? 0 : l), 0) || 1;
  const segments: OverviewSegment[] = [];
  const breaks: number[] = [];
  let x = L;
  padded.forEach(([t0, t1], i) => {
    if (i > 0) {
      breaks.push(x + BREAK_PX / 2);
      x += BREAK_PX;
    }
    const w = stub[i] ? STUB_PX : (free * lengths[i]!) / total;
    const [a, b] = clusters[i]!;
    segments.push({ t0, t1, first: a, last: b, x0: x, x1: x + w, stub: stub[i]! });
    x += w;
  });
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;

  const x_ = (t: number) => {
    if (t <= first.t0) return first.x0;
    for (const s of segments) {
      if (t <= s.t1) {
        if (t < s.t0) return s.x0; // in a gap: the edge after it
        return s.x0 + ((t - s.t0) / (s.t1 - s.t0 || 1)) * (s.x1 - s.x0);
      }
    }
    return last.x1;
  };
  const invert = (px: number) => {
    if (px <= first.x0) return first.t0;
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i]!;
      if (px <= s.x1) {
        if (px < s.x0) {
          // In a break: the nearer edge.
          const prev = segments[i - 1]!;
          return px - prev.x1 < s.x0 - px ? prev.t1 : s.t0;
        }
        return s.t0 + ((px - s.x0) / (s.x1 - s.x0 || 1)) * (s.t1 - s.t0);
      }
    }
    return last.t1;
  };
  return { segments, breaks, extent: [first.t0, last.t1], x: x_, invert };
}
