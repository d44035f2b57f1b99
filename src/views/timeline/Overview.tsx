/**
 * The overview strip: the whole span with a histogram of the events and a brush whose
 * selection is the focus window. Brushing sets the store's window. Outlying events sit in
 * narrow stubs behind axis breaks (overviewScale.ts), so the dense period fills the strip.
 */
import { memo, useMemo, useRef } from 'react';
import type { TimelineModel } from '../../query/timeline/layout';
import { overviewScaleOfSorted } from '../../query/timeline/overviewScale';
import { histogramCounts, overviewData } from '../../query/timeline/overviewData';
import { timeTicks } from '../../query/timeline/ticks';
import { formatYearRange } from './text';
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
  const [L, R] = range;
  // Made ahead with a big model (useTimelineModel), else now.
  const data = useMemo(() => overviewData(model), [model]);
  const scale = useMemo(
    () => overviewScaleOfSorted(data.instants, [L, R], whole),
    [data, whole, L, R],
  );
  useOverviewBrush(brushRef, { scale, range, height: OVERVIEW_HEIGHT - 1, domain, writer });

  const bars = useMemo(() => {
    const step = 3;
    const counts = histogramCounts(data.anchors, scale.x, [L, R], step);
    let max = 0;
    for (const c of counts) max = Math.max(max, c);
    const out: { x: number; h: number }[] = [];
    counts.forEach((c, b) => {
      if (c > 0)
        out.push({ x: L + b * step, h: Math.max(2, (BAR_AREA * Math.sqrt(c)) / Math.sqrt(max)) });
    });
    return out;
  }, [data, scale, L, R]);

  // Ticks per segment; a stub is labelled with its years alone.
  const ticks = useMemo(
    () =>
      scale.segments.flatMap((s) =>
        s.stub
          ? [{ t: s.t0, label: formatYearRange(s.first, s.last), x: s.x0 }]
          : segmentTicks(s.t0, s.t1, s.x1 - s.x0).map((t) => ({ ...t, x: scale.x(t.t) })),
      ),
    [scale],
  );

  const span = windowLabel(scale.extent[0], scale.extent[1]);
  const stubs = scale.segments.filter((s) => s.stub);
  const broken = stubs.length
    ? ` Outlying years (${stubs.map((s) => formatYearRange(s.first, s.last)).join(', ')}) are compressed behind axis breaks.`
    : '';
  return (
    <svg
      className="tl-overview"
      width={width}
      height={OVERVIEW_HEIGHT}
      role="img"
      aria-label={`Overview of the whole span, ${span}.${broken} The shaded brush is the focus window, ${windowLabel(domain[0], domain[1])}; drag it or draw a new one to move the window.`}
    >
      <rect
        className="tl-overview-bg"
        x={L}
        y={0}
        width={Math.max(0, R - L)}
        height={OVERVIEW_HEIGHT - 1}
      />
      <Bars bars={bars} />
      <g className="tl-overview-breaks" aria-hidden="true">
        {scale.breaks.map((bx) => (
          <g key={bx} transform={`translate(${bx},0)`}>
            <rect x={-4} y={0} width={8} height={OVERVIEW_HEIGHT - 1} />
            <path d={`M-4,${BAR_AREA + 8}L0,${BAR_AREA - 4}M0,${BAR_AREA + 8}L4,${BAR_AREA - 4}`} />
          </g>
        ))}
      </g>
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

/** A segment's ticks; where a tick starts a year (over months), it is labelled with the year. */
function segmentTicks(t0: number, t1: number, width: number) {
  const { ticks, context } = timeTicks([t0, t1], width, 56);
  const years = new Map(context.map((c) => [c.t, c.label]));
  return ticks.map((t) => ({ ...t, label: years.get(t.t) ?? t.label }));
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
