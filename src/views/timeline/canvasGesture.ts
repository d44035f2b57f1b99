/**
 * What the canvas draws during a gesture besides the marks (canvasMarks.ts): the time axis,
 * the grid and the relation bands at the live window. During a gesture the SVG copies of
 * these step aside: redrawing a canvas leaves the page's layers as they are, while changing
 * the SVG each frame had the browser re-layerize the whole page (with the actor graph
 * showing, about 30 ms a frame on the benchmark machine).
 */
import type { BandLayout } from '../../query/timeline/layout';
import { shiftX, type PixelMap } from '../../query/timeline/shiftLayout';
import type { Ticks } from '../../query/timeline/ticks';
import type { TimeScale } from '../../query/timeline/scale';
import { barSegments } from '../../query/timeline/segments';
import { relationColour } from '../palette';
import { AXIS_HEIGHT } from './TimelineAxis';

/** The axis's colours, as timeline.css gives the SVG axis. */
const AXIS = { text: '#1d1d1f', muted: '#5a5a66', line: '#9a988f', grid: '#ecebe6' };

export interface AxisOptions {
  width: number;
  L: number;
  R: number;
  ticks: Ticks;
  x: TimeScale;
  dpr: number;
  /** The page's font family (read from the SVG axis). */
  font: string;
}

/** The time axis as TimelineAxis draws it: the line, context labels, ticks and labels. */
export function drawAxis(ctx: CanvasRenderingContext2D, o: AxisOptions) {
  const { L, R, x } = o;
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
  ctx.clearRect(0, 0, o.width, AXIS_HEIGHT);
  ctx.strokeStyle = AXIS.line;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(L, AXIS_HEIGHT - 0.5);
  ctx.lineTo(R, AXIS_HEIGHT - 0.5);
  for (const t of o.ticks.ticks) {
    const px = Math.round(x(t.t)) + 0.5;
    ctx.moveTo(px, AXIS_HEIGHT - 6);
    ctx.lineTo(px, AXIS_HEIGHT);
  }
  ctx.stroke();
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.font = `600 11px ${o.font}`;
  ctx.fillStyle = AXIS.text;
  for (const t of o.ticks.context) ctx.fillText(t.label, Math.max(L, x(t.t)) + 3, 12);
  ctx.font = `11px ${o.font}`;
  ctx.fillStyle = AXIS.muted;
  for (const t of o.ticks.ticks) ctx.fillText(t.label, x(t.t) + 3, AXIS_HEIGHT - 7);
}

/** The grid at the live ticks, over the lanes' slice [top, bottom] (layout coordinates). */
export function drawGrid(
  ctx: CanvasRenderingContext2D,
  xs: readonly number[],
  o: { L: number; R: number; top: number; bottom: number },
) {
  ctx.strokeStyle = AXIS.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const gx of xs) {
    if (gx < o.L || gx > o.R) continue;
    const px = Math.round(gx) + 0.5;
    ctx.moveTo(px, o.top);
    ctx.lineTo(px, o.bottom);
  }
  ctx.stroke();
}

/** The relation bands (thin stripes, half opacity as in the SVG), moved by `map` (layout y). */
export function drawBands(
  ctx: CanvasRenderingContext2D,
  bands: readonly BandLayout[],
  map: PixelMap,
  o: { L: number; R: number; top: number; bottom: number },
) {
  const X = shiftX(map, [o.L, o.R]);
  for (const b of bands) {
    if (b.y < o.top - 2 || b.y > o.bottom + 2) continue;
    const kinds = new Set(b.relations.map((r) => relationColour(r.kind)));
    ctx.fillStyle = kinds.size === 1 ? [...kinds][0]! : '#77756e';
    const ends = { ...b, x0: X(b.x0), x1: X(b.x1), s0: X(b.s0), s1: X(b.s1) };
    for (const s of barSegments(ends)) {
      const x0 = Math.max(s.x, o.L - 1);
      const x1 = Math.min(s.x + s.w, o.R + 1);
      // Faded ends drawn lighter, not as gradients: this is a frame of a gesture.
      ctx.globalAlpha = s.fade ? 0.25 : 0.5;
      if (x1 > x0) ctx.fillRect(x0, b.y - 1, x1 - x0, 2);
    }
  }
  ctx.globalAlpha = 1;
}
