/**
 * What the overview strip reads of a model, in typed arrays: the instants its scale
 * clusters (each mark's anchor and a span's core end), sorted, and the anchors its
 * histogram counts. Reading them from 100k mark times, then sorting, was a large part of
 * drawing a big dataset; they are made once per model, ahead and in steps for a big one
 * (views/timeline/useTimelineModel.ts).
 */
import { runSteps, STEP_EVENTS, type Steps } from '../steps';
import type { TimelineModel } from './model';

export interface OverviewData {
  /** The finite anchors and span core ends, sorted. */
  instants: Float64Array;
  /** The finite anchors, in model order. */
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
  const data = { instants: instants.slice(0, m).sort(), anchors: anchors.slice(0, a) };
  made.set(model, data);
  return data;
}

/** The model's overview data: made ahead, or now. */
export function overviewData(model: TimelineModel): OverviewData {
  return made.get(model) ?? runSteps(overviewDataSteps(model));
}
