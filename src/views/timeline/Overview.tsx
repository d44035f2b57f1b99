/**
 * The overview strip: the whole span with a histogram of the events and a brush whose
 * selection is the focus window. Brushing sets the store's window.
 */
import { memo, useMemo, useRef } from 'react';
import type { TimelineModel } from '../../query/timeline/layout';
import { timeScale } from '../../query/timeline/scale';
import { timeTicks } from '../../query/timeline/ticks';
import type { WindowWriter } from './hooks';
import { useOverviewBrush } from './useOverviewBrush';
import { windowLabel } from './text';

export const OVERVIEW_HEIGHT = 38;
const BAR_AREA = 21;

interface Props {
  model: TimelineModel;
  whole: readonly [number, number];
  range: readonly [number, number];
  width: number;
  domain: readonly [number, number];
  writer: WindowWriter;
}

export function Overview({ model, whole, range, width, domain, writer }: Props) {
  const brushRef = useRef<SVGGElement>(null);
  useOverviewBrush(brushRef, { whole, range, height: OVERVIEW_HEIGHT - 1, domain, writer });
  const [L, R] = range;

  const bars = useMemo(() => {
    const x = timeScale(whole, [L, R]);
    const step = 3;
    const n = Math.max(1, Math.floor((R - L) / step));
    const counts = new Float64Array(n);
    for (const t of model.times) {
      const a = Number.isFinite(t.anchor) ? t.anchor : NaN;
      if (Number.isNaN(a)) continue;
      const b = Math.floor((x(a) - L) / step);
      if (b >= 0 && b < n) counts[b]!++;
    }
    let max = 0;
    for (const c of counts) max = Math.max(max, c);
    const out: { x: number; h: number }[] = [];
    counts.forEach((c, b) => {
      if (c > 0)
        out.push({ x: L + b * step, h: Math.max(2, (BAR_AREA * Math.sqrt(c)) / Math.sqrt(max)) });
    });
    return out;
  }, [model, whole, L, R]);

  const ticks = useMemo(() => {
    const x = timeScale(whole, [L, R]);
    return timeTicks(whole, R - L, 56).ticks.map((t) => ({ ...t, x: x(t.t) }));
  }, [whole, L, R]);

  const span = windowLabel(whole[0], whole[1]);
  return (
    <svg
      className="tl-overview"
      width={width}
      height={OVERVIEW_HEIGHT}
      role="img"
      aria-label={`Overview of the whole span, ${span}. The shaded brush is the focus window, ${windowLabel(domain[0], domain[1])}; drag it or draw a new one to move the window.`}
    >
      <rect
        className="tl-overview-bg"
        x={L}
        y={0}
        width={Math.max(0, R - L)}
        height={OVERVIEW_HEIGHT - 1}
      />
      <Bars bars={bars} />
      <g className="tl-overview-ticks">
        {ticks.map((t) => (
          <g key={t.t} transform={`translate(${t.x},0)`}>
            <line y1={BAR_AREA + 2} y2={BAR_AREA + 6} />
            <text y={OVERVIEW_HEIGHT - 4} x={2}>
              {t.label}
            </text>
          </g>
        ))}
      </g>
      <g ref={brushRef} className="tl-brush" />
    </svg>
  );
}

const Bars = memo(function Bars({ bars }: { bars: { x: number; h: number }[] }) {
  return (
    <g className="tl-overview-bars">
      {bars.map((b) => (
        <rect key={b.x} x={b.x} y={BAR_AREA + 2 - b.h} width={2} height={b.h} />
      ))}
    </g>
  );
});
