/**
 * The layout visits only what can be in view (reach.ts) and reuses its arrays across calls:
 * for any model and any sequence of windows, its output must equal the layout that places
 * every item with fresh arrays (timeline-layout-reference.ts, the code before the change).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extentOf } from '../../src/model/dates';
import { validateDataset } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents, filterRelations } from '../../src/query/filter';
import { markTime, type MarkTime } from '../../src/query/timeline/extent';
import {
  buildModel,
  CLAMP_MARGIN,
  layoutTimeline,
  POINT_RADIUS,
  type LayoutOptions,
} from '../../src/query/timeline/layout';
import { laneLists, type TimelineModel } from '../../src/query/timeline/model';
import { laneReach, REACH_PX, reaching, reachOf } from '../../src/query/timeline/reach';
import { place } from '../../src/query/timeline/place';
import { generateDataset } from '../../scripts/synthetic';
import { layoutReference } from './timeline-layout-reference';
import { seed } from './helpers';

const YEAR = 365.25 * 86_400_000;
const T0 = Date.UTC(2020, 0, 1);

/** EDTF dates of every shape the marks draw: days, times, months, years, soft, open. */
const edtf: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 2015, max: 2024 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom('', '~', '?'),
    fc.constantFrom('day', 'time', 'month', 'year', 'range', 'until', 'since', 'lasting'),
  )
  .map(([y, m, d, dy, soft, kind]) => {
    const mm = String(m).padStart(2, '0');
    const dd = String(d).padStart(2, '0');
    const day = `${y}-${mm}-${dd}`;
    switch (kind) {
      case 'day':
        return day + soft;
      case 'time':
        return `${day}T${String(d % 24).padStart(2, '0')}:30:00Z`;
      case 'month':
        return `${y}-${mm}${soft}`;
      case 'year':
        return `${y}${soft}`;
      case 'range':
        return `${day}${soft}/${y + dy + 1}-12`;
      case 'until':
        return `../${y}-${mm}`;
      case 'since':
        return `${day}/..`;
      default:
        return '../..';
    }
  });

const mark = edtf.map((s) => markTime(extentOf(s)));

interface Item {
  time: MarkTime;
  other: MarkTime | null;
  otherIsKnown: boolean;
  from: number;
  to: number;
  title: number;
}

/** A model made directly (not from a dataset), so every kind of mark meets every other. */
const model: fc.Arbitrary<TimelineModel> = fc
  .integer({ min: 1, max: 5 })
  .chain((lanes) =>
    fc.tuple(
      fc.constant(lanes),
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: lanes, maxLength: lanes }),
      fc.array(
        fc.record({
          time: mark,
          other: fc.option(mark, { freq: 3 }),
          otherIsKnown: fc.boolean(),
          from: fc.integer({ min: 0, max: lanes - 1 }),
          to: fc.integer({ min: -1, max: lanes - 1 }),
          title: fc.integer({ min: 0, max: 40 }),
        }),
        { maxLength: 120 },
      ),
    ),
  )
  .map(([lanes, depths, items]: [number, number[], Item[]]) => {
    const times = items.map((i) => i.time);
    const from = Int32Array.from(items, (i) => i.from);
    const byLane = laneLists(times, from, lanes);
    return {
      events: Uint32Array.from(items, (_, k) => k),
      basis: 'best',
      times,
      fromKnown: Uint8Array.from(items, (i) => (i.other && !i.otherIsKnown ? 1 : 0)),
      known: items.map((i) => (i.otherIsKnown ? i.other : null)),
      whisker: items.map((i) => (i.otherIsKnown ? null : i.other)),
      assignment: {
        // Depths in tree pre-order: each at most one below the lane before it.
        lanes: depths.map((d, i) => ({
          key: `lane:${i}`,
          label: `L${i}`,
          title: `Lane ${i}`,
          depth: i === 0 ? 0 : Math.min(d, depths[i - 1]! + 1),
          actors: [],
        })),
        from,
        to: Int32Array.from(items, (i) => (i.to === i.from ? -1 : i.to)),
        relations: [],
      },
      byLane,
      reach: byLane.map((l) => laneReach(times, l)),
      relationTimes: [],
      titles: items.map((i) => 'x'.repeat(i.title)),
    } satisfies TimelineModel;
  });

/** A window anywhere from hours to decades wide, around the dates drawn, and its options. */
const window: fc.Arbitrary<LayoutOptions> = fc
  .record({
    centre: fc.double({ min: -6, max: 10, noNaN: true }),
    width: fc.double({ min: -3.5, max: 1.5, noNaN: true }),
    left: fc.integer({ min: 0, max: 200 }),
    px: fc.integer({ min: 1, max: 1600 }),
    maxRows: fc.integer({ min: 1, max: 6 }),
    labels: fc.boolean(),
    maxLinks: fc.option(fc.integer({ min: 0, max: 20 })),
    tree: fc.boolean(),
  })
  .map((w) => {
    const c = T0 + w.centre * YEAR;
    const half = (10 ** w.width * YEAR) / 2;
    return {
      domain: [c - half, c + half] as const,
      range: [w.left, w.left + w.px] as const,
      maxRows: w.maxRows,
      labels: w.labels,
      maxLinks: w.maxLinks ?? undefined,
      order: w.tree ? ('tree' as const) : ('activity' as const),
    };
  });

describe('the layout visits only what can be in view', () => {
  it('the reach padding stays inside the clamp margin, and covers a point', () => {
    // reach.ts's proof needs both: a far time clamps beyond where any reach could start.
    expect(REACH_PX).toBeLessThan(CLAMP_MARGIN);
    expect(REACH_PX).toBeGreaterThan(POINT_RADIUS);
  });

  it('every drawn extent lies within its reach, for any scale', () => {
    fc.assert(
      fc.property(mark, window, (t, w) => {
        const [d0, d1] = w.domain;
        const [L, R] = w.range;
        const msPerPx = (d1 - d0) / Math.max(1, R - L);
        const X = (v: number) => L + (v - d0) / msPerPx;
        const [from, to] = reachOf(t);
        const p = place(t, X);
        const a = t.shape === 'point' ? Math.min(p.x0 - POINT_RADIUS, p.s0) : p.s0;
        const z = t.shape === 'point' ? Math.max(p.x0 + POINT_RADIUS, p.s1) : p.s1;
        if (Number.isFinite(from)) expect(a).toBeGreaterThanOrEqual(X(from) - REACH_PX);
        if (Number.isFinite(to)) expect(z).toBeLessThanOrEqual(X(to) + REACH_PX);
      }),
      { numRuns: 300 },
    );
  });

  it('the index finds, in list order, exactly the items whose reach meets a range', () => {
    fc.assert(
      fc.property(
        fc.array(mark, { maxLength: 80 }),
        fc.double({ min: -6, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (times, a, len) => {
          const list = laneLists(times, new Int32Array(times.length), 1)[0]!;
          const lo = T0 + a * YEAR;
          const hi = lo + len * YEAR;
          const out = new Int32Array(list.length);
          const mask = new Uint8Array(list.length);
          const found = [...out.subarray(0, reaching(laneReach(times, list), lo, hi, out, mask))];
          expect(mask.every((v) => v === 0)).toBe(true);
          const expected = [...list.keys()].filter((c) => {
            const [from, to] = reachOf(times[list[c]!]!);
            return to >= lo && from <= hi;
          });
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals the layout that places every item, window after window on one model', () => {
    fc.assert(
      fc.property(model, fc.array(window, { minLength: 1, maxLength: 6 }), (m, windows) => {
        for (const w of windows) expect(layoutTimeline(m, w)).toEqual(layoutReference(m, w));
      }),
      { numRuns: 250 },
    );
  });

  it('equals it on the seed report and a synthetic dataset, under every grouping and basis', () => {
    const seedIndex = buildIndex(validateDataset(seed()).dataset!);
    const synth = buildIndex(
      validateDataset(generateDataset({ events: 1500, actors: 12, seed: 7 })).dataset!,
    );
    const models = [seedIndex, synth].flatMap((index) => {
      const events = filterEvents(index, EMPTY_FILTERS);
      const relations = filterRelations(index, EMPTY_FILTERS);
      return [
        buildModel(index, events, relations, 'actor', false),
        buildModel(index, events, relations, 'actor', true, 'text'),
        buildModel(index, events, relations, 'category', false),
        buildModel(index, events, relations, 'none', false, 'best'),
      ].map((model) => ({ model, span: index.span }));
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...models),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -4, max: 0.3, noNaN: true }),
        fc.integer({ min: 200, max: 1400 }),
        ({ model, span }, at, width, px) => {
          const [s0, s1] = span!;
          const c = s0 + at * (s1 - s0);
          const half = ((s1 - s0) * 10 ** width) / 2;
          const opts = { domain: [c - half, c + half] as const, range: [150, 150 + px] as const };
          expect(layoutTimeline(model, opts)).toEqual(layoutReference(model, opts));
        },
      ),
      { numRuns: 120 },
    );
  });
});
