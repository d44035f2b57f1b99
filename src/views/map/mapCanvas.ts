/**
 * The map's marks on a canvas, for views with more items than SVG draws smoothly. The same
 * encodings as MapMarks (see there); redrawn every frame of a gesture from the items
 * prepared for the settled zoom, so panning costs one pass over the visible items.
 */
import type { ZoomTransform } from 'd3-zoom';
import { CATEGORY_COLOURS } from '../palette';
import { itemRadius, type MapItem } from './mapScene';

export interface CanvasPaint {
  items: readonly MapItem[];
  transform: ZoomTransform;
  /** The zoom the items were prepared for: their radii are drawn at it. */
  k: number;
  width: number;
  height: number;
  dpr: number;
  marked: ReadonlySet<string>;
}

export function drawMapCanvas(ctx: CanvasRenderingContext2D, p: CanvasPaint): void {
  const { transform: t, width, height, dpr } = p;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  // Radii scale with the gesture's zoom relative to the settled one, as the SVG layer does.
  const scale = t.k / p.k;
  ctx.font = '600 11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const item of p.items) {
    const x = t.x + item.x * t.k;
    const y = t.y + item.y * t.k;
    const r = itemRadius(item, p.k) * scale;
    if (x < -r || y < -r || x > width + r || y > height + r) continue;
    const colour = CATEGORY_COLOURS[item.category];
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    if (item.kind === 'group') {
      ctx.globalAlpha = 0.85;
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1.5;
      ctx.stroke();
      ctx.fillStyle = '#fff';
      ctx.fillText(String(item.events.length), x, y);
    } else if (item.precision === 'point') {
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1;
      ctx.stroke();
    } else if (item.precision === 'region' || item.precision === 'water') {
      const g = ctx.createRadialGradient(x, y, 0, x, y, r);
      g.addColorStop(0, `${colour}73`);
      g.addColorStop(1, `${colour}00`);
      ctx.fillStyle = g;
      ctx.fill();
    } else if (item.precision === 'country' || item.precision === 'border') {
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.strokeStyle = colour;
      ctx.lineWidth = 2;
      ctx.stroke();
      ctx.fillStyle = colour;
      ctx.fillText(String(item.events.length), x, y);
    } else {
      ctx.globalAlpha = 0.18;
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1.5;
      ctx.setLineDash(item.precision === 'district' ? [4, 3] : []);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (p.marked.has(item.key)) {
      ctx.beginPath();
      ctx.arc(x, y, r + 3, 0, 2 * Math.PI);
      ctx.strokeStyle = '#111827';
      ctx.lineWidth = 2;
      ctx.stroke();
    }
  }
}
