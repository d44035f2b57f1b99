/**
 * Why the header says "18 of 19 events": which filters hide how many events. Pure.
 *
 * An event hidden by one rule alone is counted under that rule (clearing it would show the
 * event); an event that several rules hide is counted once, under "more than one filter",
 * so the parts add up to the number hidden. With `includePossible` off, an event whose
 * uncertain date only possibly falls in the window is told apart from one outside it.
 */
import { filterEvents, type FilterRule, type Filters } from './filter';
import type { DatasetIndex } from './indexes';

export type HiddenReason = FilterRule | 'possible' | 'several';

export interface CountBreakdown {
  shown: number;
  total: number;
  /** The reasons with a non-zero count, in a fixed order; the counts sum to total − shown. */
  hidden: { reason: HiddenReason; count: number }[];
}

const RULES: readonly FilterRule[] = ['window', 'actors', 'categories', 'text', 'place'];

function isSet(filters: Filters, rule: FilterRule): boolean {
  if (rule === 'actors') return filters.actors.length > 0;
  if (rule === 'categories') return filters.categories.length > 0;
  if (rule === 'text') return filters.text.trim() !== '';
  if (rule === 'place') return filters.bbox !== null;
  return filters.window !== null;
}

/** `shown`, when the caller already has it, saves one pass over the events. */
export function countBreakdown(
  index: DatasetIndex,
  filters: Filters,
  shown = filterEvents(index, filters).length,
): CountBreakdown {
  const total = index.events.length;
  const hidden: CountBreakdown['hidden'] = [];
  let explained = 0;
  const add = (reason: HiddenReason, count: number) => {
    if (count > 0) hidden.push({ reason, count });
    explained += count;
  };
  if (shown < total) {
    for (const rule of RULES) {
      if (!isSet(filters, rule)) continue;
      // Events that every rule but this one lets through: the ones it alone hides.
      const alone = filterEvents(index, filters, [rule]).length - shown;
      if (rule === 'window' && !filters.includePossible && alone > 0) {
        const possible = filterEvents(index, { ...filters, includePossible: true }).length - shown;
        add('window', alone - possible);
        add('possible', possible);
      } else add(rule, alone);
    }
    add('several', total - shown - explained);
  }
  return { shown, total, hidden };
}

const PHRASES: Record<HiddenReason, string> = {
  window: 'outside the time window',
  possible: 'only possibly in the time window',
  actors: 'hidden by the actor filter',
  categories: 'hidden by the category filter',
  text: 'not matching the search',
  place: 'outside the map area',
  several: 'hidden by more than one filter',
};

/** "1 outside the time window, 2 hidden by the actor filter" (empty when nothing is hidden). */
export function describeHidden(breakdown: CountBreakdown): string {
  return breakdown.hidden.map((h) => `${h.count} ${PHRASES[h.reason]}`).join(', ');
}
