/**
 * The plot's layout options, from its width, the window and the grouping: one function for
 * the plot (Timeline.tsx) and for a big model's first layout made ahead of it, in slices
 * with the model (useTimelineModel). The plot takes that layout when it asks for the same
 * options, and lays out at once otherwise (a window moved or a width changed meanwhile).
 */
import {
  layoutTimeline,
  layoutTimelineSteps,
  type LayoutOptions,
  type TimelineLayout,
  type TimelineModel,
} from '../../query/timeline/layout';
import { gutterWidth } from '../../query/timeline/gutter';
import type { Steps } from '../../query/steps';
import type { LaneGrouping } from '../../store/store';

const RIGHT_PAD = 12;
/** More links than this in view and they are left out (the marks stay). */
const MAX_LINKS = 400;

/** The plot's pixel range: from the gutter (its lanes' labels) to the right edge. */
export function plotRange(model: TimelineModel, width: number): readonly [number, number] {
  const L = gutterWidth(model.assignment.lanes, width);
  return [L, Math.max(L + 40, width - RIGHT_PAD)];
}

export function plotOptions(
  domain: readonly [number, number],
  range: readonly [number, number],
  grouping: LaneGrouping,
): LayoutOptions {
  return { domain, range, maxRows: grouping === 'none' ? 12 : 6, maxLinks: MAX_LINKS };
}

export interface PlotSize {
  width: number;
  height: number;
}

/**
 * The size of the last plot measured. It outlives the plot: a new dataset mounts fresh
 * views (App.tsx), and its plot and its first layout made ahead start at this size.
 */
let lastSize: PlotSize | null = null;
export const lastPlotSize = (): PlotSize | null => lastSize;
export function notePlotSize(size: PlotSize): void {
  lastSize = size;
}

export interface Laid {
  opts: LayoutOptions;
  layout: TimelineLayout;
}

/**
 * The last layout made of each model, whatever its window: the first one made ahead, a
 * settled window's (useWindowLayout moves it to a new window while that one's is made).
 */
const last = new WeakMap<TimelineModel, Laid>();

/** Lays the model out in steps (layoutTimelineSteps), kept as its last layout for layoutFor. */
export function* layoutStepsFor(model: TimelineModel, opts: LayoutOptions): Steps<Laid> {
  const laid = { opts, layout: yield* layoutTimelineSteps(model, opts) };
  last.set(model, laid);
  return laid;
}

/** The last layout made of the model (null before its first). */
export const lastLayout = (model: TimelineModel): Laid | null => last.get(model) ?? null;

/** The last layout made when its options are the same, else a layout made now (kept). */
export function layoutFor(model: TimelineModel, opts: LayoutOptions): TimelineLayout {
  const made = last.get(model);
  if (made && sameOptions(made.opts, opts)) return made.layout;
  const layout = layoutTimeline(model, opts);
  last.set(model, { opts, layout });
  return layout;
}

export function sameOptions(a: LayoutOptions, b: LayoutOptions): boolean {
  return (
    a.domain[0] === b.domain[0] &&
    a.domain[1] === b.domain[1] &&
    a.range[0] === b.range[0] &&
    a.range[1] === b.range[1] &&
    a.rowHeight === b.rowHeight &&
    a.maxRows === b.maxRows &&
    a.labels === b.labels &&
    a.maxLinks === b.maxLinks &&
    a.labelWidth === b.labelWidth &&
    a.order === b.order
  );
}
