/**
 * The timeline's pure layout (src/query/timeline): mark times for every kind of EDTF date,
 * scales and ticks, lanes, stacking, aggregation, the whole layout and keyboard order.
 */
import { describe, expect, it } from 'vitest';
import { extentOf } from '../../src/model/dates';
import { validateDataset } from '../../src/model/validate';
import { buildIndex, type DatasetIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents, filterRelations } from '../../src/query/filter';
import { knownDiffers, markTime } from '../../src/query/timeline/extent';
import {
  DAY,
  MIN_WINDOW,
  clampWindow,
  paddedSpan,
  panWindow,
  viewDomain,
  zoomWindow,
} from '../../src/query/timeline/scale';
import { timeTicks } from '../../src/query/timeline/ticks';
import { assignLanes, eventEnds } from '../../src/query/timeline/lanes';
import { stackRows } from '../../src/query/timeline/stack';
import { binItems, binOf, binWidth, denseBins } from '../../src/query/timeline/aggregate';
import { buildModel, layoutTimeline, type TimelineLayout } from '../../src/query/timeline/layout';
import { barSegments, FADE } from '../../src/query/timeline/segments';
import { linkSpan, OPEN_REACH, place } from '../../src/query/timeline/place';
import { includeInWindow, outsideWindow } from '../../src/query/timeline/outside';
import { navigate, timeOrder } from '../../src/query/timeline/navigation';
import { generateDataset } from '../../scripts/synthetic';
import { seed } from './helpers';

const utc = (s: string) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);

function indexOf(json: unknown): DatasetIndex {
  const { dataset, problems } = validateDataset(json);
  if (!dataset) throw new Error(problems.map((p) => p.message).join('; '));
  return buildIndex(dataset);
}
const SEED = indexOf(seed());

describe('mark times from EDTF extents', () => {
  it('draws a day as a point at midday', () => {
    const t = markTime(extentOf('2021-08-15'));
    expect(t.shape).toBe('point');
    expect(t.anchor).toBe(utc('2021-08-15') + DAY / 2);
    expect([t.fuzzyStart, t.fuzzyEnd, t.openStart, t.openEnd]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('draws a time as a point at that instant', () => {
    const t = markTime(extentOf('2021-08-15T10:00:00Z'));
    expect(t.shape).toBe('point');
    expect(t.anchor).toBe(utc('2021-08-15T10:00:00Z'));
  });

  it('draws a month, a year, a season and a decade as spans over the period', () => {
    const month = markTime(extentOf('2021-08'));
    expect(month).toMatchObject({ shape: 'span', start: utc('2021-08-01') });
    expect(month.end).toBe(utc('2021-09-01') - 1);
    const year = markTime(extentOf('1947'));
    expect(year).toMatchObject({
      shape: 'span',
      start: utc('1947-01-01'),
      end: utc('1948-01-01') - 1,
    });
    expect(markTime(extentOf('2021-21')).shape).toBe('span');
    const decade = markTime(extentOf('198X'));
    expect(decade).toMatchObject({ shape: 'span', start: utc('1980-01-01') });
  });

  it('gives an approximate or uncertain date soft edges one unit wide', () => {
    const day = markTime(extentOf('2021-08-15~'));
    expect(day).toMatchObject({ shape: 'point', fuzzyStart: true, fuzzyEnd: true });
    expect(day.softStart).toBe(utc('2021-08-14'));
    expect(day.softEnd).toBe(utc('2021-08-17') - 1);
    const year = markTime(extentOf('2021?'));
    expect(year).toMatchObject({ shape: 'span', fuzzyStart: true, fuzzyEnd: true });
    expect(year.softStart).toBe(utc('2020-01-01'));
  });

  it('softens only the qualified end of an interval', () => {
    const t = markTime(extentOf('2021-08/2022-05~'));
    expect(t).toMatchObject({ shape: 'span', fuzzyStart: false, fuzzyEnd: true });
    expect(t.softStart).toBe(utc('2021-08-01'));
    expect(t.softEnd).toBe(utc('2022-07-01') - 1);
    const both = markTime(extentOf('2021-06~/2021-08~'));
    expect(both).toMatchObject({ fuzzyStart: true, fuzzyEnd: true });
    expect(both.softStart).toBe(utc('2021-05-01'));
  });

  it('leaves open ends open, with a core at the finite end’s own period', () => {
    const until = markTime(extentOf('../2021-08'));
    expect(until).toMatchObject({ shape: 'span', openStart: true, openEnd: false });
    expect(until.start).toBe(-Infinity);
    expect([until.coreStart, until.coreEnd]).toEqual([utc('2021-08-01'), utc('2021-09-01') - 1]);
    expect(until.anchor).toBe(utc('2021-08-01'));
    const since = markTime(extentOf('1947/..'));
    expect(since).toMatchObject({ openStart: false, openEnd: true, anchor: utc('1947-01-01') });
    expect(since.end).toBe(Infinity);
    expect(since.coreEnd).toBe(utc('1948-01-01') - 1);
  });

  it('anchors a span at its start, never at its middle', () => {
    const t = markTime(extentOf('2021-08/2022-05~'));
    expect(t.anchor).toBe(utc('2021-08-01'));
    expect(knownDiffers(extentOf('2021-08'), extentOf('2021-08-15'))).toBe(true);
    expect(knownDiffers(extentOf('2021-08'), extentOf('2021-08'))).toBe(false);
  });
});

describe('honest placement in pixels', () => {
  // One pixel a day from 2021-01-01 at x = 0.
  const X = (t: number) => (t - utc('2021-01-01')) / DAY;

  it('places a day at its midday and links it with a line there', () => {
    const p = place(markTime(extentOf('2021-01-11')), X);
    expect(p).toMatchObject({ point: true, x0: 10.5, x1: 10.5 });
    expect(linkSpan(p, 0, 400)).toEqual({ x0: 10.5, x1: 10.5 });
  });

  it('links an uncertain span over everything it possibly covers, not at a midpoint', () => {
    const p = place(markTime(extentOf('2021-02/2021-05~')), X);
    expect(p.x0).toBe(31);
    expect(p.s1).toBe(X(utc('2021-07-01') - 1));
    expect(linkSpan(p, 0, 400)).toEqual({ x0: p.s0, x1: p.s1 });
    // Clipped to the view; out of view, no link.
    expect(linkSpan(p, 40, 400)).toEqual({ x0: 40, x1: p.s1 });
    expect(linkSpan(p, 300, 400)).toBeNull();
  });

  it('draws an open end a short, fixed way out from its finite end', () => {
    const until = place(markTime(extentOf('../2021-05')), X);
    expect(until.x0).toBe(X(utc('2021-05-01')) - OPEN_REACH);
    expect(until.x1).toBe(X(utc('2021-06-01') - 1));
    const since = place(markTime(extentOf('2021-05/..')), X);
    expect(since.x0).toBe(X(utc('2021-05-01')));
    expect(since.x1).toBe(X(utc('2021-06-01') - 1) + OPEN_REACH);
  });
});

describe('scale and window', () => {
  const span = [utc('1947-01-01'), utc('2022-06-30')] as const;

  it('shows the padded whole span for no window, and the window otherwise', () => {
    const whole = paddedSpan(span);
    expect(whole[0]).toBeLessThan(span[0]);
    expect(whole[1]).toBeGreaterThan(span[1]);
    expect(viewDomain(null, span)).toEqual(whole);
    expect(viewDomain([utc('2021-01-01'), utc('2022-01-01')], span)).toEqual([
      utc('2021-01-01'),
      utc('2022-01-01'),
    ]);
  });

  it('reads infinite window ends as the span’s ends and never goes below two days', () => {
    const whole = paddedSpan(span);
    expect(viewDomain([-Infinity, utc('2000-01-01')], span)).toEqual([whole[0], utc('2000-01-01')]);
    const narrow = viewDomain([utc('2021-01-01'), utc('2021-01-01') + 1000], span);
    expect(narrow[1] - narrow[0]).toBe(MIN_WINDOW);
  });

  it('zooms about a point, pans by a share and clamps into the span', () => {
    const w: [number, number] = [0, 100 * DAY];
    expect(zoomWindow(w, 2)).toEqual([25 * DAY, 75 * DAY]);
    expect(zoomWindow(w, 2, 0)).toEqual([0, 50 * DAY]);
    expect(panWindow(w, 0.5)).toEqual([50 * DAY, 150 * DAY]);
    const whole: [number, number] = [0, 1000 * DAY];
    expect(clampWindow([-50 * DAY, 50 * DAY], whole)).toEqual([0, 100 * DAY]);
    expect(clampWindow([-50 * DAY, 5000 * DAY], whole)).toEqual(whole);
  });
});

describe('ticks', () => {
  it('adapt from decades to days', () => {
    const wide = timeTicks([utc('1945-01-01'), utc('2024-01-01')], 700);
    expect(wide.step).toBe('10 years');
    expect(wide.ticks.map((t) => t.label)).toContain('1950');
    expect(wide.context).toEqual([]);

    const year = timeTicks([utc('2021-07-01'), utc('2022-07-01')], 900);
    expect(year.step).toBe('month');
    expect(year.ticks.map((t) => t.label).slice(0, 3)).toEqual(['Jul', 'Aug', 'Sep']);
    expect(year.context.map((t) => t.label)).toEqual(['2021', '2022']);

    const days = timeTicks([utc('2021-08-10'), utc('2021-08-20')], 900);
    expect(days.step).toBe('day');
    expect(days.ticks[0]).toEqual({ t: utc('2021-08-10'), label: '10' });
    expect(days.context[0]!.label).toBe('August 2021');
  });

  it('keep at least the minimum spacing', () => {
    for (const width of [200, 500, 1200]) {
      const d = [utc('1990-01-01'), utc('2025-01-01')] as const;
      const { ticks } = timeTicks(d, width);
      const px = (t: number) => ((t - d[0]) / (d[1] - d[0])) * width;
      for (let i = 1; i < ticks.length; i++) {
        expect(px(ticks[i]!.t) - px(ticks[i - 1]!.t)).toBeGreaterThanOrEqual(60);
      }
    }
  });
});

describe('lanes', () => {
  const all = filterEvents(SEED, EMPTY_FILTERS);
  const relations = filterRelations(SEED, EMPTY_FILTERS);

  it('finds who did what to whom', () => {
    const byId = (id: string) => SEED.events[SEED.eventsById.get(id)!]!;
    expect(eventEnds(byId('ttp-terrorist-strikes'))).toEqual({ from: 'ttp', to: 'pakistan' });
    // No initiator or target: the first two plain participants; the mediator is no end.
    expect(eventEnds(byId('cease-fire-talks'))).toEqual({ from: 'pakistan-government', to: 'ttp' });
    expect(eventEnds(byId('pakistan-created'))).toEqual({ from: 'pakistan', to: null });
  });

  it('follow the affiliation tree, with ancestors kept for readability', () => {
    const a = assignLanes(SEED, all, relations, 'actor', false);
    const keys = a.lanes.map((l) => l.key);
    const at = (id: string) => keys.indexOf(`actor:${id}`);
    expect(at('pakistan')).toBe(0);
    expect(at('pakistan-government')).toBeGreaterThan(at('pakistan'));
    expect(at('isi')).toBe(at('pakistan-military') + 1);
    expect(a.lanes[at('isi')]!.depth).toBe(2);
    // Each event sits in its first end's lane and links to the other.
    const k = [...all].indexOf(SEED.eventsById.get('ttp-terrorist-strikes')!);
    expect(a.from[k]).toBe(at('ttp'));
    expect(a.to[k]).toBe(at('pakistan'));
    const created = [...all].indexOf(SEED.eventsById.get('pakistan-created')!);
    expect(a.to[created]).toBe(-1);
    // Relations are drawn in the lanes of both actors they tie.
    const r = a.relations.find((x) => x.relation.id === 'pakistan-threat-from-india')!;
    expect(r.lanes).toEqual([at('pakistan'), at('india')]);
  });

  it('collapse to top-level actors (ISI and the army into Pakistan)', () => {
    const a = assignLanes(SEED, all, relations, 'actor', true);
    const keys = a.lanes.map((l) => l.key);
    expect(keys).not.toContain('actor:isi');
    expect(keys).not.toContain('actor:pakistan-military');
    const pakistan = a.lanes[keys.indexOf('actor:pakistan')]!;
    expect(pakistan.actors).toEqual(
      expect.arrayContaining(['isi', 'pakistan-military', 'faiz-hameed']),
    );
    expect(a.lanes.every((l) => l.depth === 0)).toBe(true);
    const isi = a.relations.find((x) => x.relation.id === 'isi-influences-taliban')!;
    expect(isi.lanes).toEqual([
      keys.indexOf('actor:pakistan'),
      keys.indexOf('actor:afghan-taliban'),
    ]);
    // The military controlling the government is a tie within Pakistan: one lane.
    const within = a.relations.find(
      (x) => x.relation.id === 'military-controls-afghanistan-policy',
    )!;
    expect(within.lanes).toEqual([keys.indexOf('actor:pakistan')]);
    // Cease-fire talks, Pakistan's government and the TTP: still a link between lanes.
    const k = [...all].indexOf(SEED.eventsById.get('cease-fire-talks')!);
    expect(a.lanes[a.from[k]!]!.key).toBe('actor:pakistan');
  });

  it('group by category in PLOVER order, or in one lane', () => {
    const c = assignLanes(SEED, all, relations, 'category', false);
    expect(c.lanes.map((l) => l.key).slice(0, 2)).toEqual(['category:CONSULT', 'category:SUPPORT']);
    expect(c.relations).toEqual([]);
    expect([...c.to].every((t) => t === -1)).toBe(true);
    const none = assignLanes(SEED, all, relations, 'none', false);
    expect(none.lanes.map((l) => l.key)).toEqual(['all']);
    expect([...none.from].every((f) => f === 0)).toBe(true);
  });
});

describe('stacking', () => {
  it('puts disjoint marks in one row and overlapping ones in separate rows', () => {
    const x0 = [0, 20, 40];
    const x1 = [10, 30, 50];
    expect(stackRows(x0, x1, [0, 1, 2], 4, 2).rowCount).toBe(1);
    const y0 = [0, 5, 8, 30];
    const y1 = [10, 15, 18, 40];
    const r = stackRows(y0, y1, [0, 1, 2, 3], 4, 2);
    expect([...r.rows]).toEqual([0, 1, 2, 0]);
    expect(r.rowCount).toBe(3);
  });

  it('reports what does not fit in the rows allowed', () => {
    const r = stackRows([0, 1, 2], [10, 10, 10], [0, 1, 2], 2, 2);
    expect(r.overflow).toEqual([2]);
    expect(r.rows[2]).toBe(-1);
  });

  it('keeps marks off blockers (density cells fill every row)', () => {
    const r = stackRows([0, 15, 40], [10, 25, 50], [0, 1, 2], 3, 2, [{ x0: 12, x1: 30 }]);
    expect(r.rows[0]).toBe(0);
    expect(r.rows[1]).toBe(-1);
    expect(r.rows[2]).toBe(0);
  });

  it('writes only the given items into a reused buffer, overflow included', () => {
    const buffer = new Int32Array(4).fill(7);
    stackRows([0, 0, 0, 0], [10, 10, 10, 10], [0, 1, 2, 3], 2, 2, [], buffer);
    expect([...buffer]).toEqual([0, 1, -1, -1]);
    const again = stackRows([0, 50, 0, 60], [10, 55, 10, 70], [1, 3], 2, 2, [], buffer);
    expect(again.rows).toBe(buffer);
    // Items 1 and 3 are stacked afresh; 0 and 2 keep what the first call wrote.
    expect([...buffer]).toEqual([0, 0, -1, 0]);
  });
});

describe('aggregation', () => {
  it('bins are power-of-two hours near the target width, aligned to the epoch', () => {
    const hour = 3_600_000;
    for (const msPerPx of [hour / 10, hour, DAY, 30 * DAY]) {
      const w = binWidth(msPerPx);
      expect(Math.log2(w / hour) % 1).toBe(0);
      expect(w / msPerPx).toBeGreaterThan(18 / Math.SQRT2 - 1e-9);
      expect(w / msPerPx).toBeLessThan(Math.max(18 * Math.SQRT2, hour / msPerPx) + 1e-9);
    }
    expect(binOf(-1, 10)).toBe(-1);
    const bins = binItems([0, 1, 2, 3], (i) => [5, 6, 25, -3][i]!, 10);
    expect(bins).toEqual([
      { bin: -1, items: [3] },
      { bin: 0, items: [0, 1] },
      { bin: 2, items: [2] },
    ]);
    expect(denseBins(bins, 1)).toEqual(new Set([0]));
  });
});

/**
 * Every event in view is drawn: once as a mark, or else in one or more cells (each cell it
 * overlaps), never both and never twice in a cell; a cell's range holds its events' dates.
 */
function expectConserved(layout: TimelineLayout, index?: DatasetIndex) {
  const marks = new Set<number>();
  for (const m of layout.marks) {
    expect(marks.has(m.event)).toBe(false);
    marks.add(m.event);
  }
  const inCells = new Set<number>();
  for (const c of layout.cells) {
    expect(new Set(c.events).size).toBe(c.events.length);
    for (const e of c.events) {
      expect(marks.has(e)).toBe(false);
      inCells.add(e);
      if (index) {
        expect(index.dates[layout.basis].start[e]).toBeGreaterThanOrEqual(c.from);
        expect(index.dates[layout.basis].end[e]).toBeLessThanOrEqual(c.to);
      }
    }
  }
  return marks.size + inCells.size;
}

/** No two marks in a row of a lane overlap (points by their dot, spans by their extent). */
function expectNoOverlap(layout: TimelineLayout) {
  const rows = new Map<string, [number, number][]>();
  for (const m of layout.marks) {
    const a = m.shape === 'point' ? m.cx - 5 : Math.min(m.s0, m.x0);
    const z = m.shape === 'point' ? m.cx + 5 : Math.max(m.s1, m.x1);
    const key = `${m.lane}:${m.row}`;
    rows.set(key, [...(rows.get(key) ?? []), [a, z]]);
  }
  for (const list of rows.values()) {
    list.sort((p, q) => p[0] - q[0]);
    for (let i = 1; i < list.length; i++)
      expect(list[i]![0]).toBeGreaterThanOrEqual(list[i - 1]![1]);
  }
}

describe('the layout', () => {
  const all = filterEvents(SEED, EMPTY_FILTERS);
  const relations = filterRelations(SEED, EMPTY_FILTERS);
  const model = buildModel(SEED, all, relations, 'actor', false);

  it('lays out every seed event in view, without overlaps, with links and known dates', () => {
    const layout = layoutTimeline(model, {
      domain: viewDomain(null, SEED.span),
      range: [136, 900],
    });
    expect(layout.cells).toEqual([]);
    expect(expectConserved(layout)).toBe(SEED.events.length);
    expectNoOverlap(layout);
    const strikes = layout.marks.find((m) => SEED.events[m.event]!.id === 'ttp-terrorist-strikes')!;
    expect(strikes.link).not.toBeNull();
    expect(strikes.known).not.toBeNull();
    // Best known: 1947 is placed at its known day, a diamond, the text's year a whisker.
    const created = layout.marks.find((m) => SEED.events[m.event]!.id === 'pakistan-created')!;
    expect(created).toMatchObject({ shape: 'point', fromKnown: true });
    expect(created.whisker!.x0).toBeLessThan(created.cx);
    expect(created.whisker!.x1).toBeGreaterThan(created.cx);
    // As the text says: the year is the bar, the known day a tick inside it.
    const asText = layoutTimeline(buildModel(SEED, all, relations, 'actor', false, 'text'), {
      domain: viewDomain(null, SEED.span),
      range: [136, 900],
    });
    const year = asText.marks.find((m) => SEED.events[m.event]!.id === 'pakistan-created')!;
    expect(year).toMatchObject({ shape: 'span', fromKnown: false, whisker: null });
    expect(year.known?.point).toBe(true);
    expect(year.known!.x0).toBeGreaterThan(year.x0);
    expect(year.known!.x0).toBeLessThan(year.x1);
    // Bands for relations, lanes stacked top to bottom.
    expect(layout.bands.length).toBeGreaterThan(0);
    for (let i = 1; i < layout.lanes.length; i++) {
      expect(layout.lanes[i]!.y).toBe(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
    }
  });

  it('fades an open start out a short way before its finite end, not across the plot', () => {
    const domain = [utc('2021-07-01'), utc('2022-07-01')] as const;
    const layout = layoutTimeline(model, { domain, range: [136, 900] });
    const fence = layout.marks.find((m) => SEED.events[m.event]!.id === 'pakistan-fences-border')!;
    expect(fence.openStart).toBe(true);
    const may = 136 + ((utc('2022-05-01') - domain[0]) / (domain[1] - domain[0])) * 764;
    expect(fence.x0).toBeCloseTo(may - OPEN_REACH, 6);
    expect(fence.x0).toBeGreaterThan(600);
    const segments = barSegments(fence);
    expect(segments[0]).toEqual({ x: fence.x0, w: FADE, fade: 'in' });
    expect(segments[segments.length - 1]!.fade).toBe('out'); // "2022-05~": a soft end
  });

  it('draws a link as a line only at a day, else as a span over the uncertain extent', () => {
    const domain = [utc('2021-07-01'), utc('2022-07-01')] as const;
    for (const basis of ['best', 'text'] as const) {
      const m = buildModel(SEED, all, relations, 'actor', false, basis);
      const layout = layoutTimeline(m, { domain, range: [136, 900] });
      for (const mark of layout.marks) {
        if (!mark.link) continue;
        if (mark.shape === 'point') expect(mark.link.x1).toBe(mark.link.x0);
        else expect([mark.link.x0, mark.link.x1]).toEqual([Math.max(136, mark.s0), mark.s1]);
      }
      const air = layout.marks.find(
        (x) => SEED.events[x.event]!.id === 'airstrikes-on-ttp-in-afghanistan',
      )!;
      // Best known: December 2021 – 16 April 2022; as the text says: August 2021 – c. May 2022.
      const at = (t: number) => 136 + ((t - domain[0]) / (domain[1] - domain[0])) * 764;
      const from = basis === 'best' ? utc('2021-12-01') : utc('2021-08-01');
      expect(air.link!.x0).toBeCloseTo(at(from), 6);
      expect(air.link!.x1 - air.link!.x0).toBeGreaterThan(100);
    }
  });

  it('leaves out what is not in view', () => {
    const domain = [utc('2021-11-01'), utc('2021-11-30')] as const;
    const layout = layoutTimeline(model, { domain, range: [136, 900] });
    const ids = layout.marks.map((m) => SEED.events[m.event]!.id);
    expect(ids).not.toContain('pakistan-created');
    expect(ids).not.toContain('imran-khan-ousted');
    expect(ids).toContain('ttp-terrorist-strikes');
  });

  it('merges a crowded lane into density cells that split as you zoom in', () => {
    const index = indexOf(generateDataset({ events: 3000, actors: 5, seed: 7 }));
    const events = filterEvents(index, EMPTY_FILTERS);
    const m = buildModel(index, events, [], 'actor', false);
    const wide = layoutTimeline(m, { domain: viewDomain(null, index.span), range: [0, 800] });
    expect(wide.cells.length).toBeGreaterThan(0);
    expect(wide.lanes.some((l) => l.crowded)).toBe(true);
    expect(expectConserved(wide, index)).toBeGreaterThan(2500);
    expectNoOverlap(wide);
    const maxWide = Math.max(...wide.cells.map((c) => c.events.length));
    // A cell holds events whose dates overlap it (never one placed by its middle), and an
    // event spanning several cells is counted in each.
    const cellsOf = new Map<number, number>();
    for (const c of wide.cells) {
      for (const e of c.events) {
        expect(index.softStart[e]!).toBeLessThanOrEqual(c.t1);
        expect(index.softEnd[e]!).toBeGreaterThanOrEqual(c.t0);
        cellsOf.set(e, (cellsOf.get(e) ?? 0) + 1);
      }
    }
    expect(Math.max(...cellsOf.values())).toBeGreaterThan(1);

    const mid = utc('2005-06-01');
    const narrow = layoutTimeline(m, {
      domain: [mid - 60 * DAY, mid + 60 * DAY],
      range: [0, 800],
    });
    expectConserved(narrow, index);
    expectNoOverlap(narrow);
    const maxNarrow = Math.max(0, ...narrow.cells.map((c) => c.events.length));
    expect(maxNarrow).toBeLessThan(maxWide);
    expect(narrow.marks.length).toBeGreaterThan(0);
  });

  it('leaves links out when too many are in view', () => {
    const index = indexOf(generateDataset({ events: 2000, actors: 20, seed: 3 }));
    const m = buildModel(index, filterEvents(index, EMPTY_FILTERS), [], 'actor', false);
    const domain = viewDomain(null, index.span);
    const few = layoutTimeline(m, { domain, range: [0, 800], maxLinks: 10 });
    expect(few.linksShown).toBe(false);
    expect(few.marks.every((x) => x.link === null)).toBe(true);
    const all = layoutTimeline(m, { domain, range: [0, 800] });
    expect(all.marks.some((x) => x.link !== null)).toBe(true);
  });
});

describe('events outside the window', () => {
  it('counts 1947 as earlier than the dense period and widens the window to it', () => {
    const all = filterEvents(SEED, EMPTY_FILTERS);
    const window: [number, number] = [utc('2021-06-01'), utc('2022-07-01')];
    const out = outsideWindow(SEED, all, window);
    expect(out.before).toMatchObject({ count: 1, years: '1947' });
    expect(out.after).toBeNull();
    const wider = includeInWindow(window, out.before!.from, out.before!.to);
    expect(wider[0]).toBeLessThan(utc('1947-01-01'));
    expect(wider[1]).toBe(window[1]);
    expect(outsideWindow(SEED, all, null)).toEqual({ before: null, after: null });
  });
});

describe('keyboard order', () => {
  const items = timeOrder([
    { key: 'c', lane: 1, x: 30, row: 0 },
    { key: 'a', lane: 0, x: 10, row: 0 },
    { key: 'b', lane: 0, x: 20, row: 1 },
    { key: 'd', lane: 2, x: 12, row: 0 },
  ]);

  it('moves through time left and right, and between lanes up and down', () => {
    expect(items.map((i) => i.key)).toEqual(['a', 'd', 'b', 'c']);
    expect(navigate(items, 'a', 'ArrowRight')).toBe('d');
    expect(navigate(items, 'd', 'ArrowLeft')).toBe('a');
    expect(navigate(items, 'c', 'ArrowRight')).toBeNull();
    expect(navigate(items, 'a', 'ArrowDown')).toBe('c');
    expect(navigate(items, 'c', 'ArrowDown')).toBe('d');
    expect(navigate(items, 'c', 'ArrowUp')).toBe('b');
    expect(navigate(items, 'a', 'ArrowUp')).toBeNull();
    expect(navigate(items, null, 'ArrowRight')).toBe('a');
    expect(navigate(items, 'b', 'End')).toBe('c');
    expect(navigate(items, 'b', 'Home')).toBe('a');
  });
});
