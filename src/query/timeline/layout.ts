/**
 * The timeline layout: one code path from events to geometry, for the SVG marks, the canvas
 * marks, the tests and the benchmark alike.
 *
 *   buildModel   (model.ts; zoom-independent, once per dataset/filters/grouping/date basis): each
 *                event's mark time under the basis, its other date (the known one as a tick
 *                or bracket, or the text's as a whisker); lanes; each lane's items in order.
 *   layoutTimeline (each window): pixels for the items in view, visiting only those the
 *                model's reach index (reach.ts) finds near the window, in arrays shared
 *                by every layout (Scratch); per lane, first-fit stacking with room for
 *                labels, else without, else merging crowded time bins into density
 *                cells; then lane heights, rows, links and relation bands.
 *
 * Links do not take rows: where an event's link meets the other lane, it ends at that lane's
 * edge (the top edge for a link from above, the bottom for one from below), in a thin strip.
 * A link is a line only when the date is a day; otherwise it is a band over the whole extent
 * the date possibly covers (place.ts). Density cells hold every merged event whose drawn
 * extent overlaps them, and know the true range of the dates they hold.
 */
import type { Relation } from '../../model/schema';
import type { DateBasis } from '../dateBasis';
import type { MarkTime } from './extent';
import { linkSpan, place as placeDate, type Placed } from './place';
import type { Lane } from './lanes';
import type { TimelineModel } from './model';
import { stackRows, type Interval } from './stack';
import { isIdle, laneHeight, LANE_METRICS, orderLanes, positionsOf } from './laneOrder';
import { groupBands } from './bands';
import { binOf, binWidth } from './aggregate';
import type { BarEnds } from './segments';
import { inOrder, REACH_PX, reaching } from './reach';
import { runSteps, STEP_EVENTS, type Steps } from '../steps';

export { buildModel, type TimelineModel } from './model';

export interface LayoutOptions {
  domain: readonly [number, number];
  /** The plot's pixel range [left, right]. */
  range: readonly [number, number];
  rowHeight?: number;
  /** Rows a lane may use before it merges marks into density cells. */
  maxRows?: number;
  /** Reserve room for labels when the rows allow it. */
  labels?: boolean;
  /** Draw no links when more than this many are in view (they would hide the marks). */
  maxLinks?: number;
  /** Estimated label width (px) of an event, by position; default ~6 px a character. */
  labelWidth?: (k: number) => number;
  /** Lane order: by activity in the window within the tree (default), or the tree's own. */
  order?: 'activity' | 'tree';
}

/** One event's mark: its bar ends (see segments.ts) plus row, label, link and known date. */
export interface MarkLayout extends BarEnds {
  /** Position in the model. */
  k: number;
  /** Index into index.events. */
  event: number;
  lane: number;
  row: number;
  /** The row's vertical centre. */
  y: number;
  shape: 'point' | 'span';
  /** A point's x (its anchor); a span's middle. */
  cx: number;
  labelX: number;
  /** Pixels free for the label before the next mark in the row (≤ 0: no label). */
  labelRoom: number;
  /**
   * Where the link meets the other lane, when the event ties two lanes: at x0 = x1 for a
   * day, else over [x0, x1], the extent the date possibly covers in view.
   */
  link: { x0: number; x1: number; lane: number; y: number } | null;
  /** The mark's own date is the known one, from outside the text. */
  fromKnown: boolean;
  /** The known date: a tick (a day) or a bracket over its solid part. */
  known: { x0: number; x1: number; point: boolean } | null;
  /** The text's own date behind a mark placed by a known date: a thin whisker. */
  whisker: BarEnds | null;
}

export interface CellLayout {
  lane: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** The bin's time range. */
  t0: number;
  t1: number;
  /**
   * Event indexes (into index.events) merged into cells whose drawn extent overlaps this
   * one: an event spanning several cells is counted in each.
   */
  events: number[];
  /** The true range of the dates the cell holds (finite start and end; ±Infinity if open). */
  from: number;
  to: number;
  /**
   * Events whose drawn extent covers the whole window, folded into one band of the lane:
   * several bars running edge to edge say nothing about when, only that they last.
   */
  spans?: boolean;
}

export interface LaneLayout {
  lane: Lane;
  y: number;
  height: number;
  rowsTop: number;
  rows: number;
  /** Whether some of its marks merged into density cells at this zoom. */
  crowded: boolean;
  /** Nothing of the lane is in view: it is folded to a thin line (still named). */
  folded: boolean;
  /** Its index in the model's lanes (the layout's lanes are in display order). */
  modelLane: number;
  relationsTop: number;
  /** Where links from lanes above and below end (the lane's top and bottom strips). */
  linkTop: number | null;
  linkBottom: number | null;
}

export interface BandLayout {
  /** The relations folded into this stripe (those of the lane with the same dates). */
  relations: Relation[];
  lane: number;
  y: number;
  x0: number;
  x1: number;
  openStart: boolean;
  openEnd: boolean;
  fuzzyStart: boolean;
  fuzzyEnd: boolean;
  s0: number;
  s1: number;
}

export interface TimelineLayout {
  /** The date basis the marks follow. */
  basis: DateBasis;
  lanes: LaneLayout[];
  marks: MarkLayout[];
  cells: CellLayout[];
  bands: BandLayout[];
  height: number;
  /** Marks and cells drawn: what decides between SVG and canvas. */
  drawn: number;
  binMs: number;
  rowHeight: number;
  /** Links in view, and whether they are drawn (not when there are more than maxLinks). */
  links: number;
  linksShown: boolean;
}

export const POINT_RADIUS = 5;
/** Pixels beyond the plot's edges where far times are clamped (shiftLayout reads them). */
export const CLAMP_MARGIN = 60;
export const LINK_RADIUS = 3.5;
const GAP = 3;
const LANE_PAD = LANE_METRICS.pad;
const BAND_STEP = LANE_METRICS.band;
const LINK_STRIP = LANE_METRICS.linkStrip;
/** Events covering the whole window fold into one band when a lane has at least this many. */
const SPAN_FOLD = 2;

const defaultLabelWidth = (title: string) => Math.min(170, 6 * title.length);

/** A lane's density cell before its geometry: its bin, its events and their dates' range. */
interface BinCell {
  bin: number;
  events: number[];
  from: number;
  to: number;
}

/**
 * Per-event arrays (by position k) a layout works in, shared by every layout of every
 * model and grown to the largest model laid out: allocating a dozen arrays the length of
 * every event on each call cost more than laying out a zoomed-in window, and once per model
 * (each filter change) about as much as a first layout of the whole extent. No output
 * depends on what an earlier call left, for this model or another: a layout reads an entry
 * only for an item it found in view this call, after writing it (rowOf is reset to -1 for
 * each such item; the stacker writes each item it is given), and leaves `mask` all zeros.
 * Only the label widths, read from the model's titles, are kept per model.
 */
interface Scratch {
  ix0: Float64Array;
  ix1: Float64Array;
  ix1L: Float64Array;
  labelX: Float64Array;
  labelRoom: Float64Array;
  ps0: Float64Array;
  ps1: Float64Array;
  px0: Float64Array;
  px1: Float64Array;
  rowOf: Int32Array;
  stacked: Int32Array;
  binOf: Int32Array;
  /** A lane's candidates in view (positions in its list), from its reach index. */
  found: Int32Array;
  /** Every event found in view, all lanes. */
  inView: Int32Array;
  /** All zeros between uses (reach.ts's inOrder). */
  mask: Uint8Array;
  /**
   * The default label widths, from the titles (which do not change with the model): read
   * from a string each call, they cost a cache miss per event in view.
   */
  labelWidth: Float64Array;
}
let shared: Omit<Scratch, 'labelWidth'> | null = null;
const labelWidthOf = new WeakMap<TimelineModel, Float64Array>();

function newScratch(n: number): Omit<Scratch, 'labelWidth'> {
  const f = () => new Float64Array(n);
  const i = () => new Int32Array(n);
  return {
    ix0: f(),
    ix1: f(),
    ix1L: f(),
    labelX: f(),
    labelRoom: f(),
    ps0: f(),
    ps1: f(),
    px0: f(),
    px1: f(),
    rowOf: i(),
    stacked: i(),
    binOf: i(),
    found: i(),
    inView: i(),
    mask: new Uint8Array(n),
  };
}

function labelWidthsOf(model: TimelineModel): Float64Array {
  const n = model.events.length;
  let labelWidth = labelWidthOf.get(model);
  if (!labelWidth || labelWidth.length !== n) {
    labelWidth = labelWidths(model.titles);
    labelWidthOf.set(model, labelWidth);
  }
  return labelWidth;
}

function scratchFor(model: TimelineModel): Scratch {
  const n = model.events.length;
  if (!shared || shared.rowOf.length < n) shared = newScratch(n);
  return { ...shared, labelWidth: labelWidthsOf(model) };
}

function labelWidths(titles: readonly string[]): Float64Array {
  const out = new Float64Array(titles.length);
  for (let k = 0; k < titles.length; k++) out[k] = defaultLabelWidth(titles[k]!);
  return out;
}

/** Lays the model out for a domain and a pixel range. */
export function layoutTimeline(model: TimelineModel, opts: LayoutOptions): TimelineLayout {
  return runSteps(layoutSteps(model, opts, scratchFor(model)));
}

/**
 * layoutTimeline as steps (query/steps.ts), yielding every few thousand events placed,
 * stacked or turned into marks: a big model's first layout, over its whole extent, is laid
 * out a slice at a time. Its arrays are its own (made at the first step), so layouts run
 * between its steps (a gesture over the last model) cannot disturb it; same output.
 */
export function* layoutTimelineSteps(
  model: TimelineModel,
  opts: LayoutOptions,
): Steps<TimelineLayout> {
  const buf = { ...newScratch(model.events.length), labelWidth: labelWidthsOf(model) };
  return yield* layoutSteps(model, opts, buf);
}

function* layoutSteps(
  model: TimelineModel,
  opts: LayoutOptions,
  buf: Scratch,
): Steps<TimelineLayout> {
  // Work done since the last yield, in events handled (placed, stacked, merged, marked).
  let work = 0;
  const rowHeight = opts.rowHeight ?? 14;
  const maxRows = opts.maxRows ?? 6;
  const labelWidth = opts.labelWidth ?? ((k: number) => buf.labelWidth[k]!);
  const [d0, d1] = opts.domain;
  const [L, R] = opts.range;
  const msPerPx = (d1 - d0) / Math.max(1, R - L);
  const binMs = binWidth(msPerPx);
  const lo = L - CLAMP_MARGIN;
  const hi = R + CLAMP_MARGIN;
  const X = (t: number) => {
    if (t === -Infinity) return L - 1;
    if (t === Infinity) return R + 1;
    const x = L + (t - d0) / msPerPx;
    return x < lo ? lo : x > hi ? hi : x;
  };
  const { times, assignment } = model;
  const n = model.events.length;

  // Geometry of each event's mark, by position k; only marks in view are filled (Scratch).
  // The stacker's output (stacked) is shared by every lane and try. Each mark's placement
  // (place.ts): drawn extent ps0/ps1 and solid part px0/px1.
  const { ix0, ix1, ix1L, rowOf, stacked } = buf;
  const { inView: seen, mask } = buf;
  const binOf_ = buf.binOf;
  let nSeen = 0;
  // Each lane visits only the items its reach index finds near the window (reach.ts), in
  // list order; without a usable scale (an empty or reversed window) it visits them all.
  const indexed = msPerPx > 0 && Number.isFinite(msPerPx) && Number.isFinite(d0);
  const reachMs = REACH_PX * msPerPx;

  const b0 = binOf(d0, binMs);
  const nBins = binOf(d1, binMs) - b0 + 1;
  const binCount = new Int32Array(nBins);
  const cellMask = new Uint8Array(nBins);
  const frame: Frame = { L, R, d0, d1, msPerPx, binMs, b0, nBins, X, indexed, reachMs, nSeen };

  const laneRows: number[] = [];
  const laneCrowded: boolean[] = [];
  const laneCells: BinCell[][] = [];
  // Per bin of the current lane: its cell's events and the range of their dates.
  const binEvents: (number[] | undefined)[] = new Array(nBins);
  const binFrom = new Float64Array(nBins);
  const binTo = new Float64Array(nBins);
  const laneSpans: number[][] = [];
  const activity = new Float64Array(model.byLane.length);

  for (let lane = 0; lane < model.byLane.length; lane++) {
    // One pass over the lane's items near the window (its own function: a small hot loop
    // that the engine optimises early, where a loop in this long function ran unoptimised
    // for much of a first call, boxing every number it computed).
    const placed = startLane(model, buf, frame, lane, binCount);
    for (let i = 0; i < placed.m; i += STEP_EVENTS) {
      const to = Math.min(placed.m, i + STEP_EVENTS);
      placeItems(model, buf, frame, placed, i, to, labelWidth, binCount, activity);
      if ((work += to - i) >= STEP_EVENTS) {
        work = 0;
        yield;
      }
    }
    nSeen = frame.nSeen;
    const inView = placed.inView;
    let peak = placed.peak;
    let spanning = placed.spanning;
    // Activity: its own marks in view (placeLane counted the links arriving elsewhere).
    activity[lane] = activity[lane]! + inView.length;
    // Several bars that each run past both edges of the window fold into one band: they
    // leave the lane's marks and its bins.
    if (spanning.length >= SPAN_FOLD) {
      for (const k of spanning) binCount[binOf_[k]!]!--;
      peak = 0;
      for (let b = 0; b < nBins; b++) if (binCount[b]! > peak) peak = binCount[b]!;
      // Marked for the compaction (each is in view, so was reset to -1 when placed).
      for (const k of spanning) rowOf[k] = -2;
      let j = 0;
      for (const k of inView) if (rowOf[k] !== -2) inView[j++] = k;
      inView.length = j;
      for (const k of spanning) rowOf[k] = -1;
    } else spanning = [];
    laneSpans.push(spanning);

    let rows = 0;
    let crowded = false;
    let cells: BinCell[] = [];
    let blockers: Interval[] = [];
    const place = (res: ReturnType<typeof stackRows>, order: number[]) => {
      for (const k of order) rowOf[k] = res.rows[k]!;
      rows = res.rowCount;
    };
    // A bin holding twice the rows is crowded whatever the widths: skip the stacking tries.
    let done = false;
    if (peak <= 2 * maxRows && opts.labels !== false) {
      const res = stackRows(ix0, ix1L, inView, maxRows, GAP, [], stacked);
      if (res.overflow.length === 0) {
        place(res, inView);
        done = true;
      }
    }
    if (!done && peak <= 2 * maxRows) {
      const res = stackRows(ix0, ix1, inView, maxRows, GAP, [], stacked);
      if (res.overflow.length === 0) {
        place(res, inView);
        done = true;
      }
    }
    if (!done) {
      // Crowded: merge time bins into cells until the rest fits.
      crowded = true;
      cellMask.fill(0, 0, nBins);
      // Very crowded lanes start from every shared bin; the rest from the overfull ones.
      const capacity = peak > 2 * maxRows ? 1 : maxRows;
      for (let b = 0; b < nBins; b++) if (binCount[b]! > capacity) cellMask[b] = 1;
      let rest: number[];
      for (let round = 0; ; round++) {
        blockers = mergeBlockers(cellMask, nBins, b0, binMs, X);
        rest = inView.filter((k) => cellMask[binOf_[k]!] === 0);
        const res = stackRows(ix0, ix1, rest, maxRows, GAP, blockers, stacked);
        for (const k of res.overflow) cellMask[binOf_[k]!] = 1;
        if (res.overflow.length === 0 || round >= 12) {
          for (const k of inView) rowOf[k] = -1;
          place(res, rest);
          for (const k of res.overflow) rowOf[k] = -1;
          break;
        }
      }
      blockers = mergeBlockers(cellMask, nBins, b0, binMs, X);
      cells = mergedCells(model, buf, frame, inView, cellMask, binEvents, binFrom, binTo);
      rows = Math.max(rows, 2);
    }

    labelRooms(buf, inView, blockers, R);
    if ((work += inView.length) >= STEP_EVENTS) {
      work = 0;
      yield;
    }

    laneRows.push(rows + (spanning.length ? 1 : 0));
    laneCrowded.push(crowded);
    laneCells.push(cells);
  }

  // Display order: by activity in the window within the tree, unless asked for the tree's.
  const nLanes = assignment.lanes.length;
  const order =
    opts.order === 'tree'
      ? assignment.lanes.map((_, i) => i)
      : orderLanes(assignment.lanes, activity);
  const pos = positionsOf(order);

  // Links in view: which lanes need a strip for links arriving from above or below.
  const fromAbove = new Uint8Array(nLanes);
  const fromBelow = new Uint8Array(nLanes);
  // The events in view, in model order (marks come in that order); the rest have no row.
  inOrder(seen, nSeen, mask, n);
  const shown = seen.subarray(0, nSeen);
  // Each placed event's link in view (a day's line or a span's band), or null; by index
  // into `shown`.
  const linkAt: ({ x0: number; x1: number } | null)[] = new Array(nSeen).fill(null);
  const links = linksInView(model, buf, shown, L, R, linkAt);
  const linksShown = links <= (opts.maxLinks ?? Infinity);
  if (linksShown) linkStrips(model.assignment, shown, linkAt, pos, fromAbove, fromBelow);

  // Relation stripes: one line per lane; relations with the same dates share a segment on
  // it (bands.ts), the rest lie on the same line at their own dates.
  const bandGroups = groupBands(assignment.relations, model.relationTimes, nLanes);

  // Vertical layout, in display order; `byModel` finds a model lane's layout.
  const lanes: LaneLayout[] = [];
  const byModel: LaneLayout[] = new Array(nLanes);
  let y = 0;
  for (const lane of order) {
    const box = {
      rows: laneRows[lane]!,
      bands: bandGroups[lane]!.length ? 1 : 0,
      linkTop: fromAbove[lane] === 1,
      linkBottom: fromBelow[lane] === 1,
    };
    const folded = isIdle(box);
    const height = laneHeight(box, rowHeight);
    const top = box.linkTop ? LINK_STRIP : 0;
    const rowsTop = y + top + LANE_PAD;
    const l: LaneLayout = {
      lane: assignment.lanes[lane]!,
      modelLane: lane,
      y,
      height,
      rowsTop,
      rows: box.rows,
      crowded: laneCrowded[lane]!,
      folded,
      relationsTop: folded ? y + height / 2 - BAND_STEP / 2 : rowsTop + box.rows * rowHeight,
      linkTop: box.linkTop ? y + LINK_STRIP / 2 + 1 : null,
      linkBottom: box.linkBottom ? y + height - LINK_STRIP / 2 - 1 : null,
    };
    lanes.push(l);
    byModel[lane] = l;
    y += height;
  }
  const marks: MarkLayout[] = [];
  const marking: Marking = { model, buf, shown, linkAt, linksShown, byModel, pos, X, rowHeight };
  for (let i = 0; i < nSeen; i += STEP_EVENTS) {
    yield;
    pushMarks(marking, i, Math.min(nSeen, i + STEP_EVENTS), marks);
  }

  // A cell of the given items (positions): their events and the range of their dates.
  const cellOfItems = (items: number[]): BinCell => {
    let from = Infinity;
    let to = -Infinity;
    for (const k of items) {
      from = Math.min(from, times[k]!.start);
      to = Math.max(to, times[k]!.end);
    }
    return { bin: 0, events: items.map((k) => model.events[k]!), from, to };
  };
  const cells: CellLayout[] = [];
  const cellOf = (lane: number, c: BinCell, t0: number, t1: number, y0: number) => {
    const cell: CellLayout = {
      lane: pos[lane]!,
      x0: X(t0),
      x1: X(t1),
      y0,
      y1: y0,
      t0,
      t1,
      events: c.events,
      from: c.from,
      to: c.to,
    };
    return cell;
  };
  for (let lane = 0; lane < nLanes; lane++) {
    const l = byModel[lane]!;
    const spans = laneSpans[lane]!;
    // The folded spans take the lane's last row; density cells the rows above it.
    const markRows = l.rows - (spans.length ? 1 : 0);
    for (const bc of laneCells[lane]!) {
      const c = cellOf(lane, bc, bc.bin * binMs, (bc.bin + 1) * binMs, l.rowsTop);
      c.y1 = l.rowsTop + markRows * rowHeight;
      cells.push(c);
    }
    if (spans.length) {
      const c = cellOf(lane, cellOfItems(spans), d0, d1, l.rowsTop + markRows * rowHeight + 1);
      c.y1 = c.y0 + rowHeight - 2;
      c.spans = true;
      cells.push(c);
    }
  }

  const bands: BandLayout[] = [];
  bandGroups.forEach((groups, lane) => {
    groups.forEach((g) => {
      const t = g.time;
      const s0 = X(t.softStart);
      const s1 = X(t.softEnd);
      if (s1 < L || s0 > R) return;
      bands.push({
        relations: g.relations,
        lane: pos[lane]!,
        y: byModel[lane]!.relationsTop + BAND_STEP / 2,
        x0: X(t.start),
        x1: X(t.end),
        s0,
        s1,
        openStart: t.openStart,
        openEnd: t.openEnd,
        fuzzyStart: t.fuzzyStart,
        fuzzyEnd: t.fuzzyEnd,
      });
    });
  });
  return {
    basis: model.basis,
    lanes,
    marks,
    cells,
    bands,
    height: y,
    drawn: marks.length + cells.length,
    binMs,
    rowHeight,
    links,
    linksShown,
  };
}

/** What turning placed items into marks reads (a layout's state after the lanes are laid). */
interface Marking {
  model: TimelineModel;
  buf: Scratch;
  /** The events in view, in model order. */
  shown: Int32Array;
  linkAt: readonly ({ x0: number; x1: number } | null)[];
  linksShown: boolean;
  /** Each model lane's layout. */
  byModel: readonly LaneLayout[];
  /** Each model lane's display position. */
  pos: ArrayLike<number>;
  X: (t: number) => number;
  rowHeight: number;
}

/**
 * The marks of shown[from, to) that have a row, pushed to `marks`: a hot loop in a function
 * of its own (see placeItems), not in the layout's generator.
 */
function pushMarks(f: Marking, from: number, to: number, marks: MarkLayout[]): void {
  const { model, shown, linkAt, byModel, pos, X, rowHeight } = f;
  const { times, known, whisker, assignment } = model;
  const { rowOf, labelX, labelRoom, ps0, ps1, px0, px1 } = f.buf;
  for (let i = from; i < to; i++) {
    const k = shown[i]!;
    const row = rowOf[k]!;
    if (row < 0) continue;
    const t = times[k]!;
    const lane = assignment.from[k]!;
    const other = assignment.to[k]!;
    const kt = known[k];
    const wt = whisker[k];
    const p: Placed = {
      s0: ps0[k]!,
      s1: ps1[k]!,
      x0: px0[k]!,
      x1: px1[k]!,
      point: t.shape === 'point',
    };
    const { x0, x1 } = p;
    let link: MarkLayout['link'] = null;
    if (f.linksShown && linkAt[i] !== null) {
      const target = byModel[other]!;
      const ly = pos[other]! > pos[lane]! ? target.linkTop! : target.linkBottom!;
      link = { ...linkAt[i]!, lane: pos[other]!, y: ly };
    }
    const kp = kt ? placeDate(kt, X) : null;
    const wp = wt ? placeDate(wt, X) : null;
    marks.push({
      k,
      event: model.events[k]!,
      lane: pos[lane]!,
      row,
      y: byModel[lane]!.rowsTop + row * rowHeight + rowHeight / 2,
      shape: t.shape,
      cx: (x0 + x1) / 2,
      x0,
      x1,
      s0: t.fuzzyStart ? p.s0 : x0,
      s1: t.fuzzyEnd ? p.s1 : x1,
      openStart: t.openStart,
      openEnd: t.openEnd,
      fuzzyStart: t.fuzzyStart,
      fuzzyEnd: t.fuzzyEnd,
      labelX: labelX[k]!,
      labelRoom: labelRoom[k]!,
      link,
      fromKnown: model.fromKnown[k] === 1,
      known: kp ? { x0: kp.x0, x1: kp.x1, point: kp.point } : null,
      whisker:
        wp && wt
          ? {
              x0: wp.x0,
              x1: wp.x1,
              s0: wp.s0,
              s1: wp.s1,
              openStart: wt.openStart,
              openEnd: wt.openEnd,
              fuzzyStart: wt.fuzzyStart,
              fuzzyEnd: wt.fuzzyEnd,
            }
          : null,
    });
  }
}

/** What a layout's per-lane passes share: the window, its scale and bins, and a counter. */
interface Frame {
  L: number;
  R: number;
  d0: number;
  d1: number;
  msPerPx: number;
  binMs: number;
  /** The first bin in view, and how many there are. */
  b0: number;
  nBins: number;
  X: (t: number) => number;
  /** Whether the lanes' reach indexes can be asked (a usable scale). */
  indexed: boolean;
  reachMs: number;
  /** Events found in view so far, all lanes (buf.inView). */
  nSeen: number;
}

// The time a drawn extent covers: its possible dates, or for an open end, as far as the
// reach is drawn (the pixel of its faded end, read back as a time).
const spanFrom = (t: MarkTime, s0: number, f: Frame) =>
  Number.isFinite(t.softStart) ? t.softStart : f.d0 + (s0 - f.L) * f.msPerPx;
const spanTo = (t: MarkTime, s1: number, f: Frame) =>
  Number.isFinite(t.softEnd) ? t.softEnd : f.d0 + (s1 - f.L) * f.msPerPx;

const placedScratch: Placed = { s0: 0, s1: 0, x0: 0, x1: 0, point: false };

/** One lane's placing so far: its candidates (found, or the whole list) and the results. */
interface LanePlacing {
  list: Int32Array;
  /** Candidates: the first m of buf.found, or the whole list when not indexed. */
  m: number;
  inView: number[];
  spanning: number[];
  peak: number;
}

/** Starts a lane: finds its candidates near the window and zeroes the bin counts. */
function startLane(
  model: TimelineModel,
  buf: Scratch,
  f: Frame,
  lane: number,
  binCount: Int32Array,
): LanePlacing {
  const list = model.byLane[lane]!;
  binCount.fill(0, 0, f.nBins);
  const m = f.indexed
    ? reaching(model.reach[lane]!, f.d0 - f.reachMs, f.d1 + f.reachMs, buf.found, buf.mask)
    : list.length;
  return { list, m, inView: [], spanning: [], peak: 0 };
}

/**
 * Places the candidates [from, to) of a lane that are in view: their geometry in `buf`, by
 * position k. Also counts them in the activity (their links' lanes; the lane's own count is
 * left to the caller) and their bins in `binCount`, and lists the bars running past both
 * edges. Adds to the lane's items in view (in list order), those bars and its fullest bin.
 */
function placeItems(
  model: TimelineModel,
  buf: Scratch,
  f: Frame,
  acc: LanePlacing,
  from: number,
  to: number,
  labelWidth: (k: number) => number,
  binCount: Int32Array,
  activity: Float64Array,
): void {
  const { times, known, whisker, assignment } = model;
  const { ix0, ix1, ix1L, rowOf, labelX, ps0, ps1, px0, px1, found } = buf;
  const seen = buf.inView;
  const binOf_ = buf.binOf;
  const { L, R, d0, d1, X, binMs, b0 } = f;
  const { list, inView, spanning } = acc;
  let peak = acc.peak;
  let nSeen = f.nSeen;
  for (let i = from; i < to; i++) {
    const k = list[f.indexed ? found[i]! : i]!;
    const t = times[k]!;
    const p = placeDate(t, X, placedScratch);
    let a: number;
    let z: number;
    let lx: number;
    if (p.point) {
      a = Math.min(p.x0 - POINT_RADIUS, p.s0);
      z = Math.max(p.x0 + POINT_RADIUS, p.s1);
      lx = p.x0 + POINT_RADIUS + 3;
    } else {
      a = p.s0;
      z = p.s1;
      lx = Math.max(p.x0, L) + (t.openStart ? 11 : 4);
    }
    if (z < L || a > R) continue;
    rowOf[k] = -1;
    seen[nSeen++] = k;
    // A point bins by its instant; a span by where it starts in view (never its middle),
    // clamped to the view.
    const s0 = p.s0;
    const s1 = p.s1;
    const at = Math.min(d1, Math.max(d0, p.point ? t.anchor : spanFrom(t, s0, f)));
    ps0[k] = s0;
    ps1[k] = s1;
    px0[k] = p.x0;
    px1[k] = p.x1;
    // The other date (a known tick or bracket, or the text's whisker) shares the row.
    const other = known[k] ?? whisker[k];
    if (other) {
      const q = placeDate(other, X, placedScratch);
      a = Math.min(a, q.s0);
      z = Math.max(z, q.s1);
    }
    ix0[k] = a;
    ix1[k] = z;
    labelX[k] = lx;
    ix1L[k] = Math.max(z, lx + labelWidth(k) + 4);
    inView.push(k);
    // Activity: the links that arrive in another lane.
    const to = assignment.to[k]!;
    if (to >= 0) activity[to] = activity[to]! + 1;
    if (s0 <= L && s1 >= R) spanning.push(k);
    // Bins of this lane's marks in view (instants are clamped to the view: bins b0…).
    const b = binOf(at, binMs) - b0;
    binOf_[k] = b;
    if (++binCount[b]! > peak) peak = binCount[b]!;
  }
  f.nSeen = nSeen;
  acc.peak = peak;
}

/**
 * The density cells of a crowded lane: each merged item (row -1) counts in every cell bin
 * (cellMask) its extent overlaps, its own bin included. Kept by bin (bins are few), with
 * the range of the dates as they come; the cells in bin order.
 */
function mergedCells(
  model: TimelineModel,
  buf: Scratch,
  f: Frame,
  inView: readonly number[],
  cellMask: Uint8Array,
  binEvents: (number[] | undefined)[],
  binFrom: Float64Array,
  binTo: Float64Array,
): BinCell[] {
  const { times, events } = model;
  const { rowOf, ps0, ps1 } = buf;
  const binOf_ = buf.binOf;
  const { d0, d1, binMs, b0, nBins } = f;
  binEvents.fill(undefined, 0, nBins);
  const binAt = (t: number) =>
    Math.min(nBins - 1, Math.max(0, binOf(Math.min(d1, Math.max(d0, t)), binMs) - b0));
  for (let i = 0; i < inView.length; i++) {
    const k = inView[i]!;
    if (rowOf[k] !== -1) continue;
    const own = binOf_[k]!;
    const t = times[k]!;
    const first = Math.min(own, binAt(spanFrom(t, ps0[k]!, f)));
    const last = Math.max(own, binAt(spanTo(t, ps1[k]!, f)));
    const event = events[k]!;
    for (let b = first; b <= last; b++) {
      if (cellMask[b] !== 1) continue;
      const list = binEvents[b];
      if (list) {
        list.push(event);
        binFrom[b] = Math.min(binFrom[b]!, t.start);
        binTo[b] = Math.max(binTo[b]!, t.end);
      } else {
        binEvents[b] = [event];
        binFrom[b] = Math.min(Infinity, t.start);
        binTo[b] = Math.max(-Infinity, t.end);
      }
    }
  }
  const cells: BinCell[] = [];
  for (let b = 0; b < nBins; b++) {
    const list = binEvents[b];
    if (list) cells.push({ bin: b + b0, events: list, from: binFrom[b]!, to: binTo[b]! });
  }
  return cells;
}

/** Label room: up to the next mark in the row, or the next cell (or the plot's edge R). */
function labelRooms(buf: Scratch, inView: readonly number[], blockers: Interval[], R: number) {
  const { rowOf, ix0, labelX, labelRoom } = buf;
  const lastInRow: number[] = [];
  let bl = 0;
  for (let i = 0; i < inView.length; i++) {
    const k = inView[i]!;
    const r = rowOf[k]!;
    if (r < 0) continue;
    const prev = lastInRow[r];
    if (prev !== undefined) {
      labelRoom[prev] = Math.min(labelRoom[prev]!, ix0[k]! - labelX[prev]! - 4);
    }
    lastInRow[r] = k;
    while (bl < blockers.length && blockers[bl]!.x1 <= labelX[k]!) bl++;
    const nextBlock = bl < blockers.length ? blockers[bl]!.x0 : R;
    labelRoom[k] = Math.min(R, nextBlock) - labelX[k]! - 4;
  }
}

/**
 * Each placed event's link in view (a day's line or a span's band), written to linkAt by
 * index into `shown` (left null otherwise); returns how many there are.
 */
function linksInView(
  model: TimelineModel,
  buf: Scratch,
  shown: Int32Array,
  L: number,
  R: number,
  linkAt: ({ x0: number; x1: number } | null)[],
): number {
  const to = model.assignment.to;
  const { rowOf, ps0, ps1, px0, px1 } = buf;
  const p: Placed = { s0: 0, s1: 0, x0: 0, x1: 0, point: false };
  let links = 0;
  for (let i = 0; i < shown.length; i++) {
    const k = shown[i]!;
    if (to[k]! < 0 || rowOf[k]! < 0) continue;
    p.s0 = ps0[k]!;
    p.s1 = ps1[k]!;
    p.x0 = px0[k]!;
    p.x1 = px1[k]!;
    p.point = model.times[k]!.shape === 'point';
    linkAt[i] = linkSpan(p, L, R);
    if (linkAt[i]) links++;
  }
  return links;
}

/** Which lanes need a strip for the links arriving from above or below (display order). */
function linkStrips(
  assignment: TimelineModel['assignment'],
  shown: Int32Array,
  linkAt: readonly ({ x0: number; x1: number } | null)[],
  pos: ArrayLike<number>,
  fromAbove: Uint8Array,
  fromBelow: Uint8Array,
) {
  for (let i = 0; i < shown.length; i++) {
    if (linkAt[i] === null) continue;
    const k = shown[i]!;
    const to = assignment.to[k]!;
    if (pos[to]! > pos[assignment.from[k]!]!) fromAbove[to] = 1;
    else fromBelow[to] = 1;
  }
}

/** The cell bins as blockers, adjacent bins merged into one. */
function mergeBlockers(
  mask: Uint8Array,
  nBins: number,
  b0: number,
  binMs: number,
  X: (t: number) => number,
): Interval[] {
  const out: Interval[] = [];
  for (let i = 0; i < nBins; i++) {
    if (!mask[i]) continue;
    const x0 = X((i + b0) * binMs);
    const x1 = X((i + b0 + 1) * binMs);
    const last = out[out.length - 1];
    if (last && x0 <= last.x1 + 0.5) last.x1 = x1;
    else out.push({ x0, x1 });
  }
  return out;
}
