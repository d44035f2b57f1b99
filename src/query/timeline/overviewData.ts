/**
 * What the overview strip reads of a model, in typed arrays: the instants its scale
 * clusters (each mark's anchor and a span's core end), sorted, and the anchors its
 * histogram counts, sorted too (histogramCounts finds each bar's by binary search).
 * Reading them from 100k mark times, then sorting, was a large part of drawing a big
 * dataset; they are made once per model, ahead and in steps for a big one
 * (views/timeline/useTimelineModel.ts).
 */
import { runSteps, STEP_EVENTS, type Steps } from '../steps';
import type { TimelineModel } from './model';

export interface OverviewData {
  /** The finite anchors and span core ends, sorted. */
  instants: Float64Array;
  /** The finite anchors, sorted. */
  anchors: Float64Array;
}

const made = new WeakMap<TimelineModel, OverviewData>();

/** The model's overview data as steps, kept for overviewData. */
export function* overviewDataSteps(model: TimelineModel): Steps<OverviewData> {
  const hit = made.get(model);
  if (hit) return hit;
  const times = model.times;
  const instants = new Float64Array(2 * times.length);
  const anchors = new Float64Array(times.length);
  let m = 0;
  let a = 0;
  for (let k = 0; k < times.length; k++) {
    if (k % STEP_EVENTS === STEP_EVENTS - 1) yield;
    const t = times[k]!;
    if (Number.isFinite(t.anchor)) {
      instants[m++] = t.anchor;
      anchors[a++] = t.anchor;
    }
    if (t.shape === 'span' && Number.isFinite(t.coreEnd)) instants[m++] = t.coreEnd;
  }
  yield;
  // A typed array sorts numbers natively (a comparator took seconds for a million).
  const sortedInstants = instants.slice(0, m).sort();
  yield;
  const data = { instants: sortedInstants, anchors: anchors.slice(0, a).sort() };
  made.set(model, data);
  return data;
}

/** The model's overview data: made ahead, or now. */
export function overviewData(model: TimelineModel): OverviewData {
  return made.get(model) ?? runSteps(overviewDataSteps(model));
}

/**
 * The histogram of sorted times over a pixel range: how many fall in each bar `step` pixels
 * wide from L, placed by `x` (a scale that never decreases with time). Each bar's first
 * time is found by binary search, so a million times cost a few thousand calls of `x`
 * rather than a million (at 300k anchors the loop over them all took 63 ms of the task
 * that drew the timeline).
 */
export function histogramCounts(
  sorted: Float64Array,
  x: (t: number) => number,
  [L, R]: readonly [number, number],
  step: number,
): Float64Array {
  const n = Math.max(1, Math.floor((R - L) / step));
  const counts = new Float64Array(n);
  const bar = (i: number) => Math.floor((x(sorted[i]!) - L) / step);
  // The first index from `lo` on whose bar is at least b.
  const firstFrom = (b: number, lo: number) => {
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (bar(mid) < b) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let i = firstFrom(0, 0);
  for (let b = 0; b < n && i < sorted.length; b++) {
    const j = firstFrom(b + 1, i);
    counts[b] = j - i;
    i = j;
  }
  return counts;
}
