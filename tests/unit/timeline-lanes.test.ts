/**
 * Lanes that fit and follow, and the overview's breaks (src/query/timeline): lane order by
 * activity within the tree, folding and heights, relation stripes, spanning bands, the
 * window that brings a mark into view, and the overview's piecewise scale and clamp.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents, filterRelations } from '../../src/query/filter';
import {
  fitLanes,
  isIdle,
  laneHeight,
  LANE_METRICS,
  orderLanes,
  positionsOf,
} from '../../src/query/timeline/laneOrder';
import { groupBands } from '../../src/query/timeline/bands';
import { followWindow } from '../../src/query/timeline/follow';
import { BREAK_PX, STUB_PX, overviewScale } from '../../src/query/timeline/overviewScale';
import { markTime } from '../../src/query/timeline/extent';
import { extentOf } from '../../src/model/dates';
import { buildModel, layoutTimeline } from '../../src/query/timeline/layout';
import { DAY, clampWindow, viewDomain } from '../../src/query/timeline/scale';
import type { Relation } from '../../src/model/schema';
import { seed } from './helpers';

const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);
const { dataset } = validateDataset(seed());
const SEED = buildIndex(dataset!);

describe('lane order', () => {
  // A tree in pre-order: 0 (children 1, 2 (child 3)), 4, 5 (child 6).
  const lanes = [0, 1, 1, 2, 0, 0, 1].map((depth) => ({ depth }));

  it('puts the busiest subtrees first and keeps children under their parent', () => {
    const order = orderLanes(lanes, [0, 0, 1, 0, 2, 0, 5]);
    // Subtotals: 0 → 1, 4 → 2, 5 → 5; under 0, lane 2 (1) before lane 1 (0).
    expect(order).toEqual([5, 6, 4, 0, 2, 3, 1]);
    const pos = positionsOf(order);
    expect(pos[5]).toBe(0);
    expect(pos[1]).toBe(6);
  });

  it('keeps the tree order on ties (no activity at all)', () => {
    expect(orderLanes(lanes, new Array(7).fill(0))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('lane heights', () => {
  const idle = { rows: 0, bands: 1, linkTop: false, linkBottom: false };
  it('folds an idle lane to a thin line, whatever stripes it has', () => {
    expect(isIdle(idle)).toBe(true);
    expect(laneHeight(idle, 14)).toBe(LANE_METRICS.folded);
  });
  it('grows only as rows, a stripe and link strips need', () => {
    const one = { rows: 1, bands: 0, linkTop: false, linkBottom: false };
    const three = { ...one, rows: 3, bands: 1, linkTop: true };
    expect(laneHeight(one, 14)).toBe(14 + 2 * LANE_METRICS.pad);
    expect(laneHeight(three, 14)).toBe(
      3 * 14 + 2 * LANE_METRICS.pad + LANE_METRICS.band + LANE_METRICS.linkStrip,
    );
    // A lane with only a link arriving is not idle.
    expect(isIdle({ ...idle, linkBottom: true })).toBe(false);
  });
  it('fits the view to the content on first load, within a cap, never shrinking it', () => {
    expect(fitLanes(400, 230, 450)).toBe(400);
    expect(fitLanes(600, 230, 450)).toBe(450);
    expect(fitLanes(100, 230, 450)).toBe(230);
  });
});

describe('relation stripes', () => {
  const rel = (id: string, edtf?: string) =>
    ({
      id,
      kind: 'supports',
      from: 'a',
      to: 'b',
      title: id,
      when: edtf ? { edtf } : undefined,
    }) as unknown as Relation;
  const lasting = markTime(extentOf('../..'));
  it('share one segment per lane when their dates are the same', () => {
    const rs = [rel('r1'), rel('r2'), rel('r3', '2021')];
    const times = [lasting, lasting, markTime(extentOf('2021'))];
    const groups = groupBands(
      rs.map((relation, i) => ({ relation, lanes: i === 2 ? [1] : [0, 1] })),
      times,
      2,
    );
    expect(groups[0]!.map((g) => g.relations.map((r) => r.id))).toEqual([['r1', 'r2']]);
    expect(groups[1]!.map((g) => g.relations.map((r) => r.id))).toEqual([['r1', 'r2'], ['r3']]);
  });
});

describe('the seed in lanes', () => {
  const all = filterEvents(SEED, EMPTY_FILTERS);
  const model = buildModel(SEED, all, filterRelations(SEED, EMPTY_FILTERS), 'actor', false);
  const lay = (from: string, to: string) =>
    layoutTimeline(model, { domain: [utc(from), utc(to)], range: [150, 1000] });

  it('orders lanes by activity in the window, children under parents, idle lanes folded', () => {
    const layout = lay('2021-06-01', '2022-07-31');
    const keys = layout.lanes.map((l) => l.lane.key);
    // Every lane still there, each once.
    expect(new Set(keys).size).toBe(model.assignment.lanes.length);
    // Children follow their parent (depth never jumps by more than one).
    for (let i = 1; i < layout.lanes.length; i++) {
      expect(layout.lanes[i]!.lane.depth).toBeLessThanOrEqual(layout.lanes[i - 1]!.lane.depth + 1);
    }
    // The TTP and the Afghan Taliban come before actors with nothing in the window.
    const at = (id: string) => keys.indexOf(`actor:${id}`);
    expect(at('ttp')).toBeLessThan(at('india'));
    expect(at('afghan-taliban')).toBeLessThan(at('india'));
    const india = layout.lanes[at('india')]!;
    expect(india.folded).toBe(true);
    expect(india.height).toBe(LANE_METRICS.folded);
    // Marks carry display positions: a mark's lane is the lane it is drawn in.
    for (const m of layout.marks) {
      const l = layout.lanes[m.lane]!;
      expect(m.y).toBeGreaterThan(l.y);
      expect(m.y).toBeLessThan(l.y + l.height);
    }
    // Compact: the whole seed fits in well under 450 px.
    expect(layout.height).toBeLessThan(450);
  });

  it('draws at most one relation stripe per lane', () => {
    const layout = lay('2021-06-01', '2022-07-31');
    const ys = new Map<number, Set<number>>();
    for (const b of layout.bands) ys.set(b.lane, (ys.get(b.lane) ?? new Set()).add(b.y));
    for (const set of ys.values()) expect(set.size).toBe(1);
  });

  it('folds events that each span the whole window into one band per lane (April 2022)', () => {
    // As the text says, five TTP events read "August 2021 – c. May 2022": all span April.
    const asText = buildModel(SEED, all, [], 'actor', false, 'text');
    const layout = layoutTimeline(asText, {
      domain: [utc('2022-04-01'), utc('2022-04-30')],
      range: [150, 1000],
    });
    const spans = layout.cells.filter((c) => c.spans);
    expect(spans.length).toBeGreaterThan(0);
    for (const c of spans) {
      expect(c.events.length).toBeGreaterThanOrEqual(2);
      expect(c.x0).toBeLessThanOrEqual(150);
      expect(c.x1).toBeGreaterThanOrEqual(1000);
    }
    // No lane holds two marks whose bars both run past both edges.
    const full = new Map<number, number>();
    for (const m of layout.marks) {
      if (m.shape === 'span' && m.s0 <= 150 && m.s1 >= 1000) {
        full.set(m.lane, (full.get(m.lane) ?? 0) + 1);
      }
    }
    for (const n of full.values()) expect(n).toBeLessThan(2);
    // Every event in the window is drawn once: as a mark, in a cell or in a band.
    const drawn = new Set([
      ...layout.marks.map((m) => m.event),
      ...layout.cells.flatMap((c) => c.events),
    ]);
    expect(drawn.size).toBe(layout.marks.length + spans.reduce((s, c) => s + c.events.length, 0));
  });
});

describe('following a selection', () => {
  const win = [utc('2021-06-01'), utc('2021-12-31')] as const;
  const w = win[1] - win[0];
  it('leaves the window alone when the mark is in view', () => {
    expect(followWindow(markTime(extentOf('2021-09-10')), win)).toBeNull();
    expect(followWindow(markTime(extentOf('2021-11/2022-05')), win)).toBeNull();
  });
  it('pans (keeping the width) to a point or a span outside it', () => {
    const next = followWindow(markTime(extentOf('2022-05-16')), win)!;
    expect(next[1] - next[0]).toBe(w);
    expect(next[0]).toBeLessThan(utc('2022-05-16'));
    expect(next[1]).toBeGreaterThan(utc('2022-05-17'));
    const span = followWindow(markTime(extentOf('2022-03/2022-04')), win)!;
    expect(span[0]).toBeLessThan(utc('2022-03-01'));
    expect(span[1]).toBeGreaterThan(utc('2022-04-30'));
  });
  it('does not move for a date open at both ends', () => {
    expect(followWindow(markTime(extentOf('../..')), win)).toBeNull();
  });
});

describe('the overview scale', () => {
  // The seed's shape: one event in 1947, thirty from Aug 2021 to mid 2022.
  const dense = Array.from({ length: 30 }, (_, i) => utc('2021-08-01') + i * 11 * DAY);
  const instants = [utc('1947-08-14'), ...dense];
  const s = overviewScale(instants, [150, 1000], [0, 1]);

  it('puts the outlier in a stub behind a break and gives the dense period the strip', () => {
    expect(s.segments).toHaveLength(2);
    expect(s.breaks).toHaveLength(1);
    expect(s.segments[0]!.stub).toBe(true);
    expect(s.segments[0]!.x1 - s.segments[0]!.x0).toBe(STUB_PX);
    const main = s.segments[1]!;
    expect(main.x1 - main.x0).toBe(850 - STUB_PX - BREAK_PX);
    // A month of the dense period is tens of pixels wide, not one.
    expect(s.x(utc('2022-02-01')) - s.x(utc('2022-01-01'))).toBeGreaterThan(40);
  });

  it('is monotonic and inverts within segments; a break inverts to its nearer edge', () => {
    let last = -Infinity;
    for (const t of instants) {
      const x = s.x(t);
      expect(x).toBeGreaterThanOrEqual(last);
      last = x;
      expect(Math.abs(s.invert(x) - t)).toBeLessThan(DAY);
    }
    const [a, b] = s.segments;
    expect(s.invert(a!.x1 + 1)).toBe(a!.t1);
    expect(s.invert(b!.x0 - 1)).toBe(b!.t0);
    // Beyond the ends: the extent's ends.
    expect(s.invert(0)).toBe(s.extent[0]);
    expect(s.invert(5000)).toBe(s.extent[1]);
  });

  it('clamps a brushed window to the data plus a margin', () => {
    const [, end] = s.extent;
    expect(end).toBeLessThan(utc('2022-08-31'));
    const brushed = clampWindow([s.invert(900), s.invert(1200)], s.extent);
    expect(brushed[1]).toBeLessThanOrEqual(end);
    expect(brushed[1]).toBeLessThan(utc('2023-01-01'));
  });

  it('has no break for evenly spread instants', () => {
    const even = Array.from({ length: 20 }, (_, i) => utc('2000-01-01') + i * 365 * DAY);
    const t = overviewScale(even, [0, 500], [0, 1]);
    expect(t.breaks).toEqual([]);
    expect(t.segments[0]).toMatchObject({ x0: 0, x1: 500, stub: false });
  });

  it('falls back to the given span without instants', () => {
    const t = overviewScale([], [0, 100], viewDomain(null, [0, 10 * DAY]));
    expect(t.segments).toHaveLength(1);
    expect(Number.isFinite(t.x(5 * DAY))).toBe(true);
  });
});
