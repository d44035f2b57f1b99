/**
 * The plot's layout for the window in the store. A big model's layout for a new window (after
 * a gesture settles, or a zoom button) is made in slices (views/useStepped.ts), as its first
 * layout is: laid out at once it was one task of 460 ms at 100k events and 710 ms at 300k.
 * Meanwhile its last layout shows, moved to the new window (time is linear in x, so marks,
 * cells and bands move with it; rows and density cells stay until the new layout lands), as
 * a gesture's frames draw it. Small models, and a first layout not made ahead, are laid out
 * at once.
 */
import { useMemo } from 'react';
import type { LayoutOptions, TimelineLayout, TimelineModel } from '../../query/timeline/layout';
import { pixelMap, shiftLayout } from '../../query/timeline/shiftLayout';
import { useStepped } from '../useStepped';
import { lastLayout, layoutFor, layoutStepsFor, sameOptions } from './plotLayout';

/** Events in a model above which a new window is laid out in slices (20k: about 30 ms at once). */
export const STEPPED_LAYOUT_ABOVE = 20_000;

export interface WindowLayout {
  layout: TimelineLayout;
  /** The window the layout was made for: another than the store's while `pending`. */
  laidFor: readonly [number, number];
  /** The window's own layout is being made; `layout` is the last one, moved to the window. */
  pending: boolean;
}

export function useWindowLayout(model: TimelineModel, opts: LayoutOptions): WindowLayout {
  // Slices when there is a layout of other options to stand in; only at the same width (the
  // map keeps the plot's range). The layout of these options, once made, is layoutFor's.
  const before = lastLayout(model);
  const stepped =
    model.events.length > STEPPED_LAYOUT_ABOVE &&
    before !== null &&
    !sameOptions(before.opts, opts) &&
    before.opts.range[0] === opts.range[0] &&
    before.opts.range[1] === opts.range[1];
  const steps = useMemo(
    () => (stepped ? layoutStepsFor(model, opts) : null),
    [stepped, model, opts],
  );
  const made = useStepped(steps, false, model);
  const now = useMemo(() => (stepped ? null : layoutFor(model, opts)), [stepped, model, opts]);
  // What stands in while the steps run: the layout last made when they began.
  const standIn = useMemo(() => (steps ? lastLayout(model) : null), [steps, model]);
  const moved = useMemo(
    () =>
      standIn &&
      shiftLayout(
        standIn.layout,
        pixelMap(standIn.opts.domain, opts.domain, opts.range),
        opts.range,
        { bands: true },
      ),
    [standIn, opts],
  );
  if (now) return { layout: now, laidFor: opts.domain, pending: false };
  if (made.value) return { layout: made.value.layout, laidFor: opts.domain, pending: false };
  return { layout: moved!, laidFor: standIn!.opts.domain, pending: true };
}
