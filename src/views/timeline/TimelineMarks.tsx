/**
 * The marks as SVG: one focusable group (role button) per event (density cells are in
 * CellMark.tsx, built the same way).
 * With `paint` off (the canvas draws the marks), each keeps only an invisible hit area and
 * its focus ring, so keyboard and screen-reader access stay the same.
 */
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { DatasetIndex } from '../../query/indexes';
import type { CellLayout, MarkLayout } from '../../query/timeline/layout';
import { POINT_RADIUS } from '../../query/timeline/layout';
import { barSegments, type Segment } from '../../query/timeline/segments';
import { CATEGORY_COLOURS } from '../palette';
import { magnitudeBadge } from './text';
import { KnownGlyph, LinkGlyph, Whisker } from './MarkGlyphs';

export const SPAN_HALF = 6.5;
/** Half the height of the diamond a mark placed by a known day is drawn as. */
const DIAMOND = POINT_RADIUS + 1.5;

/** Rounds to a hundredth of a pixel, so equal geometry gives equal attributes. */
const r = (v: number) => Math.round(v * 100) / 100;

export interface MarkActions {
  select(ids: readonly string[], additive: boolean): void;
  hover(target: HoverTarget | null, clientX?: number, clientY?: number): void;
  focus(key: string): void;
  zoomCell(cell: CellLayout): void;
}

export type HoverTarget =
  | { kind: 'event'; event: number; key: string }
  | { kind: 'cell'; cell: CellLayout; key: string }
  | { kind: 'relation'; id: string; key: string };

export const markKey = (id: string) => `e:${id}`;
export const cellKey = (c: CellLayout) => `${c.spans ? 's' : 'c'}:${c.lane}:${c.t0}`;

/** Faded segments are filled with shared gradients (masks are slow to paint). */
const fadeFill = (s: Segment, layer: 't' | 'b', category: string) =>
  s.fade ? { fill: `url(#tl-${layer}-${s.fade}-${category})`, fillOpacity: 1 } : undefined;

/** A mark's label text: the title, after the magnitude badge of an aggregate. */
export function markLabel(index: DatasetIndex, m: MarkLayout): string | null {
  const e = index.events[m.event]!;
  // The badge leads unless the title already gives the figure ("TTP carries out over 124…").
  const badged = e.magnitude && !e.title.includes(String(e.magnitude.count));
  return fitLabel(badged ? `${magnitudeBadge(e.magnitude!)} · ${e.title}` : e.title, m.labelRoom);
}

/** Truncates a label to the pixels it has (about 6 px a character). */
export function fitLabel(text: string, room: number): string | null {
  const chars = Math.floor(room / 6);
  if (chars < 5) return null;
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;
}

/** Clamps a value into [lo, hi]. */
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * The bounding box a mark's focus ring surrounds. Both ends are clamped to the plot, so a
 * mark lying wholly beyond one edge gets an empty box, never a negative width.
 */
export function markBox(m: MarkLayout, L: number, R: number) {
  if (m.shape === 'point') {
    return {
      x0: clamp(m.s0, L - 2, R + 2) - POINT_RADIUS - 3,
      x1: clamp(m.s1, L - 2, R + 2) + POINT_RADIUS + 3,
    };
  }
  return {
    x0: clamp(Math.min(m.s0, m.x0), L - 3, R + 3) - 3,
    x1: clamp(Math.max(m.s1, m.x1), L - 3, R + 3) + 3,
  };
}

interface MarkProps {
  m: MarkLayout;
  index: DatasetIndex;
  name: string;
  L: number;
  R: number;
  selected: boolean;
  hot: boolean;
  dim: boolean;
  tabbable: boolean;
  paint: boolean;
  described: string | undefined;
  actions: MarkActions;
}

/** Enter and Space activate a mark, as they would a button. */
export function onKeyActivate(e: KeyboardEvent, fn: () => void) {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    e.stopPropagation();
    fn();
  }
}

export const EventMark = memo(function EventMark(p: MarkProps) {
  const { m, index, actions } = p;
  const e = index.events[m.event]!;
  const key = markKey(e.id);
  const colour = CATEGORY_COLOURS[e.category];
  const box = markBox(m, p.L, p.R);
  const y = m.y;
  // Shapes sit in the mark's own frame, so a pan changes one transform, not every shape.
  const ox = m.shape === 'point' ? m.cx : m.x0;
  const lx = (v: number) => r(v - r(ox));
  const half = e.magnitude ? SPAN_HALF + 1 : SPAN_HALF;
  const select = (additive: boolean) => actions.select([e.id], additive);
  const cls = [
    'tl-mark',
    p.selected && 'is-selected',
    p.hot && 'is-hot',
    p.dim && 'is-dim',
    e.magnitude && 'is-aggregate',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g
      className={cls}
      style={{ color: colour }}
      role="button"
      tabIndex={p.tabbable ? 0 : -1}
      aria-pressed={p.selected}
      aria-label={p.name}
      aria-describedby={p.described}
      data-key={key}
      data-id={e.id}
      data-lane={m.lane}
      data-x={Math.round(m.shape === 'point' ? m.cx : Math.max(m.x0, p.L))}
      onClick={(ev: MouseEvent) => select(ev.ctrlKey || ev.metaKey || ev.shiftKey)}
      onKeyDown={(ev) => onKeyActivate(ev, () => select(false))}
      onFocus={() => actions.focus(key)}
      onPointerEnter={(ev) =>
        actions.hover({ kind: 'event', event: m.event, key }, ev.clientX, ev.clientY)
      }
      onPointerMove={(ev) =>
        actions.hover({ kind: 'event', event: m.event, key }, ev.clientX, ev.clientY)
      }
      onPointerLeave={() => actions.hover(null)}
    >
      <g transform={`translate(${r(ox)},${r(y)})`}>
        {p.paint && m.link && <LinkGlyph m={m} lx={lx} L={p.L} R={p.R} />}
        {p.paint && m.whisker && <Whisker m={m} lx={lx} category={e.category} />}
        {!p.paint && (
          <rect
            className="tl-hit"
            x={lx(box.x0)}
            y={-half - 2}
            width={r(box.x1 - box.x0)}
            height={2 * half + 4}
          />
        )}
        {p.paint && m.shape === 'span' && (
          <g className="tl-span">
            {barSegments(m).map((s, j) => (
              <g key={j}>
                <rect
                  className="tl-tint"
                  x={lx(s.x)}
                  y={-half}
                  width={r(Math.max(0.5, s.w))}
                  height={2 * half}
                  style={fadeFill(s, 't', e.category)}
                />
                <rect
                  className="tl-base"
                  x={lx(s.x)}
                  y={half - 2.5}
                  width={r(Math.max(0.5, s.w))}
                  height={2.5}
                  style={fadeFill(s, 'b', e.category)}
                />
              </g>
            ))}
            {!m.openStart && !m.fuzzyStart && (
              <rect className="tl-cap" x={lx(m.x0)} y={-half} width={2} height={2 * half} />
            )}
            {!m.openEnd && !m.fuzzyEnd && (
              <rect className="tl-cap" x={lx(m.x1 - 2)} y={-half} width={2} height={2 * half} />
            )}
            {m.openStart && (
              <path
                className="tl-arrow"
                d={`M${lx(m.x0 + 8)},-5L${lx(m.x0 + 2)},0L${lx(m.x0 + 8)},5Z`}
              />
            )}
            {m.openEnd && (
              <path
                className="tl-arrow"
                d={`M${lx(m.x1 - 8)},-5L${lx(m.x1 - 2)},0L${lx(m.x1 - 8)},5Z`}
              />
            )}
            {e.magnitude && (
              <rect
                className="tl-hatch"
                x={lx(Math.max(m.x0, p.L - 2))}
                y={-half}
                width={r(Math.max(0, Math.min(m.x1, p.R + 2) - Math.max(m.x0, p.L - 2)))}
                height={2 * half}
              />
            )}
          </g>
        )}
        {p.paint && m.shape === 'point' && (
          <g className="tl-point">
            {(m.fuzzyStart || m.fuzzyEnd) && (
              <rect
                className="tl-halo"
                x={lx(m.s0)}
                y={-4}
                width={r(Math.max(1, m.s1 - m.s0))}
                height={8}
                style={{ fill: `url(#tl-h-${e.category})` }}
              />
            )}
            {m.fromKnown ? (
              <path
                className="tl-known-diamond"
                d={`M${lx(m.cx)},${-DIAMOND}l${DIAMOND},${DIAMOND}l${-DIAMOND},${DIAMOND}l${-DIAMOND},${-DIAMOND}z`}
              />
            ) : (
              <circle cx={lx(m.cx)} cy={0} r={POINT_RADIUS} />
            )}
          </g>
        )}
        {p.paint && m.known && <KnownGlyph m={m} lx={lx} half={half} />}
        {/* Only a mark that can show its ring has one (thousands of hidden rings cost a
            tenth of the first render); the roving-focus mark is the one that can take focus. */}
        {(p.selected || p.hot || p.tabbable) && (
          <rect
            className="tl-ring"
            x={lx(box.x0)}
            y={-half - 3}
            width={r(box.x1 - box.x0)}
            height={2 * half + 6}
            rx={4}
          />
        )}
      </g>
    </g>
  );
});
