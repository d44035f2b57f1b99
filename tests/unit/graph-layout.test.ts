import { describe, expect, it } from 'vitest';
import { Dataset } from '../../src/model/schema';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents, filterRelations, type Filters } from '../../src/query/filter';
import { deriveGraph } from '../../src/query/graph/derive';
import { layoutGraph, type LayoutResult, type Point } from '../../src/query/graph/layout';
import { curve, edgePaths, layoutInputFor, nodeLooks } from '../../src/query/graph/scene';
import { stepInDirection } from '../../src/query/graph/navigate';
import { generateDataset } from '../../scripts/synthetic';
import { laysOutOnPage, WORKER_THRESHOLD } from '../../src/views/graph/layoutEngine';
import { seed } from './helpers';

const W = 420;
const H = 380;

function layoutFor(
  index: ReturnType<typeof buildIndex>,
  filters: Partial<Filters> = {},
  previous?: Record<string, Point>,
) {
  const f = { ...EMPTY_FILTERS, ...filters };
  const graph = deriveGraph(index, filterEvents(index, f), filterRelations(index, f));
  const input = layoutInputFor(graph, nodeLooks(graph), W, H);
  return layoutGraph({ ...input, previous });
}

const positions = (r: LayoutResult) =>
  Object.fromEntries(r.ids.map((id, i) => [id, [r.x[i]!, r.y[i]!] as Point]));

describe('layoutGraph', () => {
  const index = buildIndex(Dataset.parse(seed()));

  it('is deterministic: the same input gives the same positions', () => {
    const a = layoutFor(index);
    const b = layoutFor(index);
    expect(a.ids.length).toBeGreaterThan(5);
    expect([...a.x]).toEqual([...b.x]);
    expect([...a.y]).toEqual([...b.y]);
  });

  it('keeps every node inside the box and apart from the others', () => {
    const r = layoutFor(index, { window: null });
    for (let i = 0; i < r.ids.length; i++) {
      expect(r.x[i]).toBeGreaterThanOrEqual(0);
      expect(r.x[i]).toBeLessThanOrEqual(W);
      expect(r.y[i]).toBeGreaterThanOrEqual(0);
      expect(r.y[i]).toBeLessThanOrEqual(H);
      for (let j = 0; j < i; j++) {
        expect(Math.hypot(r.x[i]! - r.x[j]!, r.y[i]! - r.y[j]!)).toBeGreaterThan(10);
      }
    }
  });

  it('is stable: after a filter change, surviving nodes stay close to where they were', () => {
    const before = layoutFor(index, { window: null });
    const was = positions(before);
    // Narrow to 2022: some actors leave, the rest should barely move.
    const after = layoutFor(index, { window: [Date.UTC(2022, 0, 1), Date.UTC(2022, 11, 31)] }, was);
    const now = positions(after);
    const survivors = after.ids.filter((id) => was[id]);
    expect(survivors.length).toBeGreaterThan(3);
    expect(survivors.length).toBeLessThan(before.ids.length);
    const moves = survivors.map((id) =>
      Math.hypot(now[id]![0] - was[id]![0], now[id]![1] - was[id]![1]),
    );
    // In a 420 × 380 box: no actor moves more than 20px, and on average they move less than 12.
    for (const [i, d] of moves.entries()) expect(d, survivors[i]).toBeLessThan(20);
    expect(moves.reduce((a, b) => a + b, 0) / moves.length).toBeLessThan(12);
  });

  it('places a new node beside its neighbours and never moves a pinned node', () => {
    const base = layoutFor(index, { window: [Date.UTC(2022, 0, 1), Date.UTC(2022, 11, 31)] });
    const was = positions(base);
    const pinnedId = base.ids[0]!;
    const pin: Point = [30, 40];
    const f = { ...EMPTY_FILTERS, window: null };
    const graph = deriveGraph(index, filterEvents(index, f), filterRelations(index, f));
    const r = layoutGraph({
      ...layoutInputFor(graph, nodeLooks(graph), W, H),
      previous: was,
      pinned: { [pinnedId]: pin },
    });
    const now = positions(r);
    expect(now[pinnedId]).toEqual(pin);
    // India is tied only to Pakistan (a threat since 1947): it lands in Pakistan's part of the box.
    const d = Math.hypot(now.india![0] - now.pakistan![0], now.india![1] - now.pakistan![1]);
    expect(d).toBeLessThan(W / 2);
  });

  it('lays out a large synthetic graph within its box', () => {
    const big = buildIndex(Dataset.parse(generateDataset({ events: 2000, actors: 400, seed: 3 })));
    const graph = deriveGraph(big, filterEvents(big, EMPTY_FILTERS), []);
    const input = layoutInputFor(graph, nodeLooks(graph, true), 1200, 1000);
    const r = layoutGraph(input);
    expect(r.ids.length).toBe(graph.nodes.length);
    expect([...r.x].every((x) => x >= 0 && x <= 1200)).toBe(true);
    expect([...r.x].every(Number.isFinite)).toBe(true);
  });
});

describe('edge geometry', () => {
  it('trims a straight edge to the rims of its two nodes', () => {
    const { d, mid } = curve([0, 0], [100, 0], 0, 10, 12);
    expect(d).toBe('M10,0Q50,0 88,0');
    expect(mid).toEqual([49.5, 0]);
  });

  it('fans out parallel and opposite edges between the same pair onto distinct curves', () => {
    const pos: Record<string, Point> = { a: [0, 0], b: [100, 0] };
    const e = (source: string, target: string, type: string) => ({
      id: `${source}${target}${type}`,
      source,
      target,
      type: type as never,
      role: 'direct' as const,
      count: 1,
      ids: [],
    });
    const paths = edgePaths(
      [e('a', 'b', 'ASSAULT'), e('b', 'a', 'ASSAULT'), e('a', 'b', 'THREATEN')],
      (id) => pos[id],
      () => 5,
    );
    const mids = paths.map((p) => Math.round(p.mid[1]));
    expect(new Set(mids).size).toBe(3);
  });
});

describe('stepInDirection', () => {
  const pos: Record<string, Point> = { c: [0, 0], r: [100, 5], far: [300, 0], u: [0, -50] };
  const at = (id: string) => pos[id];
  it('moves to the neighbour that lies that way, else to the nearest actor that way', () => {
    expect(stepInDirection('c', 'right', new Set(['far', 'u']), Object.keys(pos), at)).toBe('far');
    expect(stepInDirection('c', 'right', new Set(['u']), Object.keys(pos), at)).toBe('r');
    expect(stepInDirection('c', 'up', new Set(['u']), Object.keys(pos), at)).toBe('u');
    expect(stepInDirection('c', 'left', new Set(['u']), Object.keys(pos), at)).toBeNull();
  });
});

describe('where the graph is laid out', () => {
  const inputFor = (dataset: unknown) => {
    const index = buildIndex(Dataset.parse(dataset));
    const graph = deriveGraph(
      index,
      filterEvents(index, EMPTY_FILTERS),
      filterRelations(index, EMPTY_FILTERS),
    );
    return layoutInputFor(graph, nodeLooks(graph), W, H);
  };

  it("keeps the report's graph on the page, and sends a thousand events' graph to the worker", () => {
    const report = inputFor(seed());
    const thousand = inputFor(generateDataset({ events: 1000, actors: 100, seed: 1 }));
    expect(report.ids.length + report.links.length).toBeLessThanOrEqual(WORKER_THRESHOLD);
    expect(laysOutOnPage(report, true)).toBe(true);
    expect(laysOutOnPage(thousand, true)).toBe(false);
    // Without workers (tests in node, old browsers) every graph is laid out on the page.
    expect(laysOutOnPage(thousand, false)).toBe(true);
  });
});
