/**
 * How an event's date is drawn: the shape of its mark, derived from its EDTF extent.
 *
 *  - a day-precise date (or a time) is a point, drawn at midday;
 *  - a month, season, year or any interval is a span over the period it names;
 *  - an approximate or uncertain end (`~`, `?`) has a soft edge reaching to the padded,
 *    possible end (softStart/softEnd);
 *  - an open end (`..`) reaches to ±Infinity: the view fades it out toward the axis edge.
 *
 * Pure: no scales, no pixels.
 */
import type { Extent } from '../../model/dates';

const HALF_DAY = 43_200_000;

export interface MarkTime {
  shape: 'point' | 'span';
  /** The period the date names (ms, UTC); ±Infinity for open ends. */
  start: number;
  end: number;
  /** The period it possibly covers: wider than start/end at fuzzy ends. */
  softStart: number;
  softEnd: number;
  openStart: boolean;
  openEnd: boolean;
  fuzzyStart: boolean;
  fuzzyEnd: boolean;
  /** One instant standing for the whole date: a point's midday, a span's finite middle. */
  anchor: number;
}

const isDayPrecise = (x: Extent) => x.precision === 'day' || x.precision === 'time';

/** The mark of an extent. */
export function markTime(x: Extent): MarkTime {
  const fuzzyStart = !x.openStart && (x.lower.approximate || x.lower.uncertain);
  const fuzzyEnd = !x.openEnd && (x.upper.approximate || x.upper.uncertain);
  const point = x.kind === 'point' && isDayPrecise(x);
  let anchor: number;
  if (point) anchor = x.precision === 'time' ? x.start : x.start + HALF_DAY;
  else if (Number.isFinite(x.start) && Number.isFinite(x.end)) anchor = (x.start + x.end) / 2;
  else if (Number.isFinite(x.start)) anchor = x.start;
  else anchor = x.end;
  return {
    shape: point ? 'point' : 'span',
    start: x.start,
    end: x.end,
    softStart: x.softStart,
    softEnd: x.softEnd,
    openStart: x.openStart,
    openEnd: x.openEnd,
    fuzzyStart,
    fuzzyEnd,
    anchor,
  };
}

/** The instant a mark's start, for ordering: open starts come first. */
export const sortKey = (t: MarkTime) => (t.shape === 'point' ? t.anchor : t.softStart);

/**
 * Whether the externally known date says something the mark does not: it differs from the
 * stated or resolved one (a day inside a stated month, or another period altogether).
 */
export function knownDiffers(when: Extent, known: Extent): boolean {
  return (
    when.start !== known.start ||
    when.end !== known.end ||
    when.softStart !== known.softStart ||
    when.softEnd !== known.softEnd
  );
}

/**
 * The instant a link between two actors is drawn at: a point's own instant; for a span, the
 * known date when it is finite and lies within what the text's date possibly covers (it is
 * the better estimate), else the span's anchor.
 */
export function linkTime(mark: MarkTime, known: MarkTime | null): number {
  if (
    mark.shape === 'span' &&
    known &&
    Number.isFinite(known.anchor) &&
    known.anchor >= mark.softStart &&
    known.anchor <= mark.softEnd
  ) {
    return known.anchor;
  }
  return mark.anchor;
}
