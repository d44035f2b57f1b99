/** The timeline's data: the events and relations that pass the filters (any window), in lanes. */
import { useMemo } from 'react';
import type { LaneGrouping } from '../../store/store';
import { eventsIgnoringWindow } from '../../store/selectors';
import { filterRelations, type Filters } from '../../query/filter';
import type { DatasetIndex } from '../../query/indexes';
import { buildModel } from '../../query/timeline/layout';

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

/** Ignores the window so panning keeps the model: only the layout follows the window. */
export function useTimelineModel(
  index: DatasetIndex,
  filters: Filters,
  grouping: LaneGrouping,
  collapse: boolean,
) {
  const base = useFiltersWithoutWindow(filters);
  const events = eventsIgnoringWindow(index, base);
  const relations = useMemo(
    () => (grouping === 'actor' ? filterRelations(index, base) : []),
    [index, base, grouping],
  );
  const model = useMemo(
    () => buildModel(index, events, relations, grouping, collapse, base.dates),
    [index, events, relations, grouping, collapse, base.dates],
  );
  return { events, model };
}
