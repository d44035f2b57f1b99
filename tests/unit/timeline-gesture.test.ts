/**
 * A gesture off React's path: the live window (liveWindow.ts), the writer that gives the
 * store a gesture's window only when it settles (gestureWriter.ts), and the move of a laid-out
 * timeline to the live window (shiftLayout.ts), checked against a real layout.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents, filterRelations } from '../../src/query/filter';
import { buildModel, layoutTimeline } from '../../src/query/timeline/layout';
import { pixelMap, shiftLayout, shiftX } from '../../src/query/timeline/shiftLayout';
import { timeScale, viewDomain, zoomWindow } from '../../src/query/timeline/scale';
import { createLiveWindow, type Window } from '../../src/views/timeline/liveWindow';
import { createWindowWriter, type Timers } from '../../src/views/timeline/gestureWriter';
import { seed } from './helpers';

/** Timers run by hand, so the settle is checked step by step. */
function manualTimers() {
  let next = 0;
  const due = new Map<number, () => void>();
  const timers: Timers = {
    set: (fn) => {
      due.set(++next, fn);
      return next;
    },
    clear: (id) => due.delete(id as number),
  };
  const fire = () => {
    const fns = [...due.values()];
    due.clear();
    fns.forEach((fn) => fn());
  };
  return { timers, fire, waiting: () => due.size };
}

describe('the live window', () => {
  it('tells its subscribers of each change, and stops when they unsubscribe', () => {
    const live = createLiveWindow();
    const seen: (Window | null)[] = [];
    const off = live.subscribe(() => seen.push(live.get()));
    live.set([1, 2]);
    live.set(null);
    off();
    live.set([3, 4]);
    expect(seen).toEqual([[1, 2], null]);
    expect(live.get()).toEqual([3, 4]);
  });
});

describe('the gesture writer', () => {
  it('shows each step live and gives the store only the last, once, when the gesture pauses', () => {
    const live = createLiveWindow();
    const stored: Window[] = [];
    const t = manualTimers();
    const writer = createWindowWriter(live, (w) => stored.push(w), t.timers);
    const shown: (Window | null)[] = [];
    live.subscribe(() => shown.push(live.get()));
    writer.write([0, 100]);
    writer.write([10, 90]);
    writer.write([20, 80]);
    expect(stored).toEqual([]);
    expect(shown).toEqual([
      [0, 100],
      [10, 90],
      [20, 80],
    ]);
    expect(writer.pending()).toBe(true);
    // Each step restarts the pause: one timer waits, for the last window.
    expect(t.waiting()).toBe(1);
    t.fire();
    expect(stored).toEqual([[20, 80]]);
    expect(live.get()).toBeNull();
    expect(writer.pending()).toBe(false);
  });

  it('gives the store the window at once when the gesture ends, and not again after', () => {
    const live = createLiveWindow();
    const stored: Window[] = [];
    const t = manualTimers();
    const writer = createWindowWriter(live, (w) => stored.push(w), t.timers);
    writer.write([5, 50]);
    writer.settle();
    expect(stored).toEqual([[5, 50]]);
    expect(t.waiting()).toBe(0);
    writer.settle();
    t.fire();
    expect(stored).toEqual([[5, 50]]);
  });

  it('drops a gesture a button or key replaced', () => {
    const live = createLiveWindow();
    const stored: Window[] = [];
    const t = manualTimers();
    const writer = createWindowWriter(live, (w) => stored.push(w), t.timers);
    writer.write([5, 50]);
    writer.cancel();
    t.fire();
    expect(stored).toEqual([]);
    expect(writer.pending()).toBe(false);
  });

  it('has the store take the window before the live window clears', () => {
    const live = createLiveWindow();
    const order: string[] = [];
    const writer = createWindowWriter(live, () => order.push('store'), manualTimers().timers);
    writer.write([1, 2]);
    live.subscribe(() => order.push(live.get() ? 'live' : 'cleared'));
    writer.settle();
    expect(order).toEqual(['store', 'cleared']);
  });
});

describe('moving a layout to the live window', () => {
  const range = [150, 1000] as const;

  it('maps pixels so that a time keeps its place on the new scale', () => {
    const from = [Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1)] as const;
    const to = [Date.UTC(2020, 6, 1), Date.UTC(2021, 3, 1)] as const;
    const { a, b } = pixelMap(from, to, range);
    const xFrom = timeScale(from, range);
    const xTo = timeScale(to, range);
    for (const t of [Date.UTC(2020, 2, 3), Date.UTC(2020, 11, 24), Date.UTC(2021, 5, 9)]) {
      expect(a * xFrom(t) + b).toBeCloseTo(xTo(t), 6);
    }
    expect(pixelMap(from, from, range)).toEqual({ a: 1, b: 0 });
  });

  it('puts the marks where a layout for the new window puts them, sizes unchanged', () => {
    const { dataset } = validateDataset(seed());
    const index = buildIndex(dataset!);
    const model = buildModel(index, filterEvents(index, EMPTY_FILTERS), [], 'actor', false);
    const from = viewDomain(null, index.span);
    // A small step in, around the middle: no mark changes rows or merges.
    const to = zoomWindow(from, 1.02);
    const before = layoutTimeline(model, { domain: from, range });
    const after = layoutTimeline(model, { domain: to, range });
    const moved = shiftLayout(before, pixelMap(from, to, range), range);
    expect(moved.marks.length).toBe(before.marks.length);
    let compared = 0;
    for (const m of moved.marks) {
      const real = after.marks.find((n) => n.event === m.event);
      // Ends clamped to the view's margin, an open end's reach and a tiny bar's widening are
      // pixels, not times: only ends that are times are compared.
      if (!real || [m.x0, m.x1, real.x0, real.x1].some((x) => x <= 90 || x >= 1060)) continue;
      if (m.openStart || m.openEnd || (m.shape === 'span' && real.x1 - real.x0 < 10)) continue;
      expect(m.cx).toBeCloseTo(real.cx, 6);
      expect(m.x0).toBeCloseTo(real.x0, 6);
      expect(m.x1).toBeCloseTo(real.x1, 6);
      expect(m.y).toBe(before.marks.find((n) => n.event === m.event)!.y);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(5);
    // The layout it came from is left as it was.
    expect(before.marks[0]).toEqual(layoutTimeline(model, { domain: from, range }).marks[0]);
  });

  it('moves the relation bands too when asked (a layout standing in for a window)', () => {
    const { dataset } = validateDataset(seed());
    const index = buildIndex(dataset!);
    const relations = filterRelations(index, EMPTY_FILTERS);
    const model = buildModel(index, filterEvents(index, EMPTY_FILTERS), relations, 'actor', false);
    const from = viewDomain(null, index.span);
    const to = zoomWindow(from, 1.02);
    const before = layoutTimeline(model, { domain: from, range });
    const after = layoutTimeline(model, { domain: to, range });
    const map = pixelMap(from, to, range);
    // A gesture draws the bands moved itself: by default they are left as they were.
    expect(shiftLayout(before, map, range).bands).toBe(before.bands);
    const moved = shiftLayout(before, map, range, { bands: true }).bands;
    expect(moved.length).toBe(after.bands.length);
    expect(moved.length).toBeGreaterThan(0);
    let compared = 0;
    moved.forEach((band, i) => {
      const real = after.bands[i]!;
      expect(band.relations).toBe(before.bands[i]!.relations);
      if ([band.x0, band.x1, real.x0, real.x1].some((x) => x <= 90 || x >= 1060)) return;
      expect(band.x0).toBeCloseTo(real.x0, 6);
      expect(band.x1).toBeCloseTo(real.x1, 6);
      expect(band.y).toBe(before.bands[i]!.y);
      compared++;
    });
    expect(compared).toBeGreaterThanOrEqual(1);
  });

  it('keeps what the layout clamped at an edge beyond that edge, zooming in or out', () => {
    const from = [Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)] as const;
    const out = [Date.UTC(2020, 0, 1), Date.UTC(2023, 0, 1)] as const;
    const X = shiftX(pixelMap(from, out, range), range);
    const [L, R] = range;
    // Undated ends and far times stay off the plot...
    for (const x of [L - 1, L - 60, L - 500]) expect(X(x)).toBeLessThan(L);
    for (const x of [R + 1, R + 60, R + 500]) expect(X(x)).toBeGreaterThan(R);
    // ...while a time just off the old view comes into the wider one.
    expect(X(L - 30)).toBeGreaterThan(L);
    expect(X(R + 30)).toBeLessThan(R);
  });
});
