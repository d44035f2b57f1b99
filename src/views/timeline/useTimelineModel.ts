/** The timeline's data: the events and relations that pass the filters (any window), in lanes. */
import { useMemo } from 'react';
import type { LaneGrouping } from '../../store/store';
import { eventsIgnoringWindow } from '../../store/selectors';
import { filterRelations, type Filters } from '../../query/filter';
import type { DatasetIndex } from '../../query/indexes';
import { buildModelSteps, type TimelineModel } from '../../query/timeline/model';
import type { LayoutOptions } from '../../query/timeline/layout';
import { layoutStepsFor } from './plotLayout';
import { overviewDataSteps } from '../../query/timeline/overviewData';
import type { Steps } from '../../query/steps';
import { STEPPED_ABOVE, useStepped } from '../useStepped';

/** The filters minus the window, with an identity that holds while only the window moves. */
function useFiltersWithoutWindow(filters: Filters): Filters {
  const { actors, includeSubActors, categories, text, includePossible, dates, bbox } = filters;
  return useMemo(
    () => ({
      actors,
      includeSubActors,
      categories,
      text,
      includePossible,
      dates,
      bbox,
      window: null,
    }),
    [actors, includeSubActors, categories, text, includePossible, dates, bbox],
  );
}

export interface BuiltModel {
  /** The events that pass the filters (any window), in time order: the model's own. */
  events: Uint32Array;
  /** Null until the first model of this dataset is built. */
  model: TimelineModel | null;
  /** A newer model is being built (the one shown is the last of this dataset). */
  pending: boolean;
  /** How many events the model being built is for (what the filters now pass). */
  coming: number;
}

/**
 * Steps whose result keeps the events it was made for (a stale model shows with its own).
 * Given `ahead`, they also lay the model out for the options it gives then, if any, and
 * make its overview data: the first draw of a big model then has neither to do in its
 * one task (plotLayout.ts, overviewData.ts).
 */
function* withEvents(
  events: Uint32Array,
  steps: Steps<TimelineModel>,
  ahead: ((model: TimelineModel) => LayoutOptions | null) | null,
) {
  const model = yield* steps;
  if (ahead) {
    const opts = ahead(model);
    if (opts) yield* layoutStepsFor(model, opts);
    yield* overviewDataSteps(model);
  }
  return { events, model };
}

/**
 * Ignores the window so panning keeps the model: only the layout follows the window. A big
 * filtered set is modelled in slices (views/useStepped.ts), so the page answers input
 * meanwhile; until then the last model of the same dataset stays, with its own events.
 */
export function useTimelineModel(
  index: DatasetIndex,
  filters: Filters,
  grouping: LaneGrouping,
  collapse: boolean,
  /** The options the plot will lay a big model out with, read once the model is built. */
  ahead: ((model: TimelineModel) => LayoutOptions | null) | null = null,
): BuiltModel {
  const base = useFiltersWithoutWindow(filters);
  const events = eventsIgnoringWindow(index, base);
  const relations = useMemo(
    () => (grouping === 'actor' ? filterRelations(index, base) : []),
    [index, base, grouping],
  );
  const atOnce = events.length <= STEPPED_ABOVE;
  const steps = useMemo(
    () =>
      withEvents(
        events,
        buildModelSteps(index, events, relations, grouping, collapse, base.dates),
        atOnce ? null : ahead,
      ),
    [index, events, relations, grouping, collapse, base.dates, atOnce, ahead],
  );
  const built = useStepped(steps, atOnce, index);
  const coming = events.length;
  if (built.value) return { events, model: built.value.model, pending: false, coming };
  const stale = built.latest;
  if (stale) return { events: stale.events, model: stale.model, pending: true, coming };
  return { events, model: null, pending: true, coming };
}
