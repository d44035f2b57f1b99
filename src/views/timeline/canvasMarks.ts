/**
 * Draws the marks on a canvas when too many are in view for SVG to stay smooth. Same
 * layout and encodings as TimelineMarks, simplified: soft and open ends fade with a
 * gradient, cells are shaded by count, labels are drawn where there is room.
 */
import type { DatasetIndex } from '../../query/indexes';
import type { TimelineLayout } from '../../query/timeline/layout';
import { POINT_RADIUS, LINK_RADIUS } from '../../query/timeline/layout';
import { barSegments } from '../../query/timeline/segments';
import { CATEGORY_COLOURS, CELL_COLOUR, KNOWN_COLOUR } from '../palette';
import { fitLabel, SPAN_HALF } from './TimelineMarks';
import { cellOpacity } from './CellMark';
import { rangeLabel } from './text';

export interface CanvasOptions {
  index: DatasetIndex;
  layout: TimelineLayout;
  width: number;
  /** The vertical slice of the lanes shown: [top, bottom] in layout coordinates. */
  top: number;
  bottom: number;
  L: number;
  R: number;
  selected: ReadonlySet<number>;
  hot: ReadonlySet<number> | null;
  dpr: number;
  /** Drawn first, under the marks, in layout coordinates (a gesture's grid and bands). */
  under?: (ctx: CanvasRenderingContext2D) => void;
}

function rgba(hex: string, a: number) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${a})`;
}

export function drawCanvas(ctx: CanvasRenderingContext2D, o: CanvasOptions) {
  const { layout, index, top, bottom, L, R } = o;
  const h = bottom - top;
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
  ctx.clearRect(0, 0, o.width, h);
  ctx.save();
  ctx.beginPath();
  ctx.rect(L - 2, 0, R - L + 4, h);
  ctx.clip();
  ctx.translate(0, -top);
  o.under?.(ctx);
  ctx.font = '11px system-ui, "DejaVu Sans", sans-serif';
  ctx.textBaseline = 'middle';

  for (const c of layout.cells) {
    if (c.y1 < top || c.y0 > bottom) continue;
    const dim = o.hot !== null && !c.events.some((i) => o.hot!.has(i));
    ctx.globalAlpha = dim ? 0.3 : 1;
    const op = cellOpacity(c.events.length);
    ctx.fillStyle = rgba(CELL_COLOUR, op);
    const w = Math.max(2, c.x1 - c.x0 - 1);
    ctx.fillRect(c.x0 + 0.5, c.y0, w, c.y1 - c.y0);
    if (c.spans) {
      // A spanning band says what it is, as the SVG's does.
      ctx.font = '11px system-ui, "DejaVu Sans", sans-serif';
      ctx.textAlign = 'left';
      ctx.fillStyle = '#0f172a';
      const label = `${c.events.length} events span this window (${rangeLabel(c.from, c.to)})`;
      ctx.fillText(label, c.x0 + 8, (c.y0 + c.y1) / 2);
      continue;
    }
    const text = String(c.events.length);
    if (w >= 6 * text.length + 2) {
      ctx.font = '600 10px system-ui, "DejaVu Sans", sans-serif';
      ctx.textAlign = 'center';
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = 'rgba(255,255,255,0.85)';
      ctx.strokeText(text, c.x0 + 0.5 + w / 2, (c.y0 + c.y1) / 2);
      ctx.fillStyle = '#0f172a';
      ctx.fillText(text, c.x0 + 0.5 + w / 2, (c.y0 + c.y1) / 2);
    }
  }
  ctx.textAlign = 'left';
  ctx.font = '11px system-ui, "DejaVu Sans", sans-serif';

  for (const m of layout.marks) {
    const y = m.y;
    const ly = m.link ? m.link.y : y;
    if (Math.max(y, ly) + 10 < top || Math.min(y, ly) - 10 > bottom) continue;
    const e = index.events[m.event]!;
    const colour = CATEGORY_COLOURS[e.category];
    const dim = o.hot !== null && !o.hot.has(m.event);
    ctx.globalAlpha = dim ? 0.3 : 1;
    if (m.link && m.link.x1 - m.link.x0 < 0.5) {
      ctx.strokeStyle = rgba(colour, 0.7);
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(m.link.x0, y);
      ctx.lineTo(m.link.x0, m.link.y);
      ctx.stroke();
      ctx.fillStyle = '#fff';
      ctx.beginPath();
      ctx.arc(m.link.x0, m.link.y, LINK_RADIUS, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    } else if (m.link) {
      // An uncertain date's link: a bracket at the other lane, dashed sides at the ends.
      const { x0, x1 } = m.link;
      const toward = m.link.y > y ? -4 : 4;
      const side0 = x0 > L + 0.5 && !m.openStart;
      const side1 = x1 < R - 0.5 && !m.openEnd;
      ctx.strokeStyle = rgba(colour, 0.4);
      ctx.lineWidth = 1;
      ctx.setLineDash([2, 3]);
      ctx.beginPath();
      if (side0) {
        ctx.moveTo(x0, y);
        ctx.lineTo(x0, m.link.y);
      }
      if (side1) {
        ctx.moveTo(x1, y);
        ctx.lineTo(x1, m.link.y);
      }
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.strokeStyle = rgba(colour, 0.8);
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(x0, m.link.y + (side0 ? toward : 0));
      ctx.lineTo(x0, m.link.y);
      ctx.lineTo(x1, m.link.y);
      ctx.lineTo(x1, m.link.y + (side1 ? toward : 0));
      ctx.stroke();
    }
    if (m.whisker) {
      ctx.fillStyle = rgba(colour, 0.5);
      for (const s of barSegments(m.whisker)) if (s.w > 0) ctx.fillRect(s.x, y - 0.75, s.w, 1.5);
    }
    const half = e.magnitude ? SPAN_HALF + 1 : SPAN_HALF;
    if (m.shape === 'span') {
      for (const s of barSegments(m)) {
        if (s.w <= 0) continue;
        let tint: string | CanvasGradient = rgba(colour, 0.16);
        let base: string | CanvasGradient = colour;
        if (s.fade) {
          const g = ctx.createLinearGradient(s.x, 0, s.x + s.w, 0);
          const [a, b] = s.fade === 'in' ? [0, 1] : [1, 0];
          g.addColorStop(0, rgba(colour, 0.16 * a));
          g.addColorStop(1, rgba(colour, 0.16 * b));
          tint = g;
          const g2 = ctx.createLinearGradient(s.x, 0, s.x + s.w, 0);
          g2.addColorStop(0, rgba(colour, a));
          g2.addColorStop(1, rgba(colour, b));
          base = g2;
        }
        ctx.fillStyle = tint;
        ctx.fillRect(s.x, y - half, s.w, 2 * half);
        ctx.fillStyle = base;
        ctx.fillRect(s.x, y + half - 2.5, s.w, 2.5);
      }
      ctx.fillStyle = colour;
      if (!m.openStart && !m.fuzzyStart) ctx.fillRect(m.x0, y - half, 2, 2 * half);
      if (!m.openEnd && !m.fuzzyEnd) ctx.fillRect(m.x1 - 2, y - half, 2, 2 * half);
    } else {
      if (m.fuzzyStart || m.fuzzyEnd) {
        const g = ctx.createLinearGradient(m.s0, 0, m.s1, 0);
        g.addColorStop(0, rgba(colour, 0));
        g.addColorStop(0.5, rgba(colour, 0.45));
        g.addColorStop(1, rgba(colour, 0));
        ctx.fillStyle = g;
        ctx.fillRect(m.s0, y - 4, Math.max(1, m.s1 - m.s0), 8);
      }
      ctx.fillStyle = colour;
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.arc(m.cx, y, POINT_RADIUS, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    }
    if (m.known) {
      ctx.strokeStyle = KNOWN_COLOUR;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      if (m.known.point && m.fromKnown) {
        // Placed by its known day: a dark ring marks it (the SVG draws a diamond).
        ctx.arc(m.cx, y, POINT_RADIUS + 1, 0, 2 * Math.PI);
      } else if (m.known.point) {
        ctx.moveTo(m.known.x0, y - half - 3);
        ctx.lineTo(m.known.x0, y + half + 1);
      } else {
        ctx.moveTo(m.known.x0, y - half - 2);
        ctx.lineTo(m.known.x0, y - half - 5);
        ctx.lineTo(Math.max(m.known.x0 + 1, m.known.x1), y - half - 5);
        ctx.lineTo(Math.max(m.known.x0 + 1, m.known.x1), y - half - 2);
      }
      ctx.stroke();
    }
    if (o.selected.has(m.event)) {
      ctx.strokeStyle = '#111827';
      ctx.lineWidth = 2;
      const x0 = m.shape === 'point' ? m.cx - 8 : Math.max(L - 3, m.x0) - 3;
      const x1 = m.shape === 'point' ? m.cx + 8 : Math.min(R + 3, m.x1) + 3;
      ctx.strokeRect(x0, y - half - 3, x1 - x0, 2 * half + 6);
    }
    const label = fitLabel(e.title, m.labelRoom);
    if (label) {
      ctx.fillStyle = '#1d1d1f';
      ctx.fillText(label, m.labelX, y + 0.5);
    }
  }
  ctx.restore();
  ctx.globalAlpha = 1;
}
