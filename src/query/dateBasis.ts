/**
 * The date basis: which of an event's dates the views use for placing, filtering, sorting
 * and counting it. One rule, here, for every view.
 *
 *  - `best` (best known, the default): the event's `known` date when it has one (cited,
 *    from outside the text) that parses, else its own `when`.
 *  - `text` (as the text says): always `when`, the date as stated or resolved from the text.
 *
 * The text's own date is never lost: the views show it beside the known one.
 */
import type { Event } from '../model/schema';
import { extentOf, type Extent } from '../model/dates';

export const DATE_BASES = ['best', 'text'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export interface BasisDate {
  /** The extent the views use. */
  extent: Extent;
  /** It is the `known` date, from outside the text. */
  known: boolean;
}

/** An event's known date as an extent, or null when it has none or it does not parse. */
export function knownExtent(event: Event): Extent | null {
  if (!event.known) return null;
  try {
    return extentOf(event.known.edtf);
  } catch {
    return null; // the validator reports it; the views fall back to the text's date
  }
}

/** The date an event is placed by under a basis (the rule above). `when` must parse. */
export function basisDate(event: Event, basis: DateBasis): BasisDate {
  if (basis === 'best') {
    const k = knownExtent(event);
    if (k) return { extent: k, known: true };
  }
  return { extent: extentOf(event.when.edtf), known: false };
}
