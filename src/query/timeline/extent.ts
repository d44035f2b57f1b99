/**
 * How an event's date is drawn: the shape of its mark, derived from its EDTF extent.
 *
 *  - a day-precise date (or a time) is a point, drawn at midday;
 *  - a month, season, year or any interval is a span over the period it names;
 *  - an approximate or uncertain end (`~`, `?`) has a soft edge reaching to the padded,
 *    possible end (softStart/softEnd);
 *  - an open end (`..`) reaches to ±Infinity: the view draws it a short way out from its
 *    finite end (the core: that endpoint's own period) and fades it out there, with an arrow.
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
  /**
   * The finite part: start/end, except that an open end is replaced by the other end's own
   * period ("until May 2022": 1–31 May 2022). Both ±Infinity when both ends are open.
   */
  coreStart: number;
  coreEnd: number;
  openStart: boolean;
  openEnd: boolean;
  fuzzyStart: boolean;
  fuzzyEnd: boolean;
  /**
   * The instant a point stands for (its midday, or its time). A span has no such instant:
   * it is its finite start, used only to order marks, never to place one.
   */
  anchor: number;
}

const isDayPrecise = (x: Extent) => x.precision === 'day' || x.precision === 'time';

/** The mark of an extent. */
export function markTime(x: Extent): MarkTime {
  const fuzzyStart = !x.openStart && (x.lower.approximate || x.lower.uncertain);
  const fuzzyEnd = !x.openEnd && (x.upper.approximate || x.upper.uncertain);
  const point = x.kind === 'point' && isDayPrecise(x);
  const coreStart = x.openStart ? x.upper.min : x.start;
  const coreEnd = x.openEnd ? x.lower.max : x.end;
  let anchor: number;
  if (point) anchor = x.precision === 'time' ? x.start : x.start + HALF_DAY;
  else anchor = Number.isFinite(coreStart) ? coreStart : coreEnd;
  return {
    shape: point ? 'point' : 'span',
    start: x.start,
    end: x.end,
    softStart: x.softStart,
    softEnd: x.softEnd,
    coreStart,
    coreEnd,
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
