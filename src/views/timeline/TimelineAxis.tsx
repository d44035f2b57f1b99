/** The time axis above the lanes: context labels (years over months), ticks and their labels. */
import type { Ticks } from '../../query/timeline/ticks';
import type { TimeScale } from '../../query/timeline/scale';

export const AXIS_HEIGHT = 34;

export function TimelineAxis({
  width,
  L,
  R,
  ticks,
  x,
}: {
  width: number;
  L: number;
  R: number;
  ticks: Ticks;
  x: TimeScale;
}) {
  return (
    <svg className="tl-axis" width={width} height={AXIS_HEIGHT} aria-hidden="true">
      <line className="tl-axis-line" x1={L} x2={R} y1={AXIS_HEIGHT - 0.5} y2={AXIS_HEIGHT - 0.5} />
      {ticks.context.map((t) => (
        <text key={`c${t.t}`} className="tl-context" x={Math.max(L, x(t.t)) + 3} y={12}>
          {t.label}
        </text>
      ))}
      {ticks.ticks.map((t) => (
        <g key={t.t} transform={`translate(${x(t.t)},0)`}>
          <line y1={AXIS_HEIGHT - 6} y2={AXIS_HEIGHT} />
          <text x={3} y={AXIS_HEIGHT - 7}>
            {t.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
