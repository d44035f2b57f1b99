/**
 * The timeline layout: one code path from events to geometry, for the SVG marks, the canvas
 * marks, the tests and the benchmark alike.
 *
 *   buildModel   (zoom-independent, once per dataset/filters/grouping): each event's mark
 *                time, known date and link instant; lanes; each lane's items in time order.
 *   layoutTimeline (each frame): pixels for the items in view; per lane, first-fit stacking
 *                with room for labels, else without, else merging crowded time bins into
 *                density cells; then lane heights, rows, links and relation bands.
 *
 * Links do not take rows: where an event's link meets the other lane, it ends at that lane's
 * edge (the top edge for a link from above, the bottom for one from below), in a thin strip.
 */
import type { Relation } from '../../model/schema';
import { extentOf } from '../../model/dates';
import type { DatasetIndex } from '../indexes';
import { knownDiffers, linkTime, markTime, sortKey, type MarkTime } from './extent';
import { assignLanes, type Grouping, type Lane, type LaneAssignment } from './lanes';
import { stackRows, type Interval } from './stack';
import { binOf, binWidth } from './aggregate';
import type { BarEnds } from './segments';

export interface TimelineModel {
  /** Event indexes (into index.events), in time order. */
  events: Uint32Array;
  times: MarkTime[];
  /** The known date's mark time, when it differs from the text's. */
  known: (MarkTime | null)[];
  /** The instant each event's link (or its keyboard order) is drawn at. */
  linkAt: Float64Array;
  assignment: LaneAssignment;
  /** Per lane, the positions of its events, sorted by time. */
  byLane: Int32Array[];
  /** Each relation's mark time; an undated relation is lasting (open at both ends). */
  relationTimes: MarkTime[];
  /** Labels of the events (titles), by position. */
  titles: string[];
}

const LASTING: MarkTime = {
  shape: 'span',
  start: -Infinity,
  end: Infinity,
  softStart: -Infinity,
  softEnd: Infinity,
  openStart: true,
  openEnd: true,
  fuzzyStart: false,
  fuzzyEnd: false,
  anchor: NaN,
};

/** Builds what does not depend on the zoom. `events` are in time order. */
export function buildModel(
  index: DatasetIndex,
  events: Uint32Array,
  relations: readonly Relation[],
  grouping: Grouping,
  collapse: boolean,
): TimelineModel {
  const n = events.length;
  const times: MarkTime[] = new Array(n);
  const known: (MarkTime | null)[] = new Array(n);
  const titles: string[] = new Array(n);
  const linkAt = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = events[k]!;
    const x = index.extents[i]!;
    const t = markTime(x);
    times[k] = t;
    const e = index.events[i]!;
    titles[k] = e.title;
    let kt: MarkTime | null = null;
    if (e.known) {
      try {
        const kx = extentOf(e.known.edtf);
        if (knownDiffers(x, kx)) kt = markTime(kx);
      } catch {
        kt = null; // the validator reports bad known dates; the mark just leaves it out
      }
    }
    known[k] = kt;
    linkAt[k] = linkTime(t, kt);
  }
  const assignment = assignLanes(index, events, relations, grouping, collapse);
  const lists: number[][] = assignment.lanes.map(() => []);
  for (let k = 0; k < n; k++) lists[assignment.from[k]!]?.push(k);
  const byLane = lists.map((l) =>
    Int32Array.from(l.sort((a, b) => sortKey(times[a]!) - sortKey(times[b]!) || a - b)),
  );
  const relationTimes = relations.map((r) => {
    if (!r.when) return LASTING;
    try {
      return markTime(extentOf(r.when.edtf));
    } catch {
      return LASTING;
    }
  });
  return { events, times, known, linkAt, assignment, byLane, relationTimes, titles };
}

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
  /** Where the link meets the other lane, when the event ties two lanes. */
  link: { x: number; lane: number; y: number } | null;
  /** The externally known date, when it differs: a tick (point) or a bracket. */
  known: { x0: number; x1: number; point: boolean } | null;
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
  /** Event indexes (into index.events) merged into the cell, each once. */
  events: number[];
}

export interface LaneLayout {
  lane: Lane;
  y: number;
  height: number;
  rowsTop: number;
  rows: number;
  /** Whether some of its marks merged into density cells at this zoom. */
  crowded: boolean;
  relationsTop: number;
  /** Where links from lanes above and below end (the lane's top and bottom strips). */
  linkTop: number | null;
  linkBottom: number | null;
}

export interface BandLayout {
  relation: Relation;
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
export const LINK_RADIUS = 3.5;
const GAP = 3;
const LANE_PAD = 3;
const BAND_STEP = 4;
const LINK_STRIP = 7;
const MIN_SPAN_PX = 3;

const defaultLabelWidth = (model: TimelineModel) => (k: number) =>
  Math.min(170, 6 * model.titles[k]!.length);

/** Lays the model out for a domain and a pixel range. */
export function layoutTimeline(model: TimelineModel, opts: LayoutOptions): TimelineLayout {
  const rowHeight = opts.rowHeight ?? 17;
  const maxRows = opts.maxRows ?? 6;
  const labelWidth = opts.labelWidth ?? defaultLabelWidth(model);
  const [d0, d1] = opts.domain;
  const [L, R] = opts.range;
  const msPerPx = (d1 - d0) / Math.max(1, R - L);
  const binMs = binWidth(msPerPx);
  const lo = L - 60;
  const hi = R + 60;
  const X = (t: number) => {
    if (t === -Infinity) return L - 1;
    if (t === Infinity) return R + 1;
    const x = L + (t - d0) / msPerPx;
    return x < lo ? lo : x > hi ? hi : x;
  };
  const { times, known, linkAt, assignment } = model;
  const n = model.events.length;

  // Geometry of each event's mark, by position k; only marks in view are filled.
  const ix0 = new Float64Array(n);
  const ix1 = new Float64Array(n);
  const ix1L = new Float64Array(n);
  const instant = new Float64Array(n);
  const rowOf = new Int32Array(n).fill(-1);
  const labelX = new Float64Array(n);
  const labelRoom = new Float64Array(n);

  const b0 = binOf(d0, binMs);
  const nBins = binOf(d1, binMs) - b0 + 1;
  const binCount = new Int32Array(nBins);
  const cellMask = new Uint8Array(nBins);
  const binOf_ = new Int32Array(n);

  const laneRows: number[] = [];
  const laneCrowded: boolean[] = [];
  const laneCells: { bin: number; items: number[] }[][] = [];

  for (let lane = 0; lane < model.byLane.length; lane++) {
    const list = model.byLane[lane]!;
    const inView: number[] = [];
    for (let c = 0; c < list.length; c++) {
      const k = list[c]!;
      const t = times[k]!;
      let a: number;
      let z: number;
      let lx: number;
      if (t.shape === 'point') {
        const x = X(t.anchor);
        a = Math.min(x - POINT_RADIUS, X(t.softStart));
        z = Math.max(x + POINT_RADIUS, X(t.softEnd));
        lx = x + POINT_RADIUS + 3;
        instant[k] = t.anchor;
      } else {
        a = X(t.softStart);
        z = Math.max(X(t.softEnd), a + MIN_SPAN_PX);
        lx = t.openStart ? L + 11 : Math.max(X(t.start), L) + 4;
        instant[k] = Number.isFinite(t.anchor) ? t.anchor : t.start;
      }
      const kt = known[k];
      if (kt) {
        a = Math.min(a, X(kt.softStart));
        z = Math.max(z, X(kt.softEnd));
      }
      if (z < L || a > R) continue;
      ix0[k] = a;
      ix1[k] = z;
      labelX[k] = lx;
      ix1L[k] = Math.max(z, lx + labelWidth(k) + 4);
      instant[k] = Math.min(d1, Math.max(d0, instant[k]!));
      inView.push(k);
    }

    let rows = 0;
    let crowded = false;
    let cells: { bin: number; items: number[] }[] = [];
    let blockers: Interval[] = [];
    const place = (res: ReturnType<typeof stackRows>, order: number[]) => {
      for (const k of order) rowOf[k] = res.rows[k]!;
      rows = res.rowCount;
    };
    // Bins of this lane's marks in view (instants are clamped to the view: bins b0…).
    let peak = 0;
    binCount.fill(0, 0, nBins);
    for (const k of inView) {
      const b = binOf(instant[k]!, binMs) - b0;
      binOf_[k] = b;
      if (++binCount[b]! > peak) peak = binCount[b]!;
    }
    // A bin holding twice the rows is crowded whatever the widths: skip the stacking tries.
    let done = false;
    if (peak <= 2 * maxRows && opts.labels !== false) {
      const res = stackRows(ix0, ix1L, inView, maxRows, GAP);
      if (res.overflow.length === 0) {
        place(res, inView);
        done = true;
      }
    }
    if (!done && peak <= 2 * maxRows) {
      const res = stackRows(ix0, ix1, inView, maxRows, GAP);
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
        const res = stackRows(ix0, ix1, rest, maxRows, GAP, blockers);
        for (const k of res.overflow) cellMask[binOf_[k]!] = 1;
        if (res.overflow.length === 0 || round >= 12) {
          for (const k of inView) rowOf[k] = -1;
          place(res, rest);
          for (const k of res.overflow) rowOf[k] = -1;
          break;
        }
      }
      blockers = mergeBlockers(cellMask, nBins, b0, binMs, X);
      const members = new Map<number, number[]>();
      for (const k of inView) {
        if (rowOf[k] !== -1) continue;
        const b = binOf_[k]!;
        const list = members.get(b);
        if (list) list.push(k);
        else members.set(b, [k]);
      }
      cells = [...members]
        .sort((p, q) => p[0] - q[0])
        .map(([b, items]) => ({ bin: b + b0, items }));
      rows = Math.max(rows, 2);
    }

    // Label room: up to the next mark in the row, or the next cell.
    const lastInRow: number[] = [];
    let bl = 0;
    for (const k of inView) {
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

    laneRows.push(rows);
    laneCrowded.push(crowded);
    laneCells.push(cells);
  }

  // Links in view: which lanes need a strip for links arriving from above or below.
  const fromAbove = new Uint8Array(assignment.lanes.length);
  const fromBelow = new Uint8Array(assignment.lanes.length);
  // Each placed event's link x, or NaN when it has no link in view.
  const linkX = new Float64Array(n).fill(NaN);
  let links = 0;
  for (let k = 0; k < n; k++) {
    if (assignment.to[k]! < 0 || rowOf[k]! < 0) continue;
    const x = X(linkAt[k]!);
    if (x >= L && x <= R) {
      linkX[k] = x;
      links++;
    }
  }
  const linksShown = links <= (opts.maxLinks ?? Infinity);
  const linked = (k: number) => linksShown && !Number.isNaN(linkX[k]!);
  for (let k = 0; k < n; k++) {
    if (!linked(k)) continue;
    const to = assignment.to[k]!;
    if (to > assignment.from[k]!) fromAbove[to] = 1;
    else fromBelow[to] = 1;
  }

  // Relation bands: a slot per relation in each lane it ties.
  const bandSlots = model.byLane.map(() => 0);
  const bandsIn: { r: number; lane: number; slot: number }[] = [];
  assignment.relations.forEach(({ lanes }, r) => {
    for (const lane of lanes) bandsIn.push({ r, lane, slot: bandSlots[lane]!++ });
  });

  // Vertical layout.
  const lanes: LaneLayout[] = [];
  let y = 0;
  for (let lane = 0; lane < assignment.lanes.length; lane++) {
    const hasEvents = model.byLane[lane]!.length > 0;
    const rows = Math.max(laneRows[lane]!, hasEvents ? 1 : 0);
    const top = fromAbove[lane] ? LINK_STRIP : 0;
    const bottom = fromBelow[lane] ? LINK_STRIP : 0;
    const rowsTop = y + top + LANE_PAD;
    const relationsTop = rowsTop + rows * rowHeight;
    const content = top + LANE_PAD * 2 + rows * rowHeight + bandSlots[lane]! * BAND_STEP + bottom;
    const height = Math.max(rows > 0 ? 0 : 16, content);
    lanes.push({
      lane: assignment.lanes[lane]!,
      y,
      height,
      rowsTop,
      rows,
      crowded: laneCrowded[lane]!,
      relationsTop:
        rows > 0
          ? relationsTop
          : y + top + (height - top - bottom - bandSlots[lane]! * BAND_STEP) / 2,
      linkTop: top ? y + LINK_STRIP / 2 + 1 : null,
      linkBottom: bottom ? y + height - LINK_STRIP / 2 - 1 : null,
    });
    y += height;
  }
  const rowY = (lane: number, row: number) =>
    lanes[lane]!.rowsTop + row * rowHeight + rowHeight / 2;

  const marks: MarkLayout[] = [];
  for (let k = 0; k < n; k++) {
    const row = rowOf[k]!;
    if (row < 0) continue;
    const t = times[k]!;
    const lane = assignment.from[k]!;
    const to = assignment.to[k]!;
    const kt = known[k];
    const point = t.shape === 'point';
    const cx = point ? X(t.anchor) : (X(t.start) + X(t.end)) / 2;
    let x0 = point ? cx : X(t.start);
    let x1 = point ? cx : X(t.end);
    if (!point && x1 - x0 < MIN_SPAN_PX) {
      x0 = cx - MIN_SPAN_PX / 2;
      x1 = cx + MIN_SPAN_PX / 2;
    }
    let link: MarkLayout['link'] = null;
    if (linked(k)) {
      const target = lanes[to]!;
      const ly = to > lane ? target.linkTop! : target.linkBottom!;
      link = { x: linkX[k]!, lane: to, y: ly };
    }
    marks.push({
      k,
      event: model.events[k]!,
      lane,
      row,
      y: rowY(lane, row),
      shape: t.shape,
      cx,
      x0,
      x1,
      s0: t.fuzzyStart ? X(t.softStart) : x0,
      s1: t.fuzzyEnd ? X(t.softEnd) : x1,
      openStart: t.openStart,
      openEnd: t.openEnd,
      fuzzyStart: t.fuzzyStart,
      fuzzyEnd: t.fuzzyEnd,
      labelX: labelX[k]!,
      labelRoom: labelRoom[k]!,
      link,
      known: kt
        ? {
            x0: X(kt.shape === 'point' ? kt.anchor : kt.start),
            x1: X(kt.shape === 'point' ? kt.anchor : kt.end),
            point: kt.shape === 'point',
          }
        : null,
    });
  }

  const cells: CellLayout[] = [];
  laneCells.forEach((list, lane) => {
    const l = lanes[lane]!;
    for (const { bin, items } of list) {
      const t0 = bin * binMs;
      const t1 = t0 + binMs;
      cells.push({
        lane,
        x0: X(t0),
        x1: X(t1),
        y0: l.rowsTop,
        y1: l.rowsTop + l.rows * rowHeight,
        t0,
        t1,
        events: items.map((k) => model.events[k]!),
      });
    }
  });

  const bands: BandLayout[] = [];
  for (const { r, lane, slot } of bandsIn) {
    const t = model.relationTimes[r]!;
    const relation = assignment.relations[r]!.relation;
    const s0 = X(t.softStart);
    const s1 = X(t.softEnd);
    if (s1 < L || s0 > R) continue;
    bands.push({
      relation,
      lane,
      y: lanes[lane]!.relationsTop + slot * BAND_STEP + BAND_STEP / 2,
      x0: X(t.start),
      x1: X(t.end),
      s0,
      s1,
      openStart: t.openStart,
      openEnd: t.openEnd,
      fuzzyStart: t.fuzzyStart,
      fuzzyEnd: t.fuzzyEnd,
    });
  }

  return {
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
