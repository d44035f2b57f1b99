/**
 * Test-only reference: the timeline layout as it was before it visited only what can be in
 * view (it places every item of every lane, with fresh arrays each call). The property test
 * in timeline-inview.property.test.ts checks the real layout gives exactly the same output.
 */
import type { MarkTime } from '../../src/query/timeline/extent';
import { linkSpan, place as placeDate, type Placed } from '../../src/query/timeline/place';
import type { TimelineModel } from '../../src/query/timeline/model';
import { stackRows, type Interval } from '../../src/query/timeline/stack';
import {
  isIdle,
  laneHeight,
  LANE_METRICS,
  orderLanes,
  positionsOf,
} from '../../src/query/timeline/laneOrder';
import { groupBands } from '../../src/query/timeline/bands';
import { binOf, binWidth } from '../../src/query/timeline/aggregate';
import {
  CLAMP_MARGIN,
  POINT_RADIUS,
  type BandLayout,
  type CellLayout,
  type LaneLayout,
  type LayoutOptions,
  type MarkLayout,
  type TimelineLayout,
} from '../../src/query/timeline/layout';

const GAP = 3;
const LANE_PAD = LANE_METRICS.pad;
const BAND_STEP = LANE_METRICS.band;
const LINK_STRIP = LANE_METRICS.linkStrip;
const SPAN_FOLD = 2;

const defaultLabelWidth = (model: TimelineModel) => (k: number) =>
  Math.min(170, 6 * model.titles[k]!.length);

/** Lays the model out for a domain and a pixel range. */
export function layoutReference(model: TimelineModel, opts: LayoutOptions): TimelineLayout {
  const rowHeight = opts.rowHeight ?? 14;
  const maxRows = opts.maxRows ?? 6;
  const labelWidth = opts.labelWidth ?? defaultLabelWidth(model);
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
  const { times, known, whisker, assignment } = model;
  // The time a drawn extent covers: its possible dates, or for an open end, as far as the
  // reach is drawn (the pixel of its faded end, read back as a time).
  const timeAt = (x: number) => d0 + (x - L) * msPerPx;
  const spanFrom = (t: MarkTime, p: Placed) =>
    Number.isFinite(t.softStart) ? t.softStart : timeAt(p.s0);
  const spanTo = (t: MarkTime, p: Placed) =>
    Number.isFinite(t.softEnd) ? t.softEnd : timeAt(p.s1);
  const n = model.events.length;

  // Geometry of each event's mark, by position k; only marks in view are filled.
  const ix0 = new Float64Array(n);
  const ix1 = new Float64Array(n);
  const ix1L = new Float64Array(n);
  const instant = new Float64Array(n);
  const rowOf = new Int32Array(n).fill(-1);
  // The stacker's output, shared by every lane and try (it writes only the items it is given).
  const stacked = new Int32Array(n);
  const labelX = new Float64Array(n);
  const labelRoom = new Float64Array(n);
  // Each mark's placement (place.ts), by position k: drawn extent and solid part.
  const ps0 = new Float64Array(n);
  const ps1 = new Float64Array(n);
  const px0 = new Float64Array(n);
  const px1 = new Float64Array(n);
  const scratch: Placed = { s0: 0, s1: 0, x0: 0, x1: 0, point: false };
  const placedAt = (k: number): Placed => ({
    s0: ps0[k]!,
    s1: ps1[k]!,
    x0: px0[k]!,
    x1: px1[k]!,
    point: times[k]!.shape === 'point',
  });

  const b0 = binOf(d0, binMs);
  const nBins = binOf(d1, binMs) - b0 + 1;
  const binCount = new Int32Array(nBins);
  const cellMask = new Uint8Array(nBins);
  const binOf_ = new Int32Array(n);

  const laneRows: number[] = [];
  const laneCrowded: boolean[] = [];
  const laneCells: { bin: number; items: number[] }[][] = [];
  const laneSpans: number[][] = [];
  const activity = new Float64Array(model.byLane.length);

  for (let lane = 0; lane < model.byLane.length; lane++) {
    const list = model.byLane[lane]!;
    const inView: number[] = [];
    for (let c = 0; c < list.length; c++) {
      const k = list[c]!;
      const t = times[k]!;
      const p = placeDate(t, X, scratch);
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
      // A point bins by its instant; a span by where it starts in view (never its middle).
      instant[k] = p.point ? t.anchor : spanFrom(t, p);
      ps0[k] = p.s0;
      ps1[k] = p.s1;
      px0[k] = p.x0;
      px1[k] = p.x1;
      // The other date (a known tick or bracket, or the text's whisker) shares the row.
      const other = known[k] ?? whisker[k];
      if (other) {
        const q = placeDate(other, X, scratch);
        a = Math.min(a, q.s0);
        z = Math.max(z, q.s1);
      }
      ix0[k] = a;
      ix1[k] = z;
      labelX[k] = lx;
      ix1L[k] = Math.max(z, lx + labelWidth(k) + 4);
      instant[k] = Math.min(d1, Math.max(d0, instant[k]!));
      inView.push(k);
    }
    // Activity: its own marks in view, and (below) the links that arrive in it.
    activity[lane] = activity[lane]! + inView.length;
    for (const k of inView) {
      const to = assignment.to[k]!;
      if (to >= 0) activity[to] = activity[to]! + 1;
    }
    // Several bars that each run past both edges of the window fold into one band.
    let spanning: number[] = [];
    for (const k of inView) if (ps0[k]! <= L && ps1[k]! >= R) spanning.push(k);
    if (spanning.length >= SPAN_FOLD) {
      const folded = new Set(spanning);
      inView.splice(0, inView.length, ...inView.filter((k) => !folded.has(k)));
    } else spanning = [];
    laneSpans.push(spanning);

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
      // Each merged event counts in every cell its extent overlaps, its own bin included.
      const members = new Map<number, number[]>();
      const binAt = (t: number) =>
        Math.min(nBins - 1, Math.max(0, binOf(Math.min(d1, Math.max(d0, t)), binMs) - b0));
      for (const k of inView) {
        if (rowOf[k] !== -1) continue;
        const own = binOf_[k]!;
        const t = times[k]!;
        const first = Math.min(own, binAt(spanFrom(t, placedAt(k))));
        const last = Math.max(own, binAt(spanTo(t, placedAt(k))));
        for (let b = first; b <= last; b++) {
          if (cellMask[b] !== 1) continue;
          const list = members.get(b);
          if (list) list.push(k);
          else members.set(b, [k]);
        }
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
  // Each placed event's link in view (a day's line or a span's band), or null.
  const linkAt: ({ x0: number; x1: number } | null)[] = new Array(n).fill(null);
  let links = 0;
  for (let k = 0; k < n; k++) {
    if (assignment.to[k]! < 0 || rowOf[k]! < 0) continue;
    linkAt[k] = linkSpan(placedAt(k), L, R);
    if (linkAt[k]) links++;
  }
  const linksShown = links <= (opts.maxLinks ?? Infinity);
  const linked = (k: number) => linksShown && linkAt[k] !== null;
  for (let k = 0; k < n; k++) {
    if (!linked(k)) continue;
    const to = assignment.to[k]!;
    if (pos[to]! > pos[assignment.from[k]!]!) fromAbove[to] = 1;
    else fromBelow[to] = 1;
  }

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
  const rowY = (lane: number, row: number) =>
    byModel[lane]!.rowsTop + row * rowHeight + rowHeight / 2;

  const marks: MarkLayout[] = [];
  for (let k = 0; k < n; k++) {
    const row = rowOf[k]!;
    if (row < 0) continue;
    const t = times[k]!;
    const lane = assignment.from[k]!;
    const to = assignment.to[k]!;
    const kt = known[k];
    const wt = whisker[k];
    const p = placedAt(k);
    const { x0, x1 } = p;
    let link: MarkLayout['link'] = null;
    if (linked(k)) {
      const target = byModel[to]!;
      const ly = pos[to]! > pos[lane]! ? target.linkTop! : target.linkBottom!;
      link = { ...linkAt[k]!, lane: pos[to]!, y: ly };
    }
    const kp = kt ? placeDate(kt, X) : null;
    const wp = wt ? placeDate(wt, X) : null;
    marks.push({
      k,
      event: model.events[k]!,
      lane: pos[lane]!,
      row,
      y: rowY(lane, row),
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

  const cells: CellLayout[] = [];
  const cellOf = (lane: number, items: number[], t0: number, t1: number, y0: number) => {
    let from = Infinity;
    let to = -Infinity;
    for (const k of items) {
      from = Math.min(from, times[k]!.start);
      to = Math.max(to, times[k]!.end);
    }
    const c: CellLayout = {
      lane: pos[lane]!,
      x0: X(t0),
      x1: X(t1),
      y0,
      y1: y0,
      t0,
      t1,
      events: items.map((k) => model.events[k]!),
      from,
      to,
    };
    return c;
  };
  for (let lane = 0; lane < nLanes; lane++) {
    const l = byModel[lane]!;
    const spans = laneSpans[lane]!;
    // The folded spans take the lane's last row; density cells the rows above it.
    const markRows = l.rows - (spans.length ? 1 : 0);
    for (const { bin, items } of laneCells[lane]!) {
      const c = cellOf(lane, items, bin * binMs, (bin + 1) * binMs, l.rowsTop);
      c.y1 = l.rowsTop + markRows * rowHeight;
      cells.push(c);
    }
    if (spans.length) {
      const c = cellOf(lane, spans, d0, d1, l.rowsTop + markRows * rowHeight + 1);
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
