import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels, type Box, type LabelItem } from '../../src/query/graph/labelPlacement';
import { tiesOf } from '../../src/query/graph/navigate';
import type { Point } from '../../src/query/graph/layout';

const overlap = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

function place(items: LabelItem[], at: Record<string, Point>, bounds?: Box) {
  return placeLabels(items, (id) => at[id], bounds);
}

describe('label placement', () => {
  it('puts a lone label under its mark, centred', () => {
    const placed = place([{ id: 'a', r: 10, lines: ['Pakistan'] }], { a: [100, 100] });
    const a = placed.get('a')!;
    expect(a.side).toBe('below');
    expect(a.anchor).toBe('middle');
    expect(a.dx).toBe(0);
    expect(a.dy).toBeGreaterThanOrEqual(10);
  });

  it('moves a label aside when the place below is taken, and keeps the busier one below', () => {
    const items = [
      { id: 'busy', r: 10, lines: ['Pakistan'] },
      { id: 'quiet', r: 6, lines: ['India'] },
    ];
    // "quiet" sits right under "busy": its own place below would do, but busy's label
    // (placed first) would overlap quiet's mark, so busy goes elsewhere and quiet too.
    const placed = place(items, { busy: [100, 100], quiet: [100, 130] });
    const boxes = [...placed.values()].map((p) => p.box);
    expect(placed.size).toBe(2);
    expect(overlap(boxes[0]!, boxes[1]!)).toBe(false);
  });

  it('hides the label of lower priority when there is no free place', () => {
    // Two marks on one spot, in a strip that holds one label only (below or diagonal).
    const items = [
      { id: 'first', r: 5, lines: ['Government of'] },
      { id: 'second', r: 5, lines: ['Government of'] },
    ];
    const placed = place(items, { first: [100, 100], second: [100, 100] }, [0, 95, 200, 125]);
    expect(placed.get('first')?.side).toBe('below');
    expect(placed.has('second')).toBe(false);
  });

  it('keeps labels inside the bounds', () => {
    const placed = place(
      [{ id: 'a', r: 8, lines: ['Afghan Taliban'] }],
      { a: [60, 195] },
      [0, 0, 300, 200],
    );
    const a = placed.get('a')!;
    expect(a.side).not.toBe('below');
    expect(a.box[3]).toBeLessThanOrEqual(200);
  });

  it('never overlaps two labels, or a label and another mark, for any scatter', () => {
    const arb = fc.array(
      fc.record({
        x: fc.integer({ min: 0, max: 400 }),
        y: fc.integer({ min: 0, max: 300 }),
        r: fc.integer({ min: 3, max: 20 }),
        text: fc.string({ minLength: 1, maxLength: 16 }),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (nodes) => {
        const items = nodes.map((n, i) => ({ id: `n${i}`, r: n.r, lines: [n.text] }));
        const at = Object.fromEntries(nodes.map((n, i) => [`n${i}`, [n.x, n.y] as Point]));
        const bounds: Box = [0, 0, 400, 300];
        const placed = [...place(items, at, bounds)];
        for (const [i, [, a]] of placed.entries()) {
          expect(a.box[0] >= 0 && a.box[1] >= 0 && a.box[2] <= 400 && a.box[3] <= 300).toBe(true);
          for (const [, b] of placed.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
          for (const [j, n] of nodes.entries()) {
            if (`n${j}` === placed[i]![0]) continue;
            const r = n.r * 0.8;
            expect(overlap(a.box, [n.x - r, n.y - r, n.x + r, n.y + r])).toBe(false);
          }
        }
      }),
    );
  });
});

describe('the keyboard walk of an actor’s ties', () => {
  it('lists the actor’s ties, the busiest first, then by name', () => {
    const edges = [
      { id: '1', source: 'isi', target: 'ttp', count: 3 },
      { id: '2', source: 'pak', target: 'ttp', count: 1 },
      { id: '3', source: 'ttp', target: 'afg', count: 1 },
      { id: '4', source: 'pak', target: 'afg', count: 5 },
    ];
    const names: Record<string, string> = { '1': 'ISI', '2': 'Pakistan', '3': 'Afghan' };
    const ties = tiesOf(edges, 'ttp', (e) => names[e.id]!);
    expect(ties.map((e) => e.id)).toEqual(['1', '3', '2']);
  });
});
