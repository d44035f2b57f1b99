/**
 * The parts of an event mark beside its bar or dot: the link to the other lane, the known
 * date's tick or bracket, and the text's own date as a whisker behind a mark placed by a
 * known date. Each draws in the mark's own frame: `lx` maps a layout x into it.
 */
import type { MarkLayout } from '../../query/timeline/layout';
import { LINK_RADIUS } from '../../query/timeline/layout';
import { barSegments } from '../../query/timeline/segments';
import './marks.css';

type Lx = (x: number) => number;
const r = (v: number) => Math.round(v * 100) / 100;

/**
 * A link at a day is a line with a dot at each end. A link over an uncertain span is a
 * bracket at the other lane over the whole extent, with dashed sides down from the mark at
 * the extent's ends (where they are in view); the band between fills in when the mark is
 * hovered or selected. No line is drawn at a date the data does not give.
 */
export function LinkGlyph({ m, lx, L, R }: { m: MarkLayout; lx: Lx; L: number; R: number }) {
  const link = m.link!;
  const dy = r(link.y - m.y);
  if (link.x1 - link.x0 < 0.5) {
    const x = lx(link.x0);
    return (
      <g className="tl-link">
        <line x1={x} y1={0} x2={x} y2={dy} />
        <circle className="tl-link-start" cx={x} cy={0} r={2.5} />
        <circle className="tl-link-end" cx={x} cy={dy} r={LINK_RADIUS} />
      </g>
    );
  }
  const a = lx(link.x0);
  const z = lx(link.x1);
  const toward = dy > 0 ? -4 : 4;
  // An end gets a side only where the extent really ends: in view, and not open.
  const side0 = link.x0 > L + 0.5 && !m.openStart;
  const side1 = link.x1 < R - 0.5 && !m.openEnd;
  return (
    <g className="tl-link is-span">
      <rect
        className="tl-link-band"
        x={a}
        y={Math.min(0, dy)}
        width={r(z - a)}
        height={Math.abs(dy)}
      />
      {side0 && <line className="tl-link-side" x1={a} x2={a} y1={0} y2={dy} />}
      {side1 && <line className="tl-link-side" x1={z} x2={z} y1={0} y2={dy} />}
      <path
        className="tl-link-bracket"
        d={`M${a},${dy + (side0 ? toward : 0)}V${dy}H${z}V${dy + (side1 ? toward : 0)}`}
      />
    </g>
  );
}

/**
 * The known date, from outside the text: a dark tick with a pointer for a day, a dark
 * bracket above the mark for a longer period. On a mark placed by its known day the mark
 * itself is a diamond (see EventMark), so no tick is drawn through it.
 */
export function KnownGlyph({ m, lx, half }: { m: MarkLayout; lx: Lx; half: number }) {
  const k = m.known!;
  if (k.point) {
    if (m.fromKnown) return null;
    return (
      <g className="tl-known">
        <line x1={lx(k.x0)} x2={lx(k.x0)} y1={-half - 3} y2={half + 1} />
        <path d={`M${lx(k.x0 - 3.5)},${-half - 6}h7l-3.5,4z`} />
      </g>
    );
  }
  return (
    <g className="tl-known">
      <path
        className="tl-known-range"
        d={`M${lx(k.x0)},${-half - 2}v-3H${lx(Math.max(k.x0 + 1, k.x1))}v3`}
      />
    </g>
  );
}

/** The text's own date, faint and thin, behind a mark placed by a known date. */
export function Whisker({ m, lx, category }: { m: MarkLayout; lx: Lx; category: string }) {
  const w = m.whisker!;
  return (
    <g className="tl-whisker">
      {barSegments(w).map((s, j) => (
        <rect
          key={j}
          x={lx(s.x)}
          y={-0.75}
          width={r(Math.max(0.5, s.w))}
          height={1.5}
          style={s.fade ? { fill: `url(#tl-b-${s.fade}-${category})` } : undefined}
        />
      ))}
      {!w.openStart && !w.fuzzyStart && <rect x={lx(w.x0)} y={-3} width={1} height={6} />}
      {!w.openEnd && !w.fuzzyEnd && <rect x={lx(w.x1 - 1)} y={-3} width={1} height={6} />}
    </g>
  );
}
