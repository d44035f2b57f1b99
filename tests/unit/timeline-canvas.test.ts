/** The canvas drawing of cells (src/views/timeline/canvasMarks.ts), through a recording context. */
import { describe, expect, it } from 'vitest';
import { drawCanvas } from '../../src/views/timeline/canvasMarks';
import type { CellLayout, TimelineLayout } from '../../src/query/timeline/layout';
import type { DatasetIndex } from '../../src/query/indexes';

/** A 2D context that records the text it is asked to draw and ignores the rest. */
function recorder() {
  const texts: string[] = [];
  const ctx = new Proxy(
    {},
    {
      get: (_, key) =>
        key === 'fillText' ? (t: string) => texts.push(t) : key in {} ? undefined : () => {},
      set: () => true,
    },
  ) as unknown as CanvasRenderingContext2D;
  return { ctx, texts };
}

const cell = (over: Partial<CellLayout>): CellLayout => ({
  lane: 0,
  x0: 200,
  x1: 900,
  y0: 10,
  y1: 24,
  t0: Date.UTC(2022, 3, 1),
  t1: Date.UTC(2022, 4, 1),
  events: [0, 1, 2],
  from: Date.UTC(2021, 7, 1),
  to: Date.UTC(2022, 4, 31),
  ...over,
});

function draw(cells: CellLayout[]) {
  const { ctx, texts } = recorder();
  const layout = {
    cells,
    marks: [],
    lanes: [],
    bands: [],
    height: 100,
  } as unknown as TimelineLayout;
  drawCanvas(ctx, {
    index: { events: [] } as unknown as DatasetIndex,
    layout,
    width: 1000,
    top: 0,
    bottom: 100,
    L: 150,
    R: 990,
    selected: new Set(),
    hot: null,
    dpr: 1,
  });
  return texts;
}

describe('canvas cells', () => {
  it('writes what a spanning band is, with its dates, as the SVG does', () => {
    const [text] = draw([cell({ spans: true })]);
    expect(text).toMatch(/^3 events span this window \(.*2021.*2022.*\)$/);
  });

  it('writes a crowded cell’s count', () => {
    expect(draw([cell({ x1: 260 })])).toEqual(['3']);
  });
});
